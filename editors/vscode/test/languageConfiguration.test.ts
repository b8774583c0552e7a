import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { extensionRoot } from './helpers/paths';

interface LanguageConfiguration {
  comments: { lineComment: string };
  autoClosingPairs: { open: string; close: string }[];
  surroundingPairs: [string, string][];
  wordPattern: { pattern: string; flags: string };
}

const configuration = JSON.parse(fs.readFileSync(path.join(extensionRoot, 'language-configuration.json'), 'utf8')) as LanguageConfiguration;

/** The word at `offset`, found as VS Code finds it: the match of the word pattern (with its flags plus `g`) that covers the offset. */
function wordAt(text: string, offset: number): string | undefined {
  const pattern = new RegExp(configuration.wordPattern.pattern, `${configuration.wordPattern.flags}g`);
  for (const m of text.matchAll(pattern)) {
    if (m.index <= offset && offset <= m.index + m[0].length) {
      return m[0];
    }
  }
  return undefined;
}

describe('language configuration', () => {
  test('%% is the line comment, so Toggle Line Comment writes an editor\'s note', () => {
    assert.equal(configuration.comments.lineComment, '%%');
  });

  test('curly quotes, braces and brackets close automatically', () => {
    const pairs = configuration.autoClosingPairs.map((p) => p.open + p.close);
    for (const pair of ['“”', '‘’', '{}', '[]']) {
      assert.ok(pairs.includes(pair), `${pair} is not auto-closed`);
    }
  });

  test('a selection can be wrapped in curly quotes', () => {
    const pairs = configuration.surroundingPairs.map(([open, close]) => open + close);
    assert.ok(pairs.includes('“”') && pairs.includes('‘’'));
  });

  test('the word pattern keeps a tag id with its @ whole', () => {
    const line = '“Iran took proportionate measures,”{@zarif cue="said"} Zarif said';
    assert.equal(wordAt(line, line.indexOf('zarif') + 2), '@zarif');
    assert.equal(wordAt(line, line.indexOf('@zarif')), '@zarif');
  });

  test('the word pattern keeps hyphenated source ids whole', () => {
    const line = '@source iran-tv media name="Iranian television"';
    assert.equal(wordAt(line, line.indexOf('-tv')), 'iran-tv');
    const tag = '[the IRGC fired 15 missiles]{@iraq-premier-office cue="said"}';
    assert.equal(wordAt(tag, tag.indexOf('premier')), '@iraq-premier-office');
  });

  test('the word pattern stops at quotation marks, braces and attribute syntax', () => {
    const line = '“slap”{@khamenei cue="described"}';
    assert.equal(wordAt(line, line.indexOf('slap') + 1), 'slap');
    assert.equal(wordAt(line, line.indexOf('described') + 1), 'described');
    assert.equal(wordAt(line, line.indexOf('cue') + 1), 'cue');
  });

  test('words keep their apostrophes and letters outside ASCII', () => {
    assert.equal(wordAt('Iran’s missile', 2), 'Iran’s');
    assert.equal(wordAt('Hashd al-Sha’abi', 8), 'al-Sha’abi');
    assert.equal(wordAt('sagte Rohani über', 14), 'über');
  });
});
