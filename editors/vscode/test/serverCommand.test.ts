import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { resolveServerCommand } from '../src/serverCommand';

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
