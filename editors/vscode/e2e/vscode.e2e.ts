import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type Browser, chromium, type Page } from 'playwright-core';
import { extensionRoot } from '../test/helpers/paths';
import { freePort, ProcessGroup, run } from './helpers/processes';
import { artefactFolder, checkJson, type CheckedFinding, makeWorkspace, packageExtension, type UserHome, userHome } from './helpers/setup';
import { type Problem, Workbench } from './helpers/workbench';

// The extension in a real VS Code, as a new user gets it: the packaged .vsix installed into code-server
// 4.99.4 (VS Code 1.99, e2e/install-code-server.sh, cached outside the repository), the `newsdsl` tool
// installed as docs/editors.md says and found on PATH, no NewsDsl setting at all (the documented defaults),
// a workspace with the seed article and a broken one (e2e/workspace), driven in Debian's headless Chromium
// with playwright-core. Screenshots go to TestResults/editors/vscode.
//
// Skipped when code-server or Chromium is missing, unless NEWSDSL_REQUIRE_EDITORS=1 (as in .ci/run).

const chromiumPath = '/usr/bin/chromium';
const timeoutMs = Number(process.env['NEWSDSL_UI_TIMEOUT_MS'] ?? 90_000);
const required = process.env['NEWSDSL_REQUIRE_EDITORS'] === '1';

function codeServerFolder(): string | undefined {
  try {
    return run('bash', [path.join(extensionRoot, 'e2e', 'install-code-server.sh')]).trim().split('\n').pop();
  } catch (error) {
    if (required) {
      throw error;
    }
    return undefined;
  }
}

const skip = !required && !fs.existsSync(chromiumPath) ? `${chromiumPath} is missing (apt-get install chromium)` : undefined;

let scratch = '';
let shots = '';
let codeServer: ProcessGroup | undefined;
let browser: Browser | undefined;
let page: Page | undefined;
let workbench: Workbench;
let workspace: ReturnType<typeof makeWorkspace>;
let user: UserHome;
let shotCount = 0;
let cli = new Map<string, CheckedFinding[]>();

async function screenshot(name: string): Promise<void> {
  if (page !== undefined) {
    shotCount++;
    await page.screenshot({ path: path.join(shots, `${String(shotCount).padStart(2, '0')}-${name}.png`) });
  }
}

/** The CLI's findings in the Problems panel's terms: severity word, message, 1-based line and column, ID. */
function asProblems(findings: readonly CheckedFinding[]): Problem[] {
  const word: Record<string, string> = { error: 'error', warning: 'warning', info: 'info' };
  return findings
    .filter((f) => f.severity !== 'hidden')
    .map((f) => ({ severity: word[f.severity] ?? f.severity, message: f.message, line: f.line, column: f.column, code: f.id }));
}

function sorted(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
}

describe('VS Code (code-server 4.99.4 in headless Chromium) with the packaged extension', { skip }, () => {
  before(async () => {
    const installed = codeServerFolder();
    assert.ok(installed !== undefined, 'code-server is not installed and could not be installed (e2e/install-code-server.sh)');
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdsl-vscode-e2e-'));
    shots = artefactFolder('vscode');

    // What docs/editors.md tells a user to do: install the tool, package and install the .vsix.
    user = userHome(scratch);
    const vsix = packageExtension(scratch);
    const entry = path.join(installed, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
    const userData = path.join(scratch, 'user-data');
    const extensions = path.join(scratch, 'extensions');
    run(process.execPath, [entry, '--user-data-dir', userData, '--extensions-dir', extensions, '--install-extension', vsix]);
    // Settings of the workbench only (no welcome page, no trust prompt); none of the extension's.
    fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
    fs.writeFileSync(
      path.join(userData, 'User', 'settings.json'),
      JSON.stringify({ 'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false, 'workbench.tips.enabled': false }),
    );
    workspace = makeWorkspace(scratch);
    // the CLI's findings on the articles as they are before VS Code edits them
    cli = checkJson(user, workspace.folder, [path.basename(workspace.seed), path.basename(workspace.broken)]);

    const port = await freePort();
    // code-server as that user: its extension host takes PATH from the user's login shell (~/.profile),
    // so it must find `newsdsl` there, as on a user's machine; the PATH given here is the machine's own.
    const env = { ...process.env, HOME: user.home, SHELL: '/bin/bash' };
    codeServer = new ProcessGroup(
      process.execPath,
      [
        entry,
        '--auth', 'none',
        '--bind-addr', `127.0.0.1:${port}`,
        '--config', path.join(scratch, 'code-server.yaml'),
        '--user-data-dir', userData,
        '--extensions-dir', extensions,
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        workspace.folder,
      ],
      { cwd: scratch, env },
    );
    await codeServer.waitForOutput(/HTTP server listening on/, timeoutMs);

    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--no-default-browser-check'],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(timeoutMs);
    workbench = new Workbench(page, timeoutMs);
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace.folder)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: timeoutMs * 2 });
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'harbour-bridge.news' }).waitFor({ timeout: timeoutMs });
  });

  after(async () => {
    await screenshot('last').catch(() => undefined);
    await browser?.close().catch(() => undefined);
    if (codeServer !== undefined) {
      fs.writeFileSync(path.join(shots, 'code-server.log'), codeServer.output);
      await codeServer.stop();
    }
    if (scratch !== '') {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  });

  test('the extension activates on the workspace and starts the server with no error notification', async () => {
    await workbench.openFile('press-tv-264060-iran-strikes-back.news');
    await workbench.openFile('harbour-bridge.news');
    // The server's findings reach the status bar's problem count once the client is running.
    await workbench.until(async () => (await page?.locator('.statusbar .codicon-error').count()) !== 0 && (await workbench.problems()).size === 2, 'findings of both articles');
    await screenshot('activated');
    assert.deepEqual((await workbench.notifications()).filter((n) => /newsdsl|language server|error/i.test(n)), []);
  });

  test('the Problems panel lists exactly what `newsdsl check --format json` reports for both articles', async () => {
    const shown = await workbench.problems();
    await screenshot('problems');
    for (const file of [path.basename(workspace.seed), path.basename(workspace.broken)]) {
      const expected = sorted(asProblems(cli.get(file) ?? []));
      assert.ok(expected.length > 0, `the CLI found nothing in ${file}: the comparison would prove nothing`);
      assert.deepEqual(sorted(shown.get(file) ?? []), expected, `Problems panel differs from the CLI for ${file}; its rows:\n${workbench.lastProblemRows.join('\n')}`);
    }
  });

  test('a finding is squiggled in the editor', async () => {
    await workbench.openFile('harbour-bridge.news');
    const squiggles = page?.locator('.editor-group-container.active .monaco-editor .squiggly-error');
    await squiggles?.first().waitFor({ timeout: timeoutMs });
    assert.ok(((await squiggles?.count()) ?? 0) > 0);
  });

  test('the unattributed quotation is coloured differently from the attributed one (semantic tokens)', async () => {
    // Both are curly quotations to the grammar, which colours them alike; only the server knows which one
    // has a source.
    let attributed: string | undefined;
    let unattributed: string | undefined;
    await workbench.until(
      async () => {
        attributed = await workbench.colourOf('The cables are older');
        unattributed = await workbench.colourOf('We had no choice');
        return attributed !== undefined && unattributed !== undefined && attributed !== unattributed;
      },
      async () => `different colours (attributed ${String(attributed)}, unattributed ${String(unattributed)})`,
    );
    await screenshot('colours');
  });

  test('hover on a tag shows the source', async () => {
    await workbench.goTo(14, 58); // inside {@engineer
    await workbench.command('Show or Focus Hover');
    const hover = page?.locator('.monaco-hover:not(.hidden)').first();
    await hover?.waitFor({ state: 'visible', timeout: timeoutMs });
    await workbench.until(async () => /Tomas Reis/.test((await hover?.textContent()) ?? ''), 'the hover card naming Tomas Reis');
    assert.match((await hover?.textContent()) ?? '', /Chief engineer of the harbour authority/);
    await screenshot('hover');
    await page?.keyboard.press('Escape');
  });

  test('completion after {@ offers the declared sources', async () => {
    await workbench.goTo(12, 1);
    await page?.keyboard.press('End');
    await page?.keyboard.type(' [the works]{@', { delay: 30 });
    const rows = page?.locator('.suggest-widget .monaco-list-row');
    await workbench.until(async () => ((await rows?.count()) ?? 0) >= 2, 'the suggestion list');
    const labels = (await rows?.allTextContents()) ?? [];
    await screenshot('completion');
    assert.ok(labels.some((l) => l.includes('mayor')), labels.join(' | '));
    assert.ok(labels.some((l) => l.includes('engineer')), labels.join(' | '));
    await page?.keyboard.press('Escape');
    // (the typed text wraps: its two parts are two view lines, not necessarily in DOM order)
    assert.match(await workbench.visibleText(), /works\]\{@/);
    // Undo, as a writer would (typing with auto-closed brackets makes several undo stops).
    for (let i = 0; i < 20 && (await workbench.visibleText()).includes('works]'); i++) {
      await page?.keyboard.press('Control+Z');
      await page?.waitForTimeout(100);
    }
    assert.doesNotMatch(await workbench.visibleText(), /works\]/, 'the typed text could not be undone');
  });

  test('a quick fix attributes the quotation and NEWS001 goes away', async () => {
    const before = (await workbench.problems()).get('harbour-bridge.news') ?? [];
    assert.ok(before.some((p) => p.code === 'NEWS001' && p.line === 16), JSON.stringify(before));
    await workbench.goTo(16, 1);
    await workbench.command('Quick Fix...');
    const fix = page?.locator('.action-widget .monaco-list-row', { hasText: /Attribute/ }).first();
    await fix?.waitFor({ state: 'visible', timeout: timeoutMs });
    // The keyboard, as a writer would: down the menu to the first "Attribute to …", then Enter.
    for (let i = 0; i < 10 && (await page?.locator('.action-widget .monaco-list-row.focused', { hasText: /Attribute/ }).count()) === 0; i++) {
      await page?.keyboard.press('ArrowDown');
    }
    await screenshot('quick-fix');
    await page?.keyboard.press('Enter');
    await workbench.until(async () => !((await workbench.problems()).get('harbour-bridge.news') ?? []).some((p) => p.code === 'NEWS001'), 'NEWS001 gone');
    assert.match(await workbench.lineText(16), /^“We had no choice but to close it,”\{@[a-z-]+/);
  });

  test('go to definition jumps from a tag to its @source line', async () => {
    await workbench.goTo(14, 58);
    await workbench.command('Go to Definition');
    await workbench.waitForCursor(10, 9);
  });

  test('rename changes the declaration and every tag', async () => {
    await workbench.goTo(10, 9);
    await workbench.command('Rename Symbol');
    const input = page?.locator('.rename-box input');
    await input?.waitFor({ state: 'visible', timeout: timeoutMs });
    await input?.fill('harbour-engineer');
    await screenshot('rename');
    await page?.keyboard.press('Enter');
    await workbench.until(async () => (await workbench.lineText(10)).startsWith('@source harbour-engineer '), 'the renamed declaration');
    await page?.keyboard.press('Control+S');
    await workbench.until(async () => fs.readFileSync(workspace.broken, 'utf8').includes('@source harbour-engineer '), 'the saved file');
    const saved = fs.readFileSync(workspace.broken, 'utf8');
    assert.match(saved, /”\{@harbour-engineer cue="said"\}/);
    assert.doesNotMatch(saved, /[@{]engineer\b/);
    await screenshot('renamed');
  });

  test('an .editorconfig written next to the articles re-resolves severities in the open editors', async () => {
    const seed = path.basename(workspace.seed);
    assert.ok(((await workbench.problems()).get(seed) ?? []).some((p) => p.code === 'NEWS101'));
    // The file watcher the extension registers tells the server (workspace/didChangeWatchedFiles).
    fs.writeFileSync(path.join(workspace.folder, '.editorconfig'), 'root = true\n\n[*.news]\ndotnet_diagnostic.NEWS101.severity = none\n');
    await workbench.until(async () => {
      const problems = (await workbench.problems()).get(seed) ?? [];
      return problems.some((p) => p.code === 'NEWS005') && !problems.some((p) => p.code === 'NEWS101');
    }, 'NEWS101 gone from the seed article, its other findings kept');
  });
});
