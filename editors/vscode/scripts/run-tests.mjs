// Runs every compiled test file with node's test runner: the spec reporter for people, then the summary
// line for CI. Exits non-zero when a test failed or when no test ran.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const testFolder = path.join(root, 'out', 'test');
const files = fs.readdirSync(testFolder).filter((f) => f.endsWith('.test.js')).sort().map((f) => path.join(testFolder, f));
if (files.length === 0) {
  console.error(`no compiled tests in ${testFolder}: run npm run build first`);
  process.exit(1);
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
  { cwd: root, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
