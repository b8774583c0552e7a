import * as vscode from 'vscode';
import { clientName, maxRestarts, NewsDslLanguageClient } from './client';
import { describeStartFailure, resolveServerCommand, type ServerExit } from './serverCommand';

// Everything the editor shows for a .news file (findings, fixes, completion, hover, navigation,
// rename, symbols, folding, semantic colouring) comes from `newsdsl lsp`; this client only starts
// it and forwards. The TextMate grammar colours the file even when the server is not installed.

let client: NewsDslLanguageClient | undefined;
let output: vscode.LogOutputChannel | undefined;
let watchers: vscode.FileSystemWatcher[] = [];

/**
 * Files whose change the server must hear about: the other articles (article ids are unique per
 * project) and the two files severities come from, as for `newsdsl check` and `dotnet build`.
 */
export const watchedGlobs = ['**/*.news', '**/.editorconfig', '**/.globalconfig'] as const;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel(clientName, { log: true });
  // The watchers live as long as the extension, across restarts of the server.
  watchers = watchedGlobs.map((glob) => vscode.workspace.createFileSystemWatcher(glob));
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
  const candidate = new NewsDslLanguageClient(server, {
    ...(output === undefined ? {} : { outputChannel: output }),
    fileEvents: watchers,
    onGaveUp: (exit) => void explainFailure(exit, maxRestarts + 1),
  });
  try {
    await candidate.start();
    client = candidate;
  } catch (error) {
    const exit = await candidate.lastExit();
    // The client does not restart a server that never started (NewsDslLanguageClient.closed), so
    // disposing it here ends it without "Client got disposed and can't be restarted" after.
    await candidate.dispose().catch(() => undefined);
    void explainFailure(exit, undefined, error instanceof Error ? error.message : String(error));
  }
}

/** Says once what ran and how it ended, with a button to the settings; not awaited, so activation does not wait for the user. */
async function explainFailure(exit: ServerExit, crashes?: number, clientError?: string): Promise<void> {
  const message = describeStartFailure(exit, crashes, clientError);
  output?.error(message);
  const openSettings = 'Open Settings';
  const choice = await vscode.window.showErrorMessage(message, openSettings);
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
