import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { extensionRoot } from './helpers/paths';

interface Manifest {
  name: string;
  version: string;
  main: string;
  engines: { vscode: string };
  devDependencies: Record<string, string>;
  contributes: {
    languages: { id: string; extensions: string[]; configuration: string }[];
    grammars: { language: string; scopeName: string; path: string }[];
    configuration: { properties: Record<string, { default: unknown; type: string }> };
    commands: { command: string }[];
    configurationDefaults: Record<string, Record<string, unknown>>;
  };
}

const manifest = JSON.parse(fs.readFileSync(path.join(extensionRoot, 'package.json'), 'utf8')) as Manifest;

describe('extension manifest', () => {
  test('contributes the news language for .news files with its configuration', () => {
    const language = manifest.contributes.languages.find((l) => l.id === 'news');
    assert.ok(language, 'no language news');
    assert.deepEqual(language.extensions, ['.news']);
    assert.ok(fs.existsSync(path.join(extensionRoot, language.configuration)), `${language.configuration} is missing`);
  });

  test('the grammar it names exists and declares the same scope name', () => {
    const grammar = manifest.contributes.grammars.find((g) => g.language === 'news');
    assert.ok(grammar, 'no grammar for news');
    const file = JSON.parse(fs.readFileSync(path.join(extensionRoot, grammar.path), 'utf8')) as { scopeName: string };
    assert.equal(file.scopeName, grammar.scopeName);
    assert.equal(grammar.scopeName, 'source.news');
  });

  test('the server path defaults to the newsdsl tool on PATH and the arguments to lsp', () => {
    const properties = manifest.contributes.configuration.properties;
    assert.equal(properties['newsdsl.server.path']?.default, 'newsdsl');
    assert.deepEqual(properties['newsdsl.server.args']?.default, ['lsp']);
  });

  test('.news files wrap long paragraphs and show the server\'s semantic colouring by default', () => {
    const defaults = manifest.contributes.configurationDefaults['[news]'];
    assert.equal(defaults?.['editor.wordWrap'], 'on');
    assert.equal(defaults?.['editor.semanticHighlighting.enabled'], true);
  });

  test('.news files do not box curly apostrophes and quotation marks, but still show hidden characters', () => {
    // Prose is full of ’ “ ” and letters outside ASCII, which VS Code's unicode highlighter boxes by
    // default as "ambiguous" (and, in an untrusted folder, as non-basic ASCII). Invisible characters stay
    // boxed (VS Code's default): NEWS100 reports them with a fix, and the box shows where a squiggle on a
    // zero-width character is.
    const defaults = manifest.contributes.configurationDefaults['[news]'];
    assert.equal(defaults?.['editor.unicodeHighlight.ambiguousCharacters'], false);
    assert.equal(defaults?.['editor.unicodeHighlight.nonBasicASCII'], false);
    assert.equal(defaults?.['editor.unicodeHighlight.invisibleCharacters'], undefined);
  });

  test('the restart command is contributed', () => {
    assert.ok(manifest.contributes.commands.some((c) => c.command === 'newsdsl.restartServer'));
  });

  test('the client is the bundle, and @types/vscode does not promise more API than engines.vscode', () => {
    assert.equal(manifest.main, './dist/extension.js');
    const engine = manifest.engines.vscode.replace(/^\^/, '');
    assert.equal(manifest.devDependencies['@types/vscode'], engine);
  });
});
