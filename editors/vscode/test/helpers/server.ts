import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { repoRoot } from './paths';

/**
 * The server under test: NEWSDSL_SERVER_DLL, else the newest of
 * src/NewsDsl.Cli/bin/{Debug,Release}/net10.0/newsdsl.dll (NEWSDSL_CONFIGURATION picks one).
 */
export function serverDll(): string {
  const fromEnvironment = process.env['NEWSDSL_SERVER_DLL'];
  if (fromEnvironment !== undefined && fromEnvironment !== '') {
    return path.resolve(fromEnvironment);
  }
  const configurations = process.env['NEWSDSL_CONFIGURATION'] ? [process.env['NEWSDSL_CONFIGURATION']] : ['Debug', 'Release'];
  const candidates = configurations
    .map((c) => path.join(repoRoot, 'src', 'NewsDsl.Cli', 'bin', c, 'net10.0', 'newsdsl.dll'))
    .filter((p) => fs.existsSync(p))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  return candidates[0] ?? path.join(repoRoot, 'src', 'NewsDsl.Cli', 'bin', configurations[0] ?? 'Debug', 'net10.0', 'newsdsl.dll');
}

/** Why the protocol tests cannot run, or undefined when they can. */
export function whyServerUnavailable(): string | undefined {
  const dll = serverDll();
  if (!fs.existsSync(dll)) {
    return `the language server is not built (${dll} is missing): run dotnet build src/NewsDsl.Cli first, or set NEWSDSL_SERVER_DLL`;
  }
  return undefined;
}

/** `newsdsl check --format json` from the same build, for comparison with the pushed diagnostics. */
export interface CheckedDiagnostic {
  id: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function checkJson(file: string): CheckedDiagnostic[] {
  return [...runCheckJson('dotnet', [serverDll()], [file]).values()].flat();
}

/**
 * Runs `<command> <prefix> check --format json <files>` and returns its findings per file path as printed.
 * Exit codes 0 and 1 are answers (1: errors found); anything else is a failure.
 */
export function runCheckJson(
  command: string,
  prefix: readonly string[],
  files: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Map<string, CheckedDiagnostic[]> {
  const result = spawnSync(command, [...prefix, 'check', '--format', 'json', ...files], { ...options, encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`newsdsl check exited ${String(result.status)}: ${result.stderr}`);
  }
  const report = JSON.parse(result.stdout) as { files: { path: string; diagnostics: CheckedDiagnostic[] }[] };
  return new Map(report.files.map((f) => [f.path, f.diagnostics]));
}

/** A running `newsdsl lsp`, spoken to through vscode-languageserver-protocol's node connection (the stack VS Code uses). */
export class ServerSession {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcessWithoutNullStreams;
  stderr = '';
  initializeResult: InitializeResult | undefined;
  private readonly published: PublishDiagnosticsParams[] = [];
  private readonly waiters: { accept: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];

  constructor() {
    this.process = spawn('dotnet', [serverDll(), 'lsp'], { stdio: 'pipe' });
    this.process.stderr.setEncoding('utf8');
    this.process.stderr.on('data', (chunk: string) => {
      this.stderr = (this.stderr + chunk).slice(-20_000);
    });
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      for (let i = this.waiters.length - 1; i >= 0; i--) {
        const waiter = this.waiters[i];
        if (waiter !== undefined && waiter.accept(params)) {
          this.waiters.splice(i, 1);
          waiter.resolve(params);
        }
      }
    });
    this.connection.listen();
  }

  async initialize(rootFolder: string): Promise<InitializeResult> {
    const rootUri = `file://${rootFolder}`;
    this.initializeResult = await this.request(
      this.connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        clientInfo: { name: 'newsdsl-vscode-tests' },
        rootUri,
        // as the extension asks (src/extension.ts): diagnostics pushed, not also pulled
        initializationOptions: { diagnosticMode: 'push' },
        workspaceFolders: [{ uri: rootUri, name: path.basename(rootFolder) }],
        capabilities: {
          general: { positionEncodings: ['utf-16'] },
          workspace: { workspaceEdit: { documentChanges: true }, workspaceFolders: true, configuration: false },
          textDocument: {
            synchronization: { dynamicRegistration: false, didSave: true },
            publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
            codeAction: {
              codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'source', 'source.fixAll'] } },
              isPreferredSupport: true,
            },
            completion: { completionItem: { snippetSupport: false, documentationFormat: ['markdown', 'plaintext'] } },
            hover: { contentFormat: ['markdown', 'plaintext'] },
            definition: { linkSupport: true },
            references: {},
            rename: { prepareSupport: true },
          },
        },
      }),
      'initialize',
    );
    await this.connection.sendNotification(InitializedNotification.type, {});
    return this.initializeResult;
  }

  /** Resolves with the first diagnostics published for `uri` (for `version`, when the server says which) from now on. */
  nextDiagnostics(uri: string, version: number, timeoutMs = 30_000): Promise<PublishDiagnosticsParams> {
    return this.request(
      new Promise<PublishDiagnosticsParams>((resolve) => {
        this.waiters.push({ accept: (p) => p.uri === uri && (p.version === undefined || p.version === version), resolve });
      }),
      `diagnostics for ${uri} version ${version}`,
      timeoutMs,
    );
  }

  async open(uri: string, text: string, version = 1): Promise<PublishDiagnosticsParams> {
    const diagnostics = this.nextDiagnostics(uri, version);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'news', version, text } });
    return diagnostics;
  }

  /** A request or wait that fails with the server's recent stderr instead of hanging the run. */
  async request<T>(promise: Thenable<T>, what: string, timeoutMs = 30_000): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer in ${timeoutMs} ms; server stderr:\n${this.stderr}`)), timeoutMs);
    });
    try {
      return await Promise.race([Promise.resolve(promise), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** shutdown, then exit; resolves with the exit code. */
  async shutdown(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.process.once('exit', (code) => resolve(code)));
    await this.request(this.connection.sendRequest(ShutdownRequest.type), 'shutdown');
    await this.connection.sendNotification(ExitNotification.type);
    return this.request(exited, 'exit after shutdown', 10_000);
  }

  kill(): void {
    this.connection.dispose();
    if (this.process.exitCode === null) {
      this.process.kill();
    }
  }
}
