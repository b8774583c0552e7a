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
