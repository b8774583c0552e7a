import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { parseGrammarTestCase, runGrammarTestCase, type TestFailure } from 'vscode-tmgrammar-test/dist/unit/index';
import { extensionRoot } from './helpers/paths';
import { newsRegistry } from './helpers/textmate';

// Scope assertions in vscode-tmgrammar-test's format (test/grammar/*.news): each `%% ^^^ scope - scope`
// line checks the line above it, on the registry VS Code itself would build (vscode-textmate 9 + Oniguruma).

type Registry = Parameters<typeof runGrammarTestCase>[0];

const casesFolder = path.join(extensionRoot, 'test', 'grammar');

function describeFailures(file: string, failures: readonly TestFailure[]): string {
  return failures
    .map((f) => `${file}:${f.line + 1} [${f.start}-${f.end}] missing [${f.missing.join(' ')}] unexpected [${f.unexpected.join(' ')}] actual [${f.actual.join(' ')}]`)
    .join('\n');
}

async function run(source: string): Promise<TestFailure[]> {
  const registry = (await newsRegistry()) as unknown as Registry;
  return runGrammarTestCase(registry, parseGrammarTestCase(source));
}

describe('grammar scope assertions (vscode-tmgrammar-test)', () => {
  const files = fs.readdirSync(casesFolder).filter((f) => f.endsWith('.news')).sort();

  test('there is a case file for every construct', () => {
    for (const construct of ['front-matter', 'front-matter-unclosed', 'notes-and-directives', 'sources', 'quotations', 'tags', 'spans', 'headings', 'escapes']) {
      assert.ok(files.includes(`${construct}.news`), `test/grammar/${construct}.news is missing`);
    }
  });

  for (const file of files) {
    test(file, async () => {
      const source = fs.readFileSync(path.join(casesFolder, file), 'utf8');
      const testCase = parseGrammarTestCase(source);
      assert.ok(testCase.assertions.length > 0, 'a case file without assertions proves nothing');
      const failures = await run(source);
      assert.equal(failures.length, 0, describeFailures(file, failures));
    });
  }

  test('the harness reports a wrong scope and a forbidden scope', async () => {
    const wrong = ['%% SYNTAX TEST "source.news"', '“quoted”{@zarif}', '%%^^^^ string.quoted.single.curly.news', '%%        ^^^^^ - meta.tag.attribution.news', ''].join('\n');
    const failures = await run(wrong);
    assert.equal(failures.filter((f) => f.missing.includes('string.quoted.single.curly.news')).length, 1);
    assert.equal(failures.filter((f) => f.unexpected.includes('meta.tag.attribution.news')).length, 1);
  });
});
