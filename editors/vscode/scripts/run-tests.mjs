// Runs the compiled tests with node's test runner: the spec reporter for people, then the summary line for
// CI. `node scripts/run-tests.mjs` runs the unit and protocol suites (out/test/*.test.js, summary line
// `vscode: …`); `node scripts/run-tests.mjs e2e` runs the real-editor suites (out/e2e/*.e2e.js: code-server
// in Chromium, Neovim, Emacs; summary line `editors: …`). Exits non-zero when a test failed or none ran.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const e2e = process.argv[2] === 'e2e';
const testFolder = path.join(root, 'out', e2e ? 'e2e' : 'test');
const suffix = e2e ? '.e2e.js' : '.test.js';
const only = process.argv.slice(3);
const files = fs
  .readdirSync(testFolder)
  .filter((f) => f.endsWith(suffix) && (only.length === 0 || only.some((o) => f.startsWith(o))))
  .sort()
  .map((f) => path.join(testFolder, f));
if (files.length === 0) {
  console.error(`no compiled tests in ${testFolder}: run npm run build first`);
  process.exit(1);
}
// The real-editor suites all need the `newsdsl` tool installed as docs/editors.md says: do it once for
// the run (out/e2e/helpers/setup.js), in a home folder of its own, and hand it to every suite.
const env = { ...process.env, NEWSDSL_SUMMARY_LABEL: e2e ? 'editors' : 'vscode' };
let scratch;
if (e2e && !env.NEWSDSL_E2E_HOME) {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdsl-e2e-home-'));
  const started = Date.now();
  try {
    const { prepareUserHome } = createRequire(import.meta.url)(path.join(root, 'out', 'e2e', 'helpers', 'setup.js'));
    env.NEWSDSL_E2E_HOME = prepareUserHome(scratch);
    console.log(`newsdsl tool packed and installed for the editor suites in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } catch (error) {
    console.error(`could not install the newsdsl tool for the editor suites: ${error instanceof Error ? error.message : String(error)}`);
  }
}
const result = spawnSync(
  process.execPath,
  [
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    `--test-reporter=${path.join(root, 'scripts', 'summary-reporter.mjs')}`,
    '--test-reporter-destination=stdout',
    ...files,
  ],
  { cwd: root, stdio: 'inherit', env },
);
if (scratch !== undefined) {
  fs.rmSync(scratch, { recursive: true, force: true });
}
process.exit(result.status ?? 1);
