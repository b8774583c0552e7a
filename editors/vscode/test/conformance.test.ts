import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { repoRoot } from './helpers/paths';
import { tokenizeDocument, type TokenizedLine } from './helpers/textmate';

// Every conformance case of the language tests must tokenise: no exception, no line given up on the time limit,
// tokens that cover each line exactly, and the structural lines (front matter, notes, declarations,
// headings) recognised where the checker sees them.

const conformanceRoot = path.join(repoRoot, 'tests', 'NewsDsl.Language.Tests', 'Conformance');

function findNewsFiles(folder: string): string[] {
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(folder, entry.name);
      return entry.isDirectory() ? findNewsFiles(full) : entry.name.endsWith('.news') ? [full] : [];
    })
    .sort();
}

function assertCoversLine(line: TokenizedLine, where: string): void {
  let expected = 0;
  for (const token of line.tokens) {
    assert.equal(token.start, expected, `${where}: gap or overlap at column ${expected}`);
    expected = token.end;
  }
  // vscode-textmate always gives an empty line one empty token; a non-empty line must be covered to its end.
  assert.ok(expected >= line.text.length, `${where}: tokens stop at ${expected} of ${line.text.length}`);
}

function hasScope(line: TokenizedLine, scope: string): boolean {
  return line.tokens.some((t) => t.scopes.includes(scope));
}

describe('every conformance case tokenises', () => {
  const files = findNewsFiles(conformanceRoot);

  test('the conformance cases are there', () => {
    assert.ok(files.length >= 100, `expected the conformance suite under ${conformanceRoot}, found ${files.length} cases`);
  });

  for (const file of files) {
    const name = path.relative(conformanceRoot, file);
    test(name, async () => {
      const text = fs.readFileSync(file, 'utf8');
      const lines = await tokenizeDocument(text);
      const rawLines = text.split(/\r\n|\n/);
      assert.equal(lines.length, rawLines.length);
      const startsWithFrontMatter = /^\uFEFF?---[ \t]*$/.test(rawLines[0] ?? '');
      let inFrontMatter = startsWithFrontMatter;
      lines.forEach((line, i) => {
        const where = `${name}:${i + 1}`;
        assert.equal(line.stoppedEarly, false, `${where}: tokenising gave up (time limit)`);
        assertCoversLine(line, where);
        if (i > 0 && inFrontMatter && (/^---[ \t]*$/.test(line.text) || line.text.trim() === '')) {
          inFrontMatter = false;
          if (line.text.trim() !== '') {
            assert.ok(hasScope(line, 'punctuation.definition.frontmatter.end.news'), `${where}: closing fence not recognised`);
          }
          return;
        }
        if (inFrontMatter) {
          assert.ok(hasScope(line, 'meta.frontmatter.news'), `${where}: front matter line outside meta.frontmatter.news`);
          return;
        }
        assert.ok(!hasScope(line, 'meta.frontmatter.news'), `${where}: body line coloured as front matter`);
        if (line.text.startsWith('%%')) {
          assert.ok(hasScope(line, 'comment.line.percentage.news') || hasScope(line, 'meta.directive.suppression.news'), `${where}: note not recognised`);
        } else if (/^@source(?:[ \t]|$)/.test(line.text)) {
          assert.ok(hasScope(line, 'keyword.other.source.news'), `${where}: declaration not recognised`);
        } else if (/^#{1,2} /.test(line.text)) {
          assert.ok(hasScope(line, 'punctuation.definition.heading.news'), `${where}: heading not recognised`);
        }
      });
    });
  }
});
