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

// Neovim (Debian's 0.7.2) with exactly the init.lua snippet of docs/editors.md (read from the docs, so the
// two cannot drift), the `newsdsl` tool installed as the docs say, on the seed article and a broken one.
// e2e/neovim/drive.lua uses Neovim's own client (vim.lsp.buf.hover, definition, code_action, rename; the
// omnifunc for completion, typed in insert mode) and writes what it saw as JSON; the tests assert on it.
//
// Skipped when nvim is missing, unless NEWSDSL_REQUIRE_EDITORS=1 (as in .ci/run).

const { version, skip } = editorUnderTest('nvim', /NVIM v(\S+)/, 'apt-get install neovim');

interface NeovimSteps {
  client?: { name: string; cmd: string[] };
  diagnostics?: Record<string, EditorFinding[]>;
  hover?: string[];
  completion?: string[];
  code_actions?: string[];
  fixed_line?: string;
  after_fix?: EditorFinding[];
  definition?: { line: number; column: number; text: string };
  renamed?: boolean;
}

let run: HeadlessRun | undefined;
let results: HeadlessResults<NeovimSteps> = { errors: {}, steps: {} };

function stepOk(name: string): void {
  assertStepOk(results, 'drive.lua', name);
}

describe(`Neovim ${version ?? ''} with the init.lua of docs/editors.md`, { skip }, () => {
  before(async () => {
    run = prepareHeadlessRun('neovim');
    const init = path.join(run.scratch, 'init.lua');
    fs.writeFileSync(init, documentedSnippet('Neovim', 'lua'));
    const resultsFile = path.join(run.scratch, 'results.json');
    const drive = path.join(extensionRoot, 'e2e', 'neovim', 'drive.lua');
    results = await runHeadless<HeadlessResults<NeovimSteps>>('nvim', ['--headless', '-n', '-i', 'NONE', '-u', init, '-c', `luafile ${drive}`, path.basename(run.workspace.broken)], {
      cwd: run.workspace.folder,
      env: {
        ...run.user.env,
        XDG_CONFIG_HOME: path.join(run.scratch, 'config'),
        XDG_DATA_HOME: path.join(run.scratch, 'data'),
        XDG_STATE_HOME: path.join(run.scratch, 'state'),
        XDG_CACHE_HOME: path.join(run.scratch, 'cache'),
        NEWSDSL_NVIM_RESULTS: resultsFile,
        NEWSDSL_NVIM_SEED: run.workspace.seed,
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

  test('the snippet starts `newsdsl lsp` from PATH for a .news buffer', () => {
    stepOk('attach');
    assert.deepEqual(results.steps.client, { name: 'newsdsl', cmd: ['newsdsl', 'lsp'] });
  });

  test('diagnostics equal `newsdsl check --format json` for both articles', () => {
    stepOk('diagnostics');
    assert.ok(run);
    assertFindingsAsCli(run, results.steps.diagnostics);
  });

  test('vim.lsp.buf.hover on a tag shows the source', () => {
    stepOk('hover');
    const text = (results.steps.hover ?? []).join('\n');
    assert.match(text, /Tomas Reis/);
    assert.match(text, /Chief engineer of the harbour authority/);
  });

  test('completion (vim.lsp.omnifunc) after {@ offers the declared sources', () => {
    stepOk('completion');
    assert.ok(results.steps.completion?.includes('engineer'), JSON.stringify(results.steps.completion));
    assert.ok(results.steps.completion?.includes('mayor'), JSON.stringify(results.steps.completion));
  });

  test('vim.lsp.buf.code_action offers "Attribute to …" for NEWS001, and applying it removes the finding', () => {
    stepOk('code action');
    assert.ok(results.steps.code_actions?.some((t) => t.startsWith('Attribute to')), JSON.stringify(results.steps.code_actions));
    assert.match(results.steps.fixed_line ?? '', attributedQuotation);
    assert.ok(!(results.steps.after_fix ?? []).some((d) => d.id === 'NEWS001'));
  });

  test('vim.lsp.buf.definition jumps from a tag to its @source line', () => {
    stepOk('definition');
    assert.equal(results.steps.definition?.line, 10);
    assert.match(results.steps.definition.text, /^@source engineer /);
  });

  test('vim.lsp.buf.rename changes the declaration and every tag (written to disk)', () => {
    stepOk('rename');
    assert.ok(run);
    assertRenamedOnDisk(run);
  });
});
