import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../../test/helpers/paths';
import { ProcessGroup, run } from './processes';
import { artefactFolder, type CheckedFinding, checkJson, makeWorkspace, type UserHome, userHome, type Workspace } from './setup';

// What the headless editor suites (Neovim, Emacs) share: the documented snippet, the editor run in its own
// process group until it writes its results, and the findings in the CLI's terms.

/** The one fenced block of `lang` in docs/editors.md's section `heading`: the snippet a user copies. */
export function documentedSnippet(heading: string, lang: string): string {
  const docs = fs.readFileSync(path.join(repoRoot, 'docs', 'editors.md'), 'utf8');
  const section = new RegExp(`^## ${heading}\\n([\\s\\S]*?)^## `, 'm').exec(docs)?.[1] ?? '';
  const blocks = [...section.matchAll(new RegExp(`^\`\`\`${lang}\\n([\\s\\S]*?)^\`\`\`$`, 'gm'))].map((m) => m[1] ?? '');
  assert.equal(blocks.length, 1, `docs/editors.md's ${heading} section must hold exactly one \`\`\`${lang} block (the snippet)`);
  return blocks[0] ?? '';
}

/** The version an editor prints, or undefined when it is not installed. */
export function installedVersion(command: string, pattern: RegExp): string | undefined {
  try {
    return pattern.exec(run(command, ['--version']))?.[1];
  } catch {
    return undefined;
  }
}

/**
 * The editor a suite drives: its version, and why the suite is skipped (the editor is missing and
 * NEWSDSL_REQUIRE_EDITORS=1, as in .ci/run, is not set), or undefined when it runs. A missing editor under
 * NEWSDSL_REQUIRE_EDITORS=1 is not skipped, so the suite fails instead of passing unseen.
 */
export function editorUnderTest(command: string, pattern: RegExp, installHint: string): { version: string | undefined; skip: string | undefined } {
  const required = process.env['NEWSDSL_REQUIRE_EDITORS'] === '1';
  const version = installedVersion(command, pattern);
  const skip = version === undefined && !required ? `${command} is not installed (${installHint})` : undefined;
  return { version, skip };
}

/** What a headless editor's driver script writes: the steps it saw, and the error of each step that failed. */
export interface HeadlessResults<Steps> {
  errors: Record<string, string>;
  steps: Steps;
}

/** Fails with the driver's own message when its step `name` failed. */
export function assertStepOk<Steps>(results: HeadlessResults<Steps>, driver: string, name: string): void {
  assert.equal(results.errors[name], undefined, `${driver} step '${name}' failed: ${results.errors[name] ?? ''}`);
}

/**
 * Runs a headless editor in a process group of its own until it exits, then returns the JSON it wrote to
 * `resultsFile`; its output is kept in `artefacts`. The group is killed if it outlives `timeoutMs`.
 */
export async function runHeadless<T>(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; resultsFile: string; artefacts: string; timeoutMs: number },
): Promise<T> {
  const editor = new ProcessGroup(command, args, { cwd: options.cwd, env: options.env });
  try {
    const exited = new Promise<number | null>((resolve) => editor.child.once('exit', (code) => resolve(code)));
    const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), options.timeoutMs).unref());
    const outcome = await Promise.race([exited, timer]);
    fs.writeFileSync(path.join(options.artefacts, `${path.basename(command)}-output.log`), editor.output);
    assert.notEqual(outcome, 'timeout', `${command} did not finish in ${options.timeoutMs} ms:\n${editor.output}`);
    assert.ok(fs.existsSync(options.resultsFile), `${command} exited ${String(outcome)} without results:\n${editor.output}`);
    fs.copyFileSync(options.resultsFile, path.join(options.artefacts, 'results.json'));
    return JSON.parse(fs.readFileSync(options.resultsFile, 'utf8')) as T;
  } finally {
    await editor.stop();
  }
}

/** A finding as the headless suites report it (1-based line and UTF-16 column, as the CLI). */
export interface EditorFinding {
  line: number;
  column: number;
  id: string;
  severity: string;
  message: string;
}

export function byPosition<T extends { line: number; column: number; id: string }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => a.line - b.line || a.column - b.column || a.id.localeCompare(b.id));
}

/** The CLI's findings as an editor shows them: `hidden` ones are not shown; `info` and hints are notes. */
export function asEditorFindings(findings: readonly CheckedFinding[]): EditorFinding[] {
  return findings
    .filter((f) => f.severity !== 'hidden')
    .map((f) => ({ line: f.line, column: f.column, id: f.id, severity: f.severity, message: f.message }));
}

/** What a headless suite starts from: a scratch folder, the user's home, the workspace and the CLI's findings. */
export interface HeadlessRun {
  readonly scratch: string;
  readonly artefacts: string;
  readonly user: UserHome;
  readonly workspace: Workspace;
  /** `newsdsl check --format json` on both articles before the editor touches them, per file name. */
  readonly cli: Map<string, CheckedFinding[]>;
}

export function prepareHeadlessRun(suite: string): HeadlessRun {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), `newsdsl-${suite}-e2e-`));
  const artefacts = artefactFolder(suite);
  const user = userHome(scratch);
  const workspace = makeWorkspace(scratch);
  const cli = checkJson(user, workspace.folder, [path.basename(workspace.seed), path.basename(workspace.broken)]);
  return { scratch, artefacts, user, workspace, cli };
}

/** The editor's findings for both articles equal the CLI's (hidden ones aside). */
export function assertFindingsAsCli(run: HeadlessRun, shown: Record<string, EditorFinding[]> | undefined): void {
  for (const file of [path.basename(run.workspace.seed), path.basename(run.workspace.broken)]) {
    const expected = byPosition(asEditorFindings(run.cli.get(file) ?? []));
    assert.ok(expected.length > 0, `the CLI found nothing in ${file}: the comparison would prove nothing`);
    assert.deepEqual(byPosition(shown?.[file] ?? []), expected, file);
  }
}

/** The broken article's line 16 after the NEWS001 fix: the quotation followed by a tag. */
export const attributedQuotation = /^“We had no choice but to close it,”\{@[a-z-]+/;

/** After renaming `engineer` to `harbour-engineer` and saving: the declaration and the tag, and no old id. */
export function assertRenamedOnDisk(run: HeadlessRun): void {
  const saved = fs.readFileSync(run.workspace.broken, 'utf8');
  assert.match(saved, /^@source harbour-engineer /m);
  assert.match(saved, /”\{@harbour-engineer cue="said"\}/);
  assert.doesNotMatch(saved, /[@{]engineer\b/);
}
