import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { extensionRoot } from '../test/helpers/paths';
import {
  assertFindingsAsCli,
  assertRenamedOnDisk,
  assertStepOk,
  attributedQuotation,
  documentedSnippet,
  type EditorFinding,
  type HeadlessRun,
  editorUnderTest,
  type HeadlessResults,
  prepareHeadlessRun,
  runHeadless,
} from './helpers/headless';

// Emacs (Debian's 28.2 with elpa-eglot 1.9) with exactly the init snippet of docs/editors.md, the `newsdsl`
// tool installed as the docs say, on the seed article and a broken one, in `emacs --batch`.
// e2e/emacs/drive.el uses eglot's own entry points (flymake diagnostics, its completion-at-point
// function, eglot-code-actions, xref-find-definitions, eglot-rename; the hover request eldoc makes) and
// writes what it saw as JSON. Batch Emacs has no command loop, so drive.el ends one "command" by hand
// (post-command-hook) for eglot-ensure to connect, as it does after the first command in a session.
//
// Skipped when emacs is missing, unless NEWSDSL_REQUIRE_EDITORS=1 (as in .ci/run).

const { version, skip } = editorUnderTest('emacs', /GNU Emacs (\S+)/, 'apt-get install emacs-nox elpa-eglot');

interface EmacsSteps {
  command?: string[];
  diagnostics?: Record<string, EditorFinding[]>;
  hover?: string;
  completion?: string[];
  code_actions?: string[];
  fixed_line?: string;
  definition?: { line: number; text: string };
  renamed?: boolean;
}

let run: HeadlessRun | undefined;
let results: HeadlessResults<EmacsSteps> = { errors: {}, steps: {} };

function stepOk(name: string): void {
  assertStepOk(results, 'drive.el', name);
}

describe(`Emacs ${version ?? ''} with eglot and the init snippet of docs/editors.md`, { skip }, () => {
  before(async () => {
    run = prepareHeadlessRun('emacs');
    const init = path.join(run.scratch, 'init.el');
    fs.writeFileSync(init, documentedSnippet('Emacs \\(eglot\\)', 'elisp'));
    const resultsFile = path.join(run.scratch, 'results.json');
    results = await runHeadless<HeadlessResults<EmacsSteps>>('emacs', ['--batch', '-l', init, '-l', path.join(extensionRoot, 'e2e', 'emacs', 'drive.el')], {
      cwd: run.workspace.folder,
      env: {
        ...run.user.env,
        NEWSDSL_EMACS_RESULTS: resultsFile,
        NEWSDSL_EMACS_BROKEN: run.workspace.broken,
        NEWSDSL_EMACS_SEED: run.workspace.seed,
      },
      resultsFile,
      artefacts: run.artefacts,
      timeoutMs: 5 * 60_000,
    });
  });

  after(() => {
    if (run !== undefined) {
      fs.rmSync(run.scratch, { recursive: true, force: true });
    }
  });

  test('eglot starts `newsdsl lsp` from PATH for a .news buffer', () => {
    stepOk('attach');
    assert.deepEqual(results.steps.command, ['newsdsl', 'lsp']);
  });

  test('flymake diagnostics equal `newsdsl check --format json` for both articles', () => {
    stepOk('diagnostics');
    assert.ok(run);
    assertFindingsAsCli(run, results.steps.diagnostics);
  });

  test('hover on a tag shows the source', () => {
    stepOk('hover');
    assert.match(results.steps.hover ?? '', /Tomas Reis/);
  });

  test('completion at point after {@ offers the declared sources', () => {
    stepOk('completion');
    assert.ok(results.steps.completion?.includes('engineer'), JSON.stringify(results.steps.completion));
    assert.ok(results.steps.completion?.includes('mayor'), JSON.stringify(results.steps.completion));
  });

  test('eglot-code-actions offers "Attribute to …" for NEWS001, and applying it removes the finding', () => {
    stepOk('code action');
    assert.ok(results.steps.code_actions?.some((t) => t.startsWith('Attribute to')), JSON.stringify(results.steps.code_actions));
    assert.match(results.steps.fixed_line ?? '', attributedQuotation);
  });

  test('xref-find-definitions jumps from a tag to its @source line', () => {
    stepOk('definition');
    assert.equal(results.steps.definition?.line, 10);
    assert.match(results.steps.definition.text, /^@source engineer /);
  });

  test('eglot-rename changes the declaration and every tag (written to disk)', () => {
    stepOk('rename');
    assert.ok(run);
    assertRenamedOnDisk(run);
  });
});
