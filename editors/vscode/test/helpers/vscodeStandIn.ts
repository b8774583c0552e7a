import Module from 'node:module';

// A minimal stand-in for the `vscode` module, used only to construct and start vscode-languageclient
// outside VS Code (test/languageClient.test.ts). It is not an editor: it opens no documents, shows
// nothing and answers no request. What it gives the client is the little it needs to spawn the server
// and run the initialize handshake (a version, event emitters, an output channel, no workspace folders);
// every provider registration is accepted and ignored. What it records (error notifications, log
// lines) is what the extension and the client asked VS Code to show, so a test can count them.
//
// What a test with it proves: the options the extension builds (src/client.ts) make the real
// vscode-languageclient 11 spawn a server that accepts its command line and completes initialize; the
// start failure is reported with the command and exit code once. What it cannot prove: anything VS Code
// itself does with the client (the UI suite in e2e/ does that in code-server).

type Listener<T> = (e: T) => unknown;

class EventEmitter<T> {
  private listeners: Listener<T>[] = [];
  readonly event = (listener: Listener<T>): { dispose(): void } => {
    this.listeners.push(listener);
    return { dispose: () => (this.listeners = this.listeners.filter((l) => l !== listener)) };
  };
  fire(e: T): void {
    for (const l of [...this.listeners]) {
      l(e);
    }
  }
  dispose(): void {
    this.listeners = [];
  }
}

class Disposable {
  constructor(private readonly callOnDispose: () => unknown) {}
  static from(...items: { dispose(): unknown }[]): Disposable {
    return new Disposable(() => items.forEach((i) => i.dispose()));
  }
  dispose(): void {
    this.callOnDispose();
  }
}

class Uri {
  private constructor(
    readonly scheme: string,
    readonly path: string,
  ) {}
  static parse(value: string): Uri {
    const match = /^([a-z][a-z0-9+.-]*):(?:\/\/[^/]*)?(.*)$/i.exec(value);
    return new Uri(match?.[1] ?? 'file', decodeURIComponent(match?.[2] ?? value));
  }
  static file(fsPath: string): Uri {
    return new Uri('file', fsPath);
  }
  get fsPath(): string {
    return this.path;
  }
  toString(): string {
    return `${this.scheme}://${encodeURI(this.path)}`;
  }
}

/** CodeActionKind, which the client builds from the server's codeActionKinds when it registers the provider. */
class CodeActionKind {
  static readonly Empty = new CodeActionKind('');
  constructor(readonly value: string) {}
  append(part: string): CodeActionKind {
    return new CodeActionKind(this.value === '' ? part : `${this.value}.${part}`);
  }
}

const noEvent = (): { dispose(): void } => ({ dispose() {} });
const inert = { dispose() {} };

/** A LogOutputChannel that keeps its lines. */
export class RecordingChannel {
  readonly lines: string[] = [];
  readonly name: string;
  logLevel = 2;
  readonly onDidChangeLogLevel = noEvent;
  constructor(name: string) {
    this.name = name;
  }
  private add(level: string, message: string): void {
    this.lines.push(`[${level}] ${message}`);
  }
  trace(m: string): void {
    this.add('trace', m);
  }
  debug(m: string): void {
    this.add('debug', m);
  }
  info(m: string): void {
    this.add('info', m);
  }
  warn(m: string): void {
    this.add('warn', m);
  }
  error(m: string | Error): void {
    this.add('error', String(m));
  }
  append(m: string): void {
    this.add('append', m);
  }
  appendLine(m: string): void {
    this.add('line', m);
  }
  replace(m: string): void {
    this.add('replace', m);
  }
  clear(): void {}
  show(): void {}
  hide(): void {}
  dispose(): void {}
}

export interface Notification {
  readonly kind: 'error' | 'warning' | 'information';
  readonly message: string;
  readonly items: readonly unknown[];
}

/** What the client and the extension asked the stand-in for: notifications shown, output channels made. */
export interface StandInRecord {
  readonly notifications: Notification[];
  readonly channels: RecordingChannel[];
  readonly commandsRun: string[];
  /** The glob of every workspace.createFileSystemWatcher call. */
  readonly watchedGlobs: string[];
  /** Settings returned by workspace.getConfiguration(section).get(key), keyed `section.key`. */
  readonly settings: Map<string, unknown>;
}

function createStandIn(record: StandInRecord): Record<string, unknown> {
  const notify =
    (kind: Notification['kind']) =>
    (message: string, ...items: unknown[]): Promise<undefined> => {
      record.notifications.push({ kind, message, items });
      return Promise.resolve(undefined);
    };
  const registration = (): typeof inert => inert;
  const languages = new Proxy(
    {
      match: () => 0,
      createDiagnosticCollection: (name?: string) => ({
        name,
        set() {},
        delete() {},
        clear() {},
        forEach() {},
        get: () => undefined,
        has: () => false,
        dispose() {},
      }),
    } as Record<string | symbol, unknown>,
    // Every languages.registerXProvider: the client registers what the server's capabilities offer.
    { get: (target, p) => target[p] ?? (typeof p === 'string' && p.startsWith('register') ? registration : undefined) },
  );
  const members: Record<string, unknown> = {
    version: '1.99.3',
    EventEmitter,
    Disposable,
    Uri,
    CodeActionKind,
    CancellationError: class CancellationError extends Error {},
    CancellationTokenSource: class {
      readonly token = { isCancellationRequested: false, onCancellationRequested: noEvent };
      cancel(): void {}
      dispose(): void {}
    },
    LogLevel: { Off: 0, Trace: 1, Debug: 2, Info: 3, Warning: 4, Error: 5 },
    ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
    TabInputText: class {},
    TabInputTextDiff: class {},
    TabInputNotebook: class {},
    TabInputCustom: class {},
    env: { language: 'en', appName: 'vscode stand-in (node test)', openExternal: () => Promise.resolve(false) },
    commands: {
      registerCommand: () => inert,
      executeCommand: (command: string) => {
        record.commandsRun.push(command);
        return Promise.resolve(undefined);
      },
    },
    window: {
      createOutputChannel: (name: string) => {
        const channel = new RecordingChannel(name);
        record.channels.push(channel);
        return channel;
      },
      showErrorMessage: notify('error'),
      showWarningMessage: notify('warning'),
      showInformationMessage: notify('information'),
      activeTextEditor: undefined,
      visibleTextEditors: [],
      tabGroups: { all: [], onDidChangeTabs: noEvent, onDidChangeTabGroups: noEvent },
      onDidChangeVisibleTextEditors: noEvent,
      onDidChangeActiveTextEditor: noEvent,
      withProgress: (_options: unknown, task: (p: unknown, t: unknown) => unknown) =>
        task({ report() {} }, { isCancellationRequested: false, onCancellationRequested: noEvent }),
    },
    workspace: {
      workspaceFolders: undefined,
      textDocuments: [],
      notebookDocuments: [],
      getConfiguration: (section?: string) => ({
        get: (key: string, fallback?: unknown) => record.settings.get(section === undefined ? key : `${section}.${key}`) ?? fallback,
        has: () => false,
        inspect: () => undefined,
        update: () => Promise.resolve(),
      }),
      createFileSystemWatcher: (glob: string) => (record.watchedGlobs.push(glob), { onDidCreate: noEvent, onDidChange: noEvent, onDidDelete: noEvent, dispose() {} }),
      applyEdit: () => Promise.resolve(false),
      onDidChangeConfiguration: noEvent,
      onDidChangeWorkspaceFolders: noEvent,
      onDidOpenTextDocument: noEvent,
      onDidChangeTextDocument: noEvent,
      onDidCloseTextDocument: noEvent,
      onDidSaveTextDocument: noEvent,
      onWillSaveTextDocument: noEvent,
      onDidOpenNotebookDocument: noEvent,
      onDidChangeNotebookDocument: noEvent,
      onDidSaveNotebookDocument: noEvent,
      onDidCloseNotebookDocument: noEvent,
    },
    languages,
  };
  // The other classes and enums of the API that vscode-languageclient names (CompletionItem, Diagnostic,
  // SymbolKind…): it subclasses some at load time and builds the others only when converting results,
  // which these tests never ask for. Inert classes keep the load honest without pretending to implement
  // them. (Listed rather than made up on access: TypeScript's import helpers copy the module's own keys.)
  for (const name of inertApiNames) {
    members[name] ??= class {
      readonly standInFor = name;
    };
  }
  return members;
}

const inertApiNames = [
  'CallHierarchyItem', 'CallHierarchyIncomingCall', 'CallHierarchyOutgoingCall', 'CodeAction', 'CodeActionKind',
  'CodeActionTriggerKind', 'CodeLens', 'Color', 'ColorInformation', 'ColorPresentation', 'CompletionItem',
  'CompletionItemKind', 'CompletionItemTag', 'CompletionList', 'CompletionTriggerKind', 'Diagnostic',
  'DiagnosticRelatedInformation', 'DiagnosticSeverity', 'DiagnosticTag', 'DocumentHighlight', 'DocumentHighlightKind',
  'DocumentLink', 'DocumentSymbol', 'FileType', 'FoldingRange', 'FoldingRangeKind', 'Hover', 'InlayHint',
  'InlayHintLabelPart', 'InlineCompletionItem', 'InlineCompletionList', 'InlineCompletionTriggerKind',
  'InlineValueEvaluatableExpression', 'InlineValueText', 'InlineValueVariableLookup', 'LinkedEditingRanges', 'Location',
  'MarkdownString', 'NotebookCellKind', 'ParameterInformation', 'Position', 'Range', 'RelativePattern', 'SelectionRange',
  'SemanticTokens', 'SemanticTokensEdit', 'SemanticTokensEdits', 'SignatureHelp', 'SignatureHelpTriggerKind',
  'SignatureInformation', 'SnippetString', 'SnippetTextEdit', 'SymbolInformation', 'SymbolKind', 'SymbolTag',
  'TextDocumentSaveReason', 'TextEdit', 'TypeHierarchyItem', 'WorkspaceEdit',
];

/**
 * Makes `require('vscode')` return a fresh stand-in until `restore()`; returns what it records.
 * Modules that imported `vscode` before keep the stand-in they got, so a test loads the code under test
 * (with `require`) after calling this.
 */
export function installVscodeStandIn(): { record: StandInRecord; restore(): void } {
  const record: StandInRecord = { notifications: [], channels: [], commandsRun: [], watchedGlobs: [], settings: new Map() };
  const standIn = createStandIn(record);
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = loader._load;
  loader._load = function (request: string, ...rest: unknown[]) {
    return request === 'vscode' ? standIn : original.call(this, request, ...rest);
  };
  return {
    record,
    restore: () => {
      loader._load = original;
    },
  };
}
