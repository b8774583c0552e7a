import * as readline from 'node:readline';
import type { ChildProcess } from 'node:child_process';
import type * as vscode from 'vscode';
import {
  type CloseHandlerResult,
  CloseAction,
  type ErrorHandlerResult,
  ErrorAction,
  type Executable,
  LanguageClient,
  type LanguageClientOptions,
  type MessageTransports,
  RevealOutputChannelOn,
  type ServerOptions,
  State,
} from 'vscode-languageclient/node';
import { commandLineOf, type ServerCommand, type ServerExit } from './serverCommand';

// How the extension starts `newsdsl lsp` and talks to it. The extension (src/extension.ts) and the node
// test that starts the real server through vscode-languageclient (test/languageClient.test.ts) both build
// their client here, so the options a user's VS Code uses are the options the test proves.

export const clientId = 'newsdsl';
export const clientName = 'NewsDsl';

/** How often a server that crashed after a good start is restarted (within `restartWindowMs`) before the client gives up. */
export const maxRestarts = 3;
const restartWindowMs = 3 * 60_000;

/**
 * The process to start: exactly the configured command and arguments. `transport` is left unset on
 * purpose: with `TransportKind.stdio` vscode-languageclient appends `--stdio` to the arguments, which
 * `newsdsl lsp` 0.2 refuses (issue 16); unset, it spawns `command args` as they are and speaks LSP over
 * the process's standard input and output, which is what `newsdsl lsp` does.
 */
export function serverOptionsFor(server: ServerCommand): ServerOptions {
  const executable: Executable = { command: server.command, args: [...server.args] };
  return { run: executable, debug: executable };
}

export interface ClientHooks {
  /** The log channel the client writes to (the extension's **NewsDsl** output channel). */
  readonly outputChannel?: vscode.LogOutputChannel;
  /** File changes forwarded to the server as workspace/didChangeWatchedFiles. */
  readonly fileEvents?: vscode.FileSystemWatcher[];
  /** Called once when a server that had started crashed too often and will not be restarted. */
  readonly onGaveUp?: (exit: ServerExit) => void;
}

/**
 * vscode-languageclient's LanguageClient, plus what a user needs to hear when the server does not
 * start: the command line that really ran, its exit code and the first line it wrote to standard error.
 */
export class NewsDslLanguageClient extends LanguageClient {
  private firstStderrLine: string | undefined;
  private exit: Promise<ServerExit> | undefined;
  private hasRun = false;
  private readonly restarts: number[] = [];

  constructor(
    readonly server: ServerCommand,
    private readonly hooks: ClientHooks = {},
  ) {
    const clientOptions: LanguageClientOptions = {
      documentSelector: [
        { scheme: 'file', language: 'news' },
        { scheme: 'untitled', language: 'news' },
      ],
      ...(hooks.fileEvents === undefined ? {} : { synchronize: { fileEvents: hooks.fileEvents } }),
      // The server both pushes diagnostics and offers them for pull; the client takes them pushed only,
      // else vscode-languageclient would show every finding twice.
      initializationOptions: { diagnosticMode: 'push' },
      ...(hooks.outputChannel === undefined ? {} : { outputChannel: hooks.outputChannel }),
      // A failed start is reported once by the extension (explainStartFailure), not as the client's own
      // "Server initialization failed" on top of it.
      initializationFailedHandler: () => false,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      errorHandler: {
        error: (): ErrorHandlerResult => ({ action: ErrorAction.Continue, handled: true }),
        closed: (): Promise<CloseHandlerResult> => this.closed(),
      },
      stdioOptions: {
        stdout: (input, channel) => forwardLines(input, (line) => channel.info(line)),
        stderr: (input, channel) =>
          forwardLines(input, (line) => {
            if (this.firstStderrLine === undefined && line.trim() !== '') {
              this.firstStderrLine = line.trim();
            }
            channel.error(line);
          }),
      },
    };
    super(clientId, clientName, serverOptionsFor(server), clientOptions);
    this.onDidChangeState((e) => {
      if (e.newState === State.Running) {
        this.hasRun = true;
      }
    });
  }

  /**
   * How the last server process ended: its command line, exit code or signal and first line of standard
   * error, or why it could not be spawned. Resolves when the process has closed its streams (or after
   * `timeoutMs`, with what is known by then).
   */
  async lastExit(timeoutMs = 3_000): Promise<ServerExit> {
    const unknown: ServerExit = { commandLine: commandLineOf(this.server), code: null, signal: null };
    if (this.exit === undefined) {
      return unknown;
    }
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<ServerExit>((resolve) => {
      timer = setTimeout(() => resolve({ ...unknown, ...this.stderrPart() }), timeoutMs);
    });
    try {
      return await Promise.race([this.exit, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Keeps the client's connection and restart messages in the log: the extension says what went wrong, once. */
  override error(message: string, data?: unknown, showNotification?: boolean | 'force'): void {
    super.error(message, data, showNotification === 'force' ? false : showNotification);
  }

  protected override async createMessageTransports(encoding: string): Promise<MessageTransports> {
    this.firstStderrLine = undefined;
    let transports: MessageTransports;
    try {
      transports = await super.createMessageTransports(encoding);
    } catch (error) {
      const spawnError = error instanceof Error ? error.message : String(error);
      this.exit = Promise.resolve({ commandLine: commandLineOf(this.server), code: null, signal: null, spawnError });
      throw error;
    }
    const child: ChildProcess | undefined = this.serverProcess;
    if (child !== undefined) {
      // spawnargs is what node really ran, so the message can never name a command that was not run.
      const commandLine = commandLineOf({ command: child.spawnfile, args: child.spawnargs.slice(1) });
      this.exit = new Promise((resolve) =>
        child.once('close', (code, signal) => resolve({ commandLine, code, signal, ...this.stderrPart() })),
      );
    }
    return transports;
  }

  private stderrPart(): { firstStderrLine?: string } {
    return this.firstStderrLine === undefined ? {} : { firstStderrLine: this.firstStderrLine };
  }

  /**
   * A server that never started is not restarted (the extension reports it once and disposes the client;
   * a restart would only add "Client got disposed" errors). One that crashed after a good start is
   * restarted up to `maxRestarts` times in three minutes, then reported once.
   */
  private async closed(): Promise<CloseHandlerResult> {
    if (!this.hasRun) {
      return { action: CloseAction.DoNotRestart, handled: true };
    }
    const now = Date.now();
    this.restarts.push(now);
    while (this.restarts.length > 0 && (this.restarts[0] ?? now) < now - restartWindowMs) {
      this.restarts.shift();
    }
    if (this.restarts.length <= maxRestarts) {
      return { action: CloseAction.Restart, handled: true };
    }
    const exit = await this.lastExit();
    this.hooks.onGaveUp?.(exit);
    return { action: CloseAction.DoNotRestart, handled: true };
  }
}

function forwardLines(input: NodeJS.ReadableStream, write: (line: string) => void): void {
  readline.createInterface({ input, crlfDelay: Infinity, terminal: false, historySize: 0 }).on('line', write);
}
