import * as vscode from 'vscode';
import {
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';
import { resolveServerCommand } from './serverCommand';

// Everything the editor shows for a .news file (findings, fixes, completion, hover, navigation,
// rename, symbols, folding, semantic colouring) comes from `newsdsl lsp`; this client only starts
// it and forwards. The TextMate grammar colours the file even when the server is not installed.

const clientId = 'newsdsl';
const clientName = 'NewsDsl';

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel | undefined;
let watchers: vscode.FileSystemWatcher[] = [];

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel(clientName, { log: true });
  // Findings depend on the other articles (article ids are unique per project) and on .editorconfig
  // severities; the watchers live as long as the extension, across restarts of the server.
  watchers = [vscode.workspace.createFileSystemWatcher('**/*.news'), vscode.workspace.createFileSystemWatcher('**/.editorconfig')];
  context.subscriptions.push(output, ...watchers);

  context.subscriptions.push(
    vscode.commands.registerCommand('newsdsl.restartServer', async () => {
      await restart();
    }),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration('newsdsl.server')) {
        await restart();
      }
    }),
  );

  await start();
}

export async function deactivate(): Promise<void> {
  await stop();
}

async function start(): Promise<void> {
  const settings = vscode.workspace.getConfiguration('newsdsl.server');
  const server = resolveServerCommand(settings.get<unknown>('path'), settings.get<unknown>('args'));
  const executable = { command: server.command, args: [...server.args], transport: TransportKind.stdio };
  const serverOptions: ServerOptions = { run: executable, debug: executable };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'news' },
      { scheme: 'untitled', language: 'news' },
    ],
    synchronize: { fileEvents: watchers },
    // The server both pushes diagnostics and offers them for pull; the client takes them pushed only,
    // else vscode-languageclient would show every finding twice.
    initializationOptions: { diagnosticMode: 'push' },
    ...(output === undefined ? {} : { outputChannel: output }),
  };

  const candidate = new LanguageClient(clientId, clientName, serverOptions, clientOptions);
  try {
    await candidate.start();
    client = candidate;
  } catch (error) {
    await candidate.dispose().catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    void explainStartFailure([server.command, ...server.args].join(' '), reason);
  }
}

/** Says once what was tried and how to fix it; not awaited, so activation does not wait for the user. */
async function explainStartFailure(commandLine: string, reason: string): Promise<void> {
  const openSettings = 'Open Settings';
  const choice = await vscode.window.showErrorMessage(
    `NewsDsl: could not start the language server with \`${commandLine}\` (${reason}). ` +
      'Install the tool with `dotnet tool install --global NewsDsl.Tool`, or set `newsdsl.server.path`. ' +
      'Colouring works without it; findings, fixes and navigation need it.',
    openSettings,
  );
  if (choice === openSettings) {
    await vscode.commands.executeCommand('workbench.action.openSettings', 'newsdsl.server');
  }
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running !== undefined) {
    await running.stop();
  }
}

async function restart(): Promise<void> {
  await stop();
  await start();
}
