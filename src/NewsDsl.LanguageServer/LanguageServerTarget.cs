using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using NewsDsl.LanguageServer.Features;
using NewsDsl.LanguageServer.Protocol;
using StreamJsonRpc;

namespace NewsDsl.LanguageServer;

/// <summary>
/// The LSP methods. Notifications that change state (didOpen/didChange/didClose) run in arrival order
/// (the connection's synchronisation context is order-preserving and they never yield); requests move off
/// the message loop at once, so a long one neither blocks edits nor its own <c>$/cancelRequest</c>.
/// </summary>
internal sealed class LanguageServerTarget
{
    private static readonly JsonSerializerOptions s_json = LspJson.Configure(new JsonSerializerOptions());

    private readonly DocumentStore _documents = new();
    private readonly WorkspaceIndex _workspace;
    private readonly CheckOptionsCache _options;
    private readonly DocumentAnalyzer _analyzer;
    private readonly ServerLog _log;
    private readonly string _version;
    private readonly TaskCompletionSource<int> _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _lifetime = new();
    private JsonRpc? _rpc;
    private volatile ServerState _state = ServerState.Created;
    private bool _push = true;
    private bool _pull = true;
    private int _delayMilliseconds;
    private Task _scan = Task.CompletedTask;

    public LanguageServerTarget(LanguageServerOptions options, ServerLog log)
    {
        _log = log;
        _version = options.Version ?? "0.0.0";
        _workspace = new WorkspaceIndex(log);
        _options = new CheckOptionsCache(options.CheckOptionsFor, log);
        _analyzer = new DocumentAnalyzer(_workspace, _documents, _options);
    }

    /// <summary>Completes with the process exit code when <c>exit</c> arrives: 0 after <c>shutdown</c>, else 1.</summary>
    public Task<int> Exit => _exit.Task;

    /// <summary>Finishes when the start-up scan of the workspace folders has (for tests and benchmarks).</summary>
    internal Task WorkspaceScan => _scan;

    internal DocumentStore Documents => _documents;

    internal bool IsShutDown => _state == ServerState.ShutDown;

    internal WorkspaceIndex Workspace => _workspace;

    public void Attach(JsonRpc rpc) => _rpc = rpc;

    // ---- Lifecycle -------------------------------------------------------------------------------

    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    public InitializeResult Initialize(JsonElement? json)
    {
        var parameters = Read<InitializeParams>(json);
        if (_state != ServerState.Created)
        {
            throw Error(ErrorCodes.InvalidRequest, "initialize may be sent only once");
        }

        if (parameters is null)
        {
            throw Error(ErrorCodes.InvalidParams, "initialize needs its parameters");
        }

        ReadInitializationOptions(parameters.InitializationOptions);
        foreach (var folder in FoldersOf(parameters))
        {
            _workspace.AddFolder(folder);
        }

        _state = ServerState.Initialized;
        _log.Info($"initialized: folders {string.Join(", ", _workspace.Folders)}; push {_push}, pull {_pull}, delay {_delayMilliseconds} ms");
        return new InitializeResult(Capabilities(), new ServerInfo("newsdsl", _version));
    }

    [JsonRpcMethod("initialized", UseSingleObjectParameterDeserialization = true)]
    public void Initialized(JsonElement? parameters)
    {
        if (_state != ServerState.Initialized)
        {
            return;
        }

        var token = _lifetime.Token;
        _scan = Task.Run(
            () =>
            {
                try
                {
                    _workspace.Scan(token);
                    _log.Info($"workspace scanned: {_workspace.Count} articles");

                    // The scan parsed every article and kept only identities: give the garbage back now rather than
                    // carry it for the hours the server stays open.
                    GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
                    RecheckOpenDocuments();
                }
                catch (OperationCanceledException)
                {
                }
                catch (Exception exception)
                {
                    _log.Error("workspace scan failed: " + exception);
                }
            },
            token);
    }

    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        RequireInitialized();
        _state = ServerState.ShutDown;
        _lifetime.Cancel();
        return null;
    }

    [JsonRpcMethod("exit")]
    public void ExitNotification()
    {
        _lifetime.Cancel();
        _exit.TrySetResult(_state == ServerState.ShutDown ? 0 : 1);
    }

    // ---- Document synchronisation ----------------------------------------------------------------

    [JsonRpcMethod("textDocument/didOpen", UseSingleObjectParameterDeserialization = true)]
    public void DidOpen(JsonElement? json)
    {
        var parameters = TryRead<DidOpenTextDocumentParams>(json, "DidOpen");
        if (!AcceptsNotifications() || parameters?.TextDocument is not { Uri: not null, Text: not null } item)
        {
            return;
        }

        var document = _documents.Open(item.Uri, item.Text, item.Version);
        document.IdentityChanged = (changed, before, after) =>
        {
            RecheckOthersUsing(changed, before);
            RecheckOthersUsing(changed, after);
        };
        document.ScheduleCheck(_analyzer, PushPublisher, _delayMilliseconds, _log);
    }

    [JsonRpcMethod("textDocument/didChange", UseSingleObjectParameterDeserialization = true)]
    public void DidChange(JsonElement? json)
    {
        var parameters = TryRead<DidChangeTextDocumentParams>(json, "DidChange");
        if (!AcceptsNotifications() || parameters?.TextDocument?.Uri is not { } uri || parameters.ContentChanges is null)
        {
            return;
        }

        var document = _documents.Find(uri);
        if (document is null)
        {
            _log.Warn($"didChange for a document that is not open: {uri}");
            return;
        }

        try
        {
            document.ApplyChanges(parameters.TextDocument.Version, parameters.ContentChanges);
        }
        catch (Exception exception) when (exception is ArgumentException or NullReferenceException)
        {
            _log.Warn($"didChange for {uri} ignored: {exception.Message}");
            return;
        }

        document.ScheduleCheck(_analyzer, PushPublisher, _delayMilliseconds, _log);
    }

    [JsonRpcMethod("textDocument/didClose", UseSingleObjectParameterDeserialization = true)]
    public void DidClose(JsonElement? json)
    {
        var parameters = TryRead<DidCloseTextDocumentParams>(json, "DidClose");
        if (!AcceptsNotifications() || parameters?.TextDocument?.Uri is not { } uri)
        {
            return;
        }

        var document = _documents.Close(uri);
        if (document is null)
        {
            return;
        }

        if (document.FullPath is { } path)
        {
            // The file on disk counts again for the project check.
            _workspace.Refresh(path);
        }

        if (_push && _rpc is { } rpc)
        {
            _ = document.PublishClearedAsync(() => rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(document.Uri, null, Array.Empty<Diagnostic>())), _log);
        }

        RecheckOthersUsing(document, document.Latest?.Identity?.Id);
    }

    [JsonRpcMethod("textDocument/didSave", UseSingleObjectParameterDeserialization = true)]
    public void DidSave(JsonElement? json)
    {
        // The open text is what is checked; saving changes nothing the server does not know.
    }

    [JsonRpcMethod("workspace/didChangeWatchedFiles", UseSingleObjectParameterDeserialization = true)]
    public void DidChangeWatchedFiles(JsonElement? json)
    {
        var parameters = TryRead<DidChangeWatchedFilesParams>(json, "DidChangeWatchedFiles");
        if (!AcceptsNotifications() || parameters?.Changes is null)
        {
            return;
        }

        var recheck = false;
        foreach (var change in parameters.Changes)
        {
            if (change?.Uri is null || DocumentUri.ToPath(change.Uri) is not { } path)
            {
                continue;
            }

            if (path.EndsWith(".editorconfig", StringComparison.OrdinalIgnoreCase))
            {
                _options.Clear();
                recheck = true;
            }
            else if (path.EndsWith(".news", StringComparison.OrdinalIgnoreCase) && _documents.FindByPath(path) is null)
            {
                _workspace.Refresh(path);
                recheck = true;
            }
        }

        if (recheck)
        {
            RecheckOpenDocuments();
        }
    }

    [JsonRpcMethod("workspace/didChangeWorkspaceFolders", UseSingleObjectParameterDeserialization = true)]
    public void DidChangeWorkspaceFolders(JsonElement? json)
    {
        var parameters = TryRead<DidChangeWorkspaceFoldersParams>(json, "DidChangeWorkspaceFolders");
        if (!AcceptsNotifications() || parameters?.Event is null)
        {
            return;
        }

        foreach (var removed in parameters.Event.Removed ?? Array.Empty<WorkspaceFolder>())
        {
            if (DocumentUri.ToPath(removed.Uri) is { } path)
            {
                _workspace.RemoveFolder(path);
            }
        }

        var added = new List<string>();
        foreach (var folder in parameters.Event.Added ?? Array.Empty<WorkspaceFolder>())
        {
            if (DocumentUri.ToPath(folder.Uri) is { } path)
            {
                _workspace.AddFolder(path);
                added.Add(path);
            }
        }

        _ = Task.Run(() =>
        {
            foreach (var folder in added)
            {
                foreach (var file in _workspace.EnumerateFiles(folder))
                {
                    _workspace.Refresh(file);
                }
            }

            RecheckOpenDocuments();
        });
    }

    [JsonRpcMethod("workspace/didChangeConfiguration", UseSingleObjectParameterDeserialization = true)]
    public void DidChangeConfiguration(JsonElement? parameters)
    {
        // Severities come from .editorconfig, not from client settings.
    }

    [JsonRpcMethod("$/setTrace", UseSingleObjectParameterDeserialization = true)]
    public void SetTrace(JsonElement? parameters)
    {
    }

    // ---- Diagnostics (pull) ----------------------------------------------------------------------

    [JsonRpcMethod("textDocument/diagnostic", UseSingleObjectParameterDeserialization = true)]
    public Task<object> DocumentDiagnostic(JsonElement? json, CancellationToken cancellationToken) =>
        RunAsync<DocumentDiagnosticParams, object>(
            json,
            parameters =>
            {
                var snapshot = Snapshot(parameters?.TextDocument, cancellationToken);
                var resultId = DiagnosticConverter.ResultId(snapshot.Diagnostics);
                return parameters!.PreviousResultId == resultId
                    ? new UnchangedDocumentDiagnosticReport(resultId)
                    : new FullDocumentDiagnosticReport(resultId, snapshot.Diagnostics);
            },
            cancellationToken);

    [JsonRpcMethod("workspace/diagnostic", UseSingleObjectParameterDeserialization = true)]
    public Task<WorkspaceDiagnosticReport> WorkspaceDiagnostic(JsonElement? json, CancellationToken cancellationToken) =>
        RunAsync(
            json,
            (WorkspaceDiagnosticParams parameters) =>
            {
                _scan.Wait(cancellationToken);
                var previous = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var entry in parameters?.PreviousResultIds ?? Array.Empty<PreviousResultId>())
                {
                    if (entry?.Uri is not null && entry.Value is not null)
                    {
                        previous[DocumentUri.Key(entry.Uri)] = entry.Value;
                    }
                }

                return WorkspaceDiagnostics.Collect(_workspace, _documents, _analyzer, previous, _log, cancellationToken);
            },
            cancellationToken);

    // ---- Language features -----------------------------------------------------------------------

    [JsonRpcMethod("textDocument/completion", UseSingleObjectParameterDeserialization = true)]
    public Task<CompletionList> Completion(JsonElement? json, CancellationToken cancellationToken) =>
        RunAsync(
            json,
            (CompletionParams parameters) => CompletionProvider.Complete(Snapshot(parameters?.TextDocument, cancellationToken), RequirePosition(parameters?.Position)), cancellationToken);

    [JsonRpcMethod("textDocument/hover", UseSingleObjectParameterDeserialization = true)]
    public Task<Hover?> Hover(JsonElement? json, CancellationToken cancellationToken) =>
        RunAsync(
            json,
            (TextDocumentPositionParams parameters) => HoverProvider.Hover(Snapshot(parameters?.TextDocument, cancellationToken), RequirePosition(parameters?.Position)), cancellationToken);

    [JsonRpcMethod("textDocument/definition", UseSingleObjectParameterDeserialization = true)]
    public Task<Location[]?> Definition(JsonElement? json, CancellationToken cancellationToken) =>
        RunAsync(
            json,
            (TextDocumentPositionParams parameters) => SourceNavigation.Definition(Snapshot(parameters?.TextDocument, cancellationToken), RequirePosition(parameters?.Position)), cancellationToken);

    [JsonRpcMethod("textDocument/references", UseSingleObjectParameterDeserialization = true)]
    public Task<Location[]?> References(JsonElement? json, CancellationToken cancellationToken) =>
        RunAsync(
            json,
            (ReferenceParams parameters) => SourceNavigation.References(Snapshot(parameters?.TextDocument, cancellationToken), RequirePosition(parameters?.Position), parameters!.Context?.IncludeDeclaration ?? true), cancellationToken);

    [JsonRpcMethod("textDocument/prepareRename", UseSingleObjectParameterDeserialization = true)]
    public Task<PrepareRenameResult?> PrepareRename(JsonElement? json, CancellationToken cancellationToken) =>
        RunAsync(
            json,
            (TextDocumentPositionParams parameters) => SourceNavigation.PrepareRename(Snapshot(parameters?.TextDocument, cancellationToken), RequirePosition(parameters?.Position)), cancellationToken);

    [JsonRpcMethod("textDocument/rename", UseSingleObjectParameterDeserialization = true)]
    public Task<WorkspaceEdit?> Rename(JsonElement? json, CancellationToken cancellationToken) =>
        RunAsync(
            json,
            (RenameParams parameters) =>
            {
                var snapshot = Snapshot(parameters?.TextDocument, cancellationToken);
                var outcome = SourceNavigation.Rename(snapshot, RequirePosition(parameters!.Position), parameters.NewName);
                return outcome.Error is { } error ? throw Error(ErrorCodes.RequestFailed, error) : outcome.Edit;
            },
            cancellationToken);

    [JsonRpcMethod("textDocument/documentSymbol", UseSingleObjectParameterDeserialization = true)]
    public Task<DocumentSymbol[]> DocumentSymbols(JsonElement? json, CancellationToken cancellationToken) =>
        RunAsync(
            json,
            (DocumentSymbolParams parameters) => DocumentSymbolProvider.Build(Snapshot(parameters?.TextDocument, cancellationToken)), cancellationToken);

    [JsonRpcMethod("textDocument/foldingRange", UseSingleObjectParameterDeserialization = true)]
    public Task<FoldingRange[]> FoldingRanges(JsonElement? json, CancellationToken cancellationToken) =>
        RunAsync(
            json,
            (FoldingRangeParams parameters) => FoldingRangeProvider.Build(Snapshot(parameters?.TextDocument, cancellationToken)), cancellationToken);

    [JsonRpcMethod("textDocument/semanticTokens/full", UseSingleObjectParameterDeserialization = true)]
    public Task<SemanticTokens> SemanticTokensFull(JsonElement? json, CancellationToken cancellationToken) =>
        RunAsync(
            json,
            (SemanticTokensParams parameters) => SemanticTokenProvider.Build(Snapshot(parameters?.TextDocument, cancellationToken)), cancellationToken);

    [JsonRpcMethod("workspace/symbol", UseSingleObjectParameterDeserialization = true)]
    public Task<SymbolInformation[]> WorkspaceSymbols(JsonElement? json, CancellationToken cancellationToken) =>
        RunAsync(
            json,
            (WorkspaceSymbolParams parameters) => WorkspaceSymbolProvider.Search(parameters?.Query ?? string.Empty, _analyzer.ArticlesExcept(null), _documents, cancellationToken), cancellationToken);

    [JsonRpcMethod("textDocument/codeAction", UseSingleObjectParameterDeserialization = true)]
    public Task<CodeAction[]> CodeActions(JsonElement? json, CancellationToken cancellationToken) =>
        RunAsync(
            json,
            (CodeActionParams parameters) => CodeActionProvider.Provide(Snapshot(parameters.TextDocument, cancellationToken), parameters.Range, parameters.Context),
            cancellationToken);

    // ---- Plumbing --------------------------------------------------------------------------------

    internal ServerCapabilities Capabilities() => new()
    {
        TextDocumentSync = new TextDocumentSyncOptions(OpenClose: true, Change: 2, Save: new SaveOptions(false)),
        CompletionProvider = new CompletionOptions(new[] { "@", "{", " ", "\"", ":" }, ResolveProvider: false),
        HoverProvider = true,
        DefinitionProvider = true,
        ReferencesProvider = true,
        RenameProvider = new RenameOptions(PrepareProvider: true),
        DocumentSymbolProvider = true,
        WorkspaceSymbolProvider = true,
        FoldingRangeProvider = true,
        SemanticTokensProvider = new SemanticTokensOptions(SemanticTokenProvider.Legend, Full: true, Range: false),
        CodeActionProvider = new CodeActionOptions(CodeActionProvider.Kinds, ResolveProvider: false),
        DiagnosticProvider = _pull ? new DiagnosticOptions("newsdsl", InterFileDependencies: true, WorkspaceDiagnostics: true) : null,
        Workspace = new WorkspaceServerCapabilities(new WorkspaceFoldersServerCapabilities(Supported: true, ChangeNotifications: true)),
    };

    private Func<DocumentSnapshot, Task>? PushPublisher => _push && _rpc is { } rpc
        ? snapshot => rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(snapshot.Uri, snapshot.Version, snapshot.Diagnostics))
        : null;

    private void ReadInitializationOptions(JsonElement? options)
    {
        if (options is not { ValueKind: JsonValueKind.Object } value)
        {
            return;
        }

        if (value.TryGetProperty("diagnosticMode", out var mode) && mode.ValueKind == JsonValueKind.String)
        {
            switch (mode.GetString())
            {
                case "push":
                    _push = true;
                    _pull = false;
                    break;
                case "pull":
                    _push = false;
                    _pull = true;
                    break;
                default:
                    _push = _pull = true;
                    break;
            }
        }

        if (value.TryGetProperty("diagnosticDelayMs", out var delay) && delay.ValueKind == JsonValueKind.Number && delay.TryGetInt32(out var ms))
        {
            _delayMilliseconds = Math.Clamp(ms, 0, 5000);
        }
    }

    private static IEnumerable<string> FoldersOf(InitializeParams parameters)
    {
        if (parameters.WorkspaceFolders is { Count: > 0 } folders)
        {
            foreach (var folder in folders)
            {
                if (folder?.Uri is not null && DocumentUri.ToPath(folder.Uri) is { } path)
                {
                    yield return path;
                }
            }
        }
        else if (parameters.RootUri is not null && DocumentUri.ToPath(parameters.RootUri) is { } root)
        {
            yield return root;
        }
        else if (!string.IsNullOrEmpty(parameters.RootPath))
        {
            yield return parameters.RootPath;
        }
    }

    private void RecheckOpenDocuments()
    {
        foreach (var document in _documents.All)
        {
            document.ScheduleCheck(_analyzer, PushPublisher, _delayMilliseconds, _log);
        }
    }

    /// <summary>An article id appeared or went away in one document: the other open articles with that id may gain or lose NEWS109.</summary>
    private void RecheckOthersUsing(OpenDocument changed, string? id)
    {
        if (id is null)
        {
            return;
        }

        foreach (var document in _documents.All)
        {
            if (!ReferenceEquals(document, changed) && document.Latest?.Identity?.Id == id)
            {
                document.ScheduleCheck(_analyzer, PushPublisher, _delayMilliseconds, _log);
            }
        }
    }

    private bool AcceptsNotifications() => _state == ServerState.Initialized;

    private void RequireInitialized()
    {
        switch (_state)
        {
            case ServerState.Created:
                throw Error(ErrorCodes.ServerNotInitialized, "The server is not initialized: send 'initialize' first");
            case ServerState.ShutDown:
                throw Error(ErrorCodes.InvalidRequest, "The server is shut down: only 'exit' is accepted");
        }
    }

    private DocumentSnapshot Snapshot(TextDocumentIdentifier? document, CancellationToken cancellationToken)
    {
        if (document?.Uri is not { } uri)
        {
            throw Error(ErrorCodes.InvalidParams, "'textDocument.uri' is required");
        }

        var open = _documents.Find(uri) ?? throw Error(ErrorCodes.InvalidParams, $"The document is not open: {uri}. Send textDocument/didOpen first.");
        return open.GetCurrent(_analyzer, cancellationToken);
    }

    private static Position RequirePosition(Position? position) =>
        position is { Line: >= 0, Character: >= 0 } ? position : throw Error(ErrorCodes.InvalidParams, "'position' with a line and a character (both zero or more) is required");

    private async Task<T> RunAsync<TParams, T>(JsonElement? json, Func<TParams, T> work, CancellationToken cancellationToken)
        where TParams : class
    {
        RequireInitialized();

        // Off the ordered message loop: the next messages (edits, $/cancelRequest) are read meanwhile.
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return work(Read<TParams>(json));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (LocalRpcException)
        {
            throw;
        }
        catch (ArgumentException exception)
        {
            throw Error(ErrorCodes.InvalidParams, exception.Message);
        }
        catch (Exception exception)
        {
            _log.Error("request failed: " + exception);
            throw Error(ErrorCodes.InternalError, "NewsDsl failed on this request: " + exception.Message);
        }
    }

    /// <summary>Request parameters as a protocol record; anything else is InvalidParams with the reason.</summary>
    private static T Read<T>(JsonElement? json)
        where T : class
    {
        if (json is not { ValueKind: JsonValueKind.Object } value)
        {
            throw Error(ErrorCodes.InvalidParams, $"Invalid params: expected an object ({typeof(T).Name})");
        }

        try
        {
            return value.Deserialize<T>(s_json) ?? throw Error(ErrorCodes.InvalidParams, $"Invalid params: expected an object ({typeof(T).Name})");
        }
        catch (JsonException exception)
        {
            throw Error(ErrorCodes.InvalidParams, $"Invalid params ({typeof(T).Name}): {exception.Message}");
        }
    }

    /// <summary>Notification parameters, or null (logged) when they do not fit: a notification has no one to answer.</summary>
    private T? TryRead<T>(JsonElement? json, string method)
        where T : class
    {
        try
        {
            return Read<T>(json);
        }
        catch (LocalRpcException exception)
        {
            _log.Warn($"{method} ignored: {exception.Message}");
            return null;
        }
    }

    private static LocalRpcException Error(int code, string message) => new(message) { ErrorCode = code };
}
