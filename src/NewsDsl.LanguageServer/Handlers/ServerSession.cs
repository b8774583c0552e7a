using System;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using NewsDsl.LanguageServer.Protocol;
using StreamJsonRpc;

namespace NewsDsl.LanguageServer.Handlers;

/// <summary>
/// What the handlers share: the open documents, the workspace, the options, where the server is in its
/// lifecycle and the client's choices, and the plumbing every handler uses (reading parameters, running a
/// request off the message loop, answering errors). One per connection.
/// </summary>
/// <remarks>
/// Notifications that change state (didOpen/didChange/didClose) run in arrival order (the connection's
/// synchronisation context is order-preserving and they never yield); requests move off the message loop
/// at once (<see cref="RunAsync{TParams, T}"/>), so a long one neither blocks edits nor its own
/// <c>$/cancelRequest</c>.
/// </remarks>
internal sealed class ServerSession
{
    private static readonly JsonSerializerOptions s_json = LspJson.Configure(new JsonSerializerOptions());

    private readonly TaskCompletionSource<int> _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile ServerState _state = ServerState.Created;
    private JsonRpc? _rpc;

    public ServerSession(LanguageServerOptions options, ServerLog log)
    {
        Log = log;
        Version = options.Version ?? "0.0.0";
        Workspace = new WorkspaceIndex(log, options.EnumerateNewsFiles, options.ReadArticleFile);
        Options = new CheckOptionsCache(options.CheckOptionsFor, log);
        Analyzer = new DocumentAnalyzer(Workspace, Documents, Options);
    }

    public ServerLog Log { get; }

    public string Version { get; }

    public DocumentStore Documents { get; } = new();

    public WorkspaceIndex Workspace { get; }

    public CheckOptionsCache Options { get; }

    public DocumentAnalyzer Analyzer { get; }

    /// <summary>Cancelled at <c>shutdown</c> or <c>exit</c>: background work stops.</summary>
    public CancellationTokenSource Lifetime { get; } = new();

    /// <summary>Completes with the process exit code when <c>exit</c> arrives: 0 after <c>shutdown</c>, else 1.</summary>
    public Task<int> Exit => _exit.Task;

    public ServerState State
    {
        get => _state;
        set => _state = value;
    }

    public bool IsShutDown => _state == ServerState.ShutDown;

    /// <summary>Push diagnostics (publishDiagnostics); from <c>initializationOptions.diagnosticMode</c>.</summary>
    public bool Push { get; set; } = true;

    /// <summary>Offer pull diagnostics (textDocument/diagnostic, workspace/diagnostic).</summary>
    public bool Pull { get; set; } = true;

    /// <summary>A quiet period before each check (<c>initializationOptions.diagnosticDelayMs</c>).</summary>
    public int DelayMilliseconds { get; set; }

    /// <summary>Finishes when the start-up scan of the workspace folders has (for tests and benchmarks).</summary>
    public Task WorkspaceScan { get; set; } = Task.CompletedTask;

    public bool AcceptsNotifications => _state == ServerState.Initialized;

    public void Attach(JsonRpc rpc) => _rpc = rpc;

    public void End(int exitCode) => _exit.TrySetResult(exitCode);

    /// <summary>Publishes a snapshot's diagnostics to the client; null when the client pulls instead.</summary>
    public Func<DocumentSnapshot, Task>? PushPublisher => Push && _rpc is { } rpc
        ? snapshot => rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(snapshot.Uri, snapshot.Version, snapshot.Diagnostics))
        : null;

    /// <summary>Tells the client a document has no diagnostics any more (it was closed).</summary>
    public Task PublishClearedAsync(OpenDocument document) =>
        Push && _rpc is { } rpc
            ? document.PublishClearedAsync(() => rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(document.Uri, null, Array.Empty<Diagnostic>())), Log)
            : Task.CompletedTask;

    public void Schedule(OpenDocument document) => document.ScheduleCheck(Analyzer, PushPublisher, DelayMilliseconds, Log);

    public void RecheckOpenDocuments()
    {
        foreach (var document in Documents.All)
        {
            Schedule(document);
        }
    }

    /// <summary>An article id appeared or went away in one document: the other open articles with that id may gain or lose NEWS109.</summary>
    public void RecheckOthersUsing(OpenDocument changed, string? id)
    {
        if (id is null)
        {
            return;
        }

        foreach (var document in Documents.All)
        {
            if (!ReferenceEquals(document, changed) && document.Latest?.Identity?.Id == id)
            {
                Schedule(document);
            }
        }
    }

    public void RequireInitialized()
    {
        switch (_state)
        {
            case ServerState.Created:
                throw Error(ErrorCodes.ServerNotInitialized, "The server is not initialized: send 'initialize' first");
            case ServerState.ShutDown:
                throw Error(ErrorCodes.InvalidRequest, "The server is shut down: only 'exit' is accepted");
        }
    }

    /// <summary>The checked snapshot of an open document's current text (checked now if the background check has not yet).</summary>
    public DocumentSnapshot Snapshot(TextDocumentIdentifier? document, CancellationToken cancellationToken)
    {
        if (document?.Uri is not { } uri)
        {
            throw Error(ErrorCodes.InvalidParams, "'textDocument.uri' is required");
        }

        var open = Documents.Find(uri) ?? throw Error(ErrorCodes.InvalidParams, $"The document is not open: {uri}. Send textDocument/didOpen first.");
        return open.GetCurrent(Analyzer, cancellationToken);
    }

    public static Position RequirePosition(Position? position) =>
        position is { Line: >= 0, Character: >= 0 } ? position : throw Error(ErrorCodes.InvalidParams, "'position' with a line and a character (both zero or more) is required");

    /// <summary>Runs a request off the ordered message loop; every failure becomes an error response, never a dropped connection.</summary>
    public async Task<T> RunAsync<TParams, T>(JsonElement? json, Func<TParams, T> work, CancellationToken cancellationToken)
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
            Log.Error("request failed: " + exception);
            throw Error(ErrorCodes.InternalError, "NewsDsl failed on this request: " + exception.Message);
        }
    }

    /// <summary>
    /// Runs a notification: a notification has no one to answer, so parameters that do not fit and any failure
    /// are logged and the notification is dropped; nothing a client sends ends the connection.
    /// </summary>
    public void Notify<TParams>(JsonElement? json, string method, Action<TParams> work)
        where TParams : class
    {
        if (!AcceptsNotifications)
        {
            return;
        }

        try
        {
            work(Read<TParams>(json));
        }
        catch (LocalRpcException exception)
        {
            Log.Warn($"{method} ignored: {exception.Message}");
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            Log.Warn($"{method} ignored: {exception.GetType().Name}: {exception.Message}");
        }
    }

    /// <summary>Request parameters as a protocol record; anything else is InvalidParams with the reason.</summary>
    public static T Read<T>(JsonElement? json)
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
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or NotSupportedException or FormatException or OverflowException)
        {
            throw Error(ErrorCodes.InvalidParams, $"Invalid params ({typeof(T).Name}): {exception.Message}");
        }
    }

    public static LocalRpcException Error(int code, string message) => new(message) { ErrorCode = code };
}
