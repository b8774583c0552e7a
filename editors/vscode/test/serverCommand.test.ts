import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { commandLineOf, describeStartFailure, resolveServerCommand } from '../src/serverCommand';

describe('server command from the settings', () => {
  test('by default the newsdsl tool on PATH is started as `newsdsl lsp`', () => {
    assert.deepEqual(resolveServerCommand(undefined, undefined), { command: 'newsdsl', args: ['lsp'] });
    assert.deepEqual(resolveServerCommand('', undefined), { command: 'newsdsl', args: ['lsp'] });
    assert.deepEqual(resolveServerCommand('   ', ['lsp']), { command: 'newsdsl', args: ['lsp'] });
  });

  test('a configured executable is started as given, with the configured arguments', () => {
    assert.deepEqual(resolveServerCommand('/opt/newsdsl/newsdsl', ['lsp', '--log', 'verbose']), {
      command: '/opt/newsdsl/newsdsl',
      args: ['lsp', '--log', 'verbose'],
    });
  });

  test('a path to newsdsl.dll is started with dotnet', () => {
    assert.deepEqual(resolveServerCommand(' /repo/src/NewsDsl.Cli/bin/Debug/net10.0/newsdsl.dll ', undefined), {
      command: 'dotnet',
      args: ['/repo/src/NewsDsl.Cli/bin/Debug/net10.0/newsdsl.dll', 'lsp'],
    });
    assert.equal(resolveServerCommand('C:\\tools\\NEWSDSL.DLL', ['lsp']).command, 'dotnet');
  });

  test('settings of the wrong type fall back to the defaults', () => {
    assert.deepEqual(resolveServerCommand(42, 'lsp'), { command: 'newsdsl', args: ['lsp'] });
    assert.deepEqual(resolveServerCommand('newsdsl', ['lsp', 3]), { command: 'newsdsl', args: ['lsp'] });
  });
});

describe('the start failure message', () => {
  test('names the command line, the exit code and the first line of standard error, and not the install advice', () => {
    const message = describeStartFailure({
      commandLine: commandLineOf({ command: 'newsdsl', args: ['lsp', '--stdio'] }),
      code: 2,
      signal: null,
      firstStderrLine: "newsdsl: Unrecognized command or argument '--stdio'.",
    });
    assert.equal(
      message,
      "NewsDsl: the language server did not start: `newsdsl lsp --stdio` exited with code 2: newsdsl: Unrecognized command or argument '--stdio'. " +
        'Check `newsdsl.server.path` and `newsdsl.server.args`; the NewsDsl output channel has the whole log.',
    );
  });

  test('a command that cannot be found says how to install the tool', () => {
    const message = describeStartFailure({ commandLine: 'newsdsl lsp', code: null, signal: null, spawnError: 'Launching server using command newsdsl failed. Error: spawn newsdsl ENOENT' });
    assert.match(message, /`newsdsl lsp` could not be run \(command not found\)\. Install the tool with `dotnet tool install --global NewsDsl\.Tool`/);
  });

  test('a server that crashed again and again says how often', () => {
    assert.match(describeStartFailure({ commandLine: 'newsdsl lsp', code: null, signal: 'SIGKILL' }, 4), /stopped 4 times in three minutes and is not restarted: `newsdsl lsp` was ended by SIGKILL\./);
  });

  test('paths with spaces are quoted so the command can be copied', () => {
    assert.equal(commandLineOf({ command: 'dotnet', args: ['/home/a b/newsdsl.dll', 'lsp'] }), 'dotnet "/home/a b/newsdsl.dll" lsp');
  });
});
