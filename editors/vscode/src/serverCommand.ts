/**
 * How the client starts the language server, from the `newsdsl.server.*` settings.
 * Kept free of the `vscode` module so that the node tests can check it.
 */
export interface ServerCommand {
  readonly command: string;
  readonly args: readonly string[];
}

/** The `newsdsl` tool on PATH, as installed by `dotnet tool install --global NewsDsl.Tool`. */
export const defaultServerPath = 'newsdsl';

/** `newsdsl lsp` speaks LSP over standard input and output. */
export const defaultServerArgs: readonly string[] = ['lsp'];

/**
 * Turns the settings into a process to start. A path to `newsdsl.dll` (a build from a checkout)
 * is started with `dotnet`, because a framework-dependent .dll is not executable by itself.
 * Settings of the wrong type (a hand-edited settings.json) fall back to the defaults.
 */
export function resolveServerCommand(configuredPath: unknown, configuredArgs: unknown): ServerCommand {
  const path = typeof configuredPath === 'string' && configuredPath.trim() !== '' ? configuredPath.trim() : defaultServerPath;
  const args =
    Array.isArray(configuredArgs) && configuredArgs.every((a): a is string => typeof a === 'string')
      ? configuredArgs
      : defaultServerArgs;
  if (path.toLowerCase().endsWith('.dll')) {
    return { command: 'dotnet', args: [path, ...args] };
  }
  return { command: path, args: [...args] };
}

/** A command line as a person would type it: arguments with spaces or quotes are double-quoted. */
export function commandLineOf(server: ServerCommand): string {
  return [server.command, ...server.args].map((part) => (part === '' || /[\s"'\\$`]/.test(part) ? JSON.stringify(part) : part)).join(' ');
}

/** How a server process ended, as far as the client saw it. */
export interface ServerExit {
  /** The command line that really ran (or, when nothing could be spawned, the one that was tried). */
  readonly commandLine: string;
  readonly code: number | null;
  readonly signal: string | null;
  /** The first non-blank line the server wrote to standard error. */
  readonly firstStderrLine?: string;
  /** Why the process could not be spawned at all (for example ENOENT: the command is not on PATH). */
  readonly spawnError?: string;
}

/**
 * The one message a user sees when the server does not start (or, with `crashes`, stopped too often):
 * the exact command, how it ended, the first line of its standard error, and what to do about it.
 */
export function describeStartFailure(exit: ServerExit, crashes?: number, clientError?: string): string {
  const command = `\`${exit.commandLine}\``;
  const whatHappened =
    crashes === undefined ? 'NewsDsl: the language server did not start' : `NewsDsl: the language server stopped ${crashes} times in three minutes and is not restarted`;
  if (exit.spawnError !== undefined) {
    const notFound = /ENOENT/.test(exit.spawnError);
    return (
      `${whatHappened}: ${command} could not be run (${notFound ? 'command not found' : exit.spawnError.replace(/^Launching server using command .* failed\.\s*/, '')}). ` +
      (notFound
        ? 'Install the tool with `dotnet tool install --global NewsDsl.Tool`, or set `newsdsl.server.path` to the `newsdsl` executable or `newsdsl.dll`.'
        : 'Check `newsdsl.server.path`.')
    );
  }
  if ((exit.code === 0 || (exit.code === null && exit.signal === null)) && clientError !== undefined) {
    // The process did not fail: the handshake did (a server that is not newsdsl, or a client error).
    return `${whatHappened}: the client could not start a session with ${command}: ${clientError.split('\n')[0] ?? clientError}. The NewsDsl output channel has the whole log.`;
  }
  const how =
    exit.code !== null ? `exited with code ${exit.code}` : exit.signal !== null ? `was ended by ${exit.signal}` : 'stopped answering';
  const stderr = exit.firstStderrLine === undefined ? '' : `: ${exit.firstStderrLine.replace(/[.\s]+$/, '')}`;
  return `${whatHappened}: ${command} ${how}${stderr}. Check \`newsdsl.server.path\` and \`newsdsl.server.args\`; the NewsDsl output channel has the whole log.`;
}
