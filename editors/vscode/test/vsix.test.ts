import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import Module from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import { extensionRoot } from './helpers/paths';
import { readZip, type ZipEntry } from './helpers/zip';

// Packages the extension exactly as `npm run package` does (vsce, offline, --no-dependencies) into a
// temporary folder and checks what a user would install.

const manifest = JSON.parse(fs.readFileSync(path.join(extensionRoot, 'package.json'), 'utf8')) as { name: string; version: string };

let entries: ZipEntry[] = [];

function entry(name: string): ZipEntry {
  const found = entries.find((e) => e.name === name);
  assert.ok(found, `${name} is not in the .vsix; it holds: ${entries.map((e) => e.name).join(', ')}`);
  return found;
}

describe('the .vsix', () => {
  before(() => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdsl-vsix-'));
    const vsix = path.join(folder, `${manifest.name}-${manifest.version}.vsix`);
    const vsce = path.join(extensionRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
    execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '-o', vsix], {
      cwd: extensionRoot,
      stdio: 'pipe',
      timeout: 120_000,
    });
    entries = readZip(fs.readFileSync(vsix));
  });

  test('holds the VSIX manifest naming the extension and its version', () => {
    const xml = entry('extension.vsixmanifest').read().toString('utf8');
    assert.match(xml, new RegExp(`Id="${manifest.name}"`));
    assert.match(xml, new RegExp(`Version="${manifest.version.replace(/\./g, '\\.')}"`));
  });

  test('holds package.json with the news language and grammar', () => {
    const packaged = JSON.parse(entry('extension/package.json').read().toString('utf8')) as {
      contributes: { languages: { id: string }[]; grammars: { path: string }[] };
    };
    assert.ok(packaged.contributes.languages.some((l) => l.id === 'news'));
    assert.deepEqual(packaged.contributes.grammars.map((g) => g.path), ['./syntaxes/news.tmLanguage.json']);
  });

  test('holds the grammar and the language configuration, byte for byte', () => {
    for (const file of ['syntaxes/news.tmLanguage.json', 'language-configuration.json']) {
      assert.ok(entry(`extension/${file}`).read().equals(fs.readFileSync(path.join(extensionRoot, file))), `${file} differs`);
    }
  });

  test('holds the bundled client, which needs nothing but vscode and node', () => {
    const bundle = entry('extension/dist/extension.js').read().toString('utf8');
    const required = new Set([...bundle.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] ?? ''));
    const notBuiltIn = [...required].filter((m) => m !== 'vscode' && !Module.isBuiltin(m));
    assert.deepEqual(notBuiltIn, [], 'the bundle requires modules that the .vsix does not ship');
    assert.ok(required.has('vscode'));
    // The language client is inside the bundle: its start-up message is in the text.
    assert.match(bundle, /newsdsl/);
    assert.ok(bundle.length > 100_000, 'the bundle is too small to hold vscode-languageclient');
  });

  test('the bundled client loads and exports activate and deactivate', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdsl-bundle-'));
    const file = path.join(folder, 'extension.js');
    fs.writeFileSync(file, entry('extension/dist/extension.js').read());
    const stub = (): unknown => new Proxy(function vscodeStub() {}, { get: (_t, p) => (p === 'then' ? undefined : stub()) });
    const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
    const original = loader._load;
    loader._load = function (request: string, ...rest: unknown[]) {
      return request === 'vscode' ? stub() : original.call(this, request, ...rest);
    };
    try {
      const extension = require(file) as { activate?: unknown; deactivate?: unknown };
      assert.equal(typeof extension.activate, 'function');
      assert.equal(typeof extension.deactivate, 'function');
    } finally {
      loader._load = original;
    }
  });

  test('ships no sources, tests or node_modules', () => {
    const stray = entries.filter((e) => /^extension\/(src|test|node_modules|out|scripts)\//.test(e.name) || e.name.endsWith('.ts'));
    assert.deepEqual(stray.map((e) => e.name), []);
  });
});
