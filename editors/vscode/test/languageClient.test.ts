import assert from 'node:assert/strict';
import childProcess from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { serverDll, whyServerUnavailable } from './helpers/server';
import { installVscodeStandIn, type StandInRecord } from './helpers/vscodeStandIn';

// Starts the real `newsdsl lsp` through the real vscode-languageclient 11, with the client and options the
// extension itself builds (src/client.ts, src/extension.ts; loaded here, not copied), so that a mismatch
// between what the client runs and what the server accepts (issue 16: `--stdio` appended by
// `TransportKind.stdio`, refused by the server) fails here in seconds, without a browser. The `vscode`
// module is a stand-in (test/helpers/vscodeStandIn.ts) that only lets the client be constructed and
// started; what VS Code itself does with the client is proven by the code-server suite (e2e/).

type ClientModule = typeof import('../src/client');
type ExtensionModule = typeof import('../src/extension');
type ServerCommandModule = typeof import('../src/serverCommand');

const skip = whyServerUnavailable();

let standIn: { record: StandInRecord; restore(): void } | undefined;
let clientModule: ClientModule;
let extension: ExtensionModule;
let serverCommand: ServerCommandModule;
let spawned: string[][] = [];
const originalSpawn = childProcess.spawn;

function record(): StandInRecord {
  assert.ok(standIn);
  return standIn.record;
}

/** Waits long enough for a restart cascade to show: vscode-languageclient restarts at once when it does. */
const settle = (ms = 1_500): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    assert.ok(Date.now() < deadline, `timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the extension\'s LanguageClient against the real server', { skip }, () => {
  before(() => {
    standIn = installVscodeStandIn();
    // Counts the processes vscode-languageclient spawns (it calls child_process.spawn at start).
    (childProcess as { spawn: unknown }).spawn = (...args: Parameters<typeof originalSpawn>) => {
      spawned.push([String(args[0]), ...((Array.isArray(args[1]) ? args[1] : []) as string[])]);
      return originalSpawn(...args);
    };
    /* eslint-disable @typescript-eslint/no-require-imports */
    clientModule = require('../src/client') as ClientModule;
    extension = require('../src/extension') as ExtensionModule;
    serverCommand = require('../src/serverCommand') as ServerCommandModule;
  });

  after(() => {
    (childProcess as { spawn: unknown }).spawn = originalSpawn;
    standIn?.restore();
  });

  test('starts `dotnet newsdsl.dll lsp` with exactly the configured arguments and completes initialize', async () => {
    spawned = [];
    const server = serverCommand.resolveServerCommand(serverDll(), undefined);
    const client = new clientModule.NewsDslLanguageClient(server);
    try {
      await client.start();
      assert.equal(client.isRunning(), true);
      // Nothing appended (no --stdio, no --clientProcessId): the server is started as documented.
      assert.deepEqual(client.serverProcess?.spawnargs, ['dotnet', serverDll(), 'lsp']);
      assert.deepEqual(spawned, [['dotnet', serverDll(), 'lsp']]);
      const capabilities = client.initializeResult?.capabilities;
      assert.ok(capabilities?.hoverProvider, 'initialize answered without hover: not the newsdsl server?');
      assert.ok(capabilities.completionProvider?.triggerCharacters?.includes('@'));
    } finally {
      const process = client.serverProcess;
      if (client.isRunning()) {
        const exited = process === undefined ? Promise.resolve(null) : new Promise((resolve) => process.once('exit', (code) => resolve(code)));
        await client.stop();
        assert.equal(await exited, 0, 'the server did not end with code 0 after shutdown and exit');
      } else {
        process?.kill();
      }
    }
    assert.deepEqual(record().notifications, []);
  });

  test('activate() with newsdsl.server.path set to the build starts the server with no notification, deactivate() ends it', async () => {
    spawned = [];
    record().notifications.length = 0;
    record().settings.clear();
    record().settings.set('newsdsl.server.path', serverDll());
    await extension.activate({ subscriptions: [] } as unknown as import('vscode').ExtensionContext);
    await extension.deactivate();
    await settle(500);
    assert.deepEqual(spawned, [['dotnet', serverDll(), 'lsp']]);
    assert.deepEqual(record().notifications, []);
    // Severities come from .editorconfig and .globalconfig: the server hears about changes to both.
    for (const glob of ['**/*.news', '**/.editorconfig', '**/.globalconfig']) {
      assert.ok(record().watchedGlobs.includes(glob), `no file watcher for ${glob}: ${record().watchedGlobs.join(', ')}`);
    }
  });

  test('a server that exits at start gives one notification with the command, exit code and first stderr line, and is not restarted', async () => {
    spawned = [];
    record().notifications.length = 0;
    record().settings.clear();
    record().settings.set('newsdsl.server.path', serverDll());
    record().settings.set('newsdsl.server.args', ['lsp', '--no-such-option']);
    await extension.activate({ subscriptions: [] } as unknown as import('vscode').ExtensionContext);
    await settle();
    await extension.deactivate();
    assert.equal(spawned.length, 1, `the server was started ${spawned.length} times: ${JSON.stringify(spawned)}`);
    assert.equal(record().notifications.length, 1, JSON.stringify(record().notifications, null, 1));
    const [only] = record().notifications;
    assert.equal(only?.kind, 'error');
    assert.deepEqual(only?.items, ['Open Settings']);
    const commandLine = serverCommand.commandLineOf({ command: 'dotnet', args: [serverDll(), 'lsp', '--no-such-option'] });
    assert.ok(only?.message.includes(`\`${commandLine}\` exited with code `), only?.message);
    // the first line the server wrote to standard error is in the message
    assert.match(only?.message ?? '', /exited with code [1-9]\d*: .*--no-such-option/);
    assert.doesNotMatch(only?.message ?? '', /dotnet tool install/, 'the tool is installed: the message must not say to install it');
  });

  test('a server that keeps crashing after a good start is restarted a few times, then reported once', async () => {
    spawned = [];
    const gaveUp: unknown[] = [];
    const client = new clientModule.NewsDslLanguageClient(serverCommand.resolveServerCommand(serverDll(), undefined), {
      onGaveUp: (exit) => gaveUp.push(exit),
    });
    await client.start();
    try {
      for (let crash = 1; crash <= clientModule.maxRestarts + 1; crash++) {
        const running = client.serverProcess;
        assert.ok(running, `no server process before crash ${crash}`);
        running.kill('SIGKILL');
        await waitFor(() => (crash <= clientModule.maxRestarts ? client.isRunning() && client.serverProcess !== running : gaveUp.length > 0), `crash ${crash}`);
      }
      await settle();
      assert.equal(spawned.length, clientModule.maxRestarts + 1, JSON.stringify(spawned));
      assert.equal(gaveUp.length, 1);
      assert.match(serverCommand.describeStartFailure(gaveUp[0] as import('../src/serverCommand').ServerExit, clientModule.maxRestarts + 1), /was ended by SIGKILL/);
      assert.deepEqual(record().notifications.filter((n) => n.message.includes('NewsDsl client') || n.message.includes('disposed')), []);
    } finally {
      client.serverProcess?.kill();
      await client.dispose().catch(() => undefined);
    }
  });

  test('a command that is not installed gives one notification that says so and how to install the tool', async () => {
    spawned = [];
    record().notifications.length = 0;
    record().settings.clear();
    record().settings.set('newsdsl.server.path', '/nonexistent/newsdsl');
    await extension.activate({ subscriptions: [] } as unknown as import('vscode').ExtensionContext);
    await settle();
    await extension.deactivate();
    assert.equal(spawned.length, 1);
    assert.equal(record().notifications.length, 1, JSON.stringify(record().notifications, null, 1));
    const message = record().notifications[0]?.message ?? '';
    assert.ok(message.includes('`/nonexistent/newsdsl lsp` could not be run (command not found)'), message);
    assert.match(message, /dotnet tool install --global NewsDsl\.Tool/);
  });
});
