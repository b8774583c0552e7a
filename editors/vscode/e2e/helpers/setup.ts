import * as fs from 'node:fs';
import * as path from 'node:path';
import { extensionRoot, repoRoot } from '../../test/helpers/paths';
import { type CheckedDiagnostic, runCheckJson } from '../../test/helpers/server';
import { run } from './processes';

// What a user does before opening VS Code or Neovim, done the way docs/editors.md says.

/** Where a suite keeps what a person would look at (screenshots, logs): TestResults/editors, not committed. */
export function artefactFolder(suite: string): string {
  const folder = path.join(process.env['NEWSDSL_TEST_RESULTS'] ?? path.join(repoRoot, 'TestResults'), 'editors', suite);
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  return folder;
}

/** A user's home folder with the `newsdsl` tool installed in it, as docs/editors.md says. */
export interface UserHome {
  /** The home folder: HOME for code-server and its login shell, and for nvim. */
  readonly home: string;
  /** ~/.dotnet/tools, where `dotnet tool install --global` puts the `newsdsl` command. */
  readonly tools: string;
  /** The environment a program started by that user gets: HOME, and PATH with the tools folder on it. */
  readonly env: NodeJS.ProcessEnv;
}

/**
 * Installs the `newsdsl` tool from this checkout as docs/editors.md says ("From a checkout, without a
 * package feed": `dotnet pack src/NewsDsl.Cli -c Release -o artifacts`, then
 * `dotnet tool install --global NewsDsl.Tool --add-source artifacts`) for a user whose home folder is
 * `scratch/home`, and adds ~/.dotnet/tools to PATH in ~/.profile as the dotnet CLI tells that user to
 * (VS Code's server takes PATH from the user's login shell, so that is where it must be). Its own NuGet
 * cache, because a re-packed 0.2.0 would otherwise come from the machine's cache.
 *
 * NEWSDSL_E2E_HOME names a home prepared this way before (scripts/run-tests.mjs prepares one for all the
 * real-editor suites of a run, so the tool is packed once).
 */
export function userHome(scratch: string): UserHome {
  const prepared = process.env['NEWSDSL_E2E_HOME'];
  const home = prepared !== undefined && prepared !== '' ? prepared : prepareUserHome(scratch);
  const tools = path.join(home, '.dotnet', 'tools');
  return { home, tools, env: { ...process.env, HOME: home, SHELL: '/bin/bash', PATH: `${process.env['PATH'] ?? ''}${path.delimiter}${tools}` } };
}

export function prepareUserHome(scratch: string): string {
  const home = path.join(scratch, 'home');
  const artifacts = path.join(scratch, 'artifacts');
  fs.mkdirSync(home, { recursive: true });
  const env = { ...process.env, HOME: home, NUGET_PACKAGES: path.join(scratch, 'nuget-packages'), DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' };
  run('dotnet', ['pack', 'src/NewsDsl.Cli', '-c', 'Release', '-o', artifacts, '-nologo', '-v', 'q'], { cwd: repoRoot, env });
  run('dotnet', ['tool', 'install', '--global', 'NewsDsl.Tool', '--add-source', artifacts], { cwd: scratch, env });
  fs.writeFileSync(path.join(home, '.profile'), '# added as `dotnet tool install --global` says\nexport PATH="$PATH:$HOME/.dotnet/tools"\n');
  const version = run('bash', ['-lc', 'newsdsl --version'], { env: { ...env, PATH: '/usr/bin:/bin' } }).trim();
  if (!/^\d+\.\d+\.\d+/.test(version)) {
    throw new Error(`newsdsl --version in a login shell printed ${JSON.stringify(version)}`);
  }
  return home;
}

/** Packages the extension as `npm run package` does (vsce, offline, --no-dependencies) into `scratch`. */
export function packageExtension(scratch: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(extensionRoot, 'package.json'), 'utf8')) as { name: string; version: string };
  const vsix = path.join(scratch, `${manifest.name}-${manifest.version}.vsix`);
  const vsce = path.join(extensionRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
  run(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '-o', vsix], { cwd: extensionRoot });
  return vsix;
}

export interface Workspace {
  readonly folder: string;
  readonly seed: string;
  readonly broken: string;
}

/** The seed article and the broken article of e2e/workspace, copied into a folder of their own. */
export function makeWorkspace(scratch: string): Workspace {
  const folder = path.join(scratch, 'newsroom');
  fs.mkdirSync(folder, { recursive: true });
  const seed = path.join(folder, 'press-tv-264060-iran-strikes-back.news');
  const broken = path.join(folder, 'harbour-bridge.news');
  fs.copyFileSync(path.join(repoRoot, 'samples', 'press-tv-264060-iran-strikes-back.news'), seed);
  fs.copyFileSync(path.join(extensionRoot, 'e2e', 'workspace', 'harbour-bridge.news'), broken);
  return { folder, seed, broken };
}

export type CheckedFinding = CheckedDiagnostic;

/** `newsdsl check --format json` with the installed tool, as a user would run it in the workspace; per file name. */
export function checkJson(user: UserHome, folder: string, files: readonly string[]): Map<string, CheckedFinding[]> {
  const byPath = runCheckJson('newsdsl', [], files, { cwd: folder, env: user.env });
  return new Map([...byPath].map(([file, findings]) => [path.basename(file), findings]));
}
