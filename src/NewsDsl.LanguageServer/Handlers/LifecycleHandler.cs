using System;
using System.Collections.Generic;
using System.Text.Json;
using NewsDsl.LanguageServer.Features;
using NewsDsl.LanguageServer.Protocol;
using StreamJsonRpc;

namespace NewsDsl.LanguageServer.Handlers;

/// <summary>The lifecycle: <c>initialize</c> (capabilities, folders, client options), <c>initialized</c> (the workspace scan), <c>shutdown</c>, <c>exit</c>.</summary>
internal sealed class LifecycleHandler(ServerSession session)
{
    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    public InitializeResult Initialize(JsonElement? json)
    {
        if (session.State != ServerState.Created)
        {
            throw ServerSession.Error(ErrorCodes.InvalidRequest, "initialize may be sent only once");
        }

        var parameters = ServerSession.Read<InitializeParams>(json);
        ReadInitializationOptions(parameters.InitializationOptions);
        foreach (var folder in FoldersOf(parameters))
        {
            session.Workspace.AddFolder(folder);
        }

        session.State = ServerState.Initialized;
        session.Log.Info($"initialized: folders {string.Join(", ", session.Workspace.Folders)}; push {session.Push}, pull {session.Pull}, delay {session.DelayMilliseconds} ms");
        return new InitializeResult(Capabilities(session.Pull), new ServerInfo("newsdsl", session.Version));
    }

    [JsonRpcMethod("initialized", UseSingleObjectParameterDeserialization = true)]
    public void Initialized(JsonElement? parameters)
    {
        if (session.State != ServerState.Initialized)
        {
            return;
        }

        session.WorkspaceScan = session.Workspace.ScanInBackground(session.RecheckOpenDocuments, session.Lifetime.Token);
    }

    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        session.RequireInitialized();
        session.State = ServerState.ShutDown;
        session.Lifetime.Cancel();
        return null;
    }

    [JsonRpcMethod("exit")]
    public void Exit()
    {
        session.Lifetime.Cancel();
        session.End(session.State == ServerState.ShutDown ? 0 : 1);
    }

    [JsonRpcMethod("$/setTrace", UseSingleObjectParameterDeserialization = true)]
    public void SetTrace(JsonElement? parameters)
    {
        // Logs go to standard error at the level given on the command line (--verbose).
    }

    internal static ServerCapabilities Capabilities(bool pull) => new()
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
        DiagnosticProvider = pull ? new DiagnosticOptions("newsdsl", InterFileDependencies: true, WorkspaceDiagnostics: true) : null,
        Workspace = new WorkspaceServerCapabilities(new WorkspaceFoldersServerCapabilities(Supported: true, ChangeNotifications: true)),
    };

    private void ReadInitializationOptions(JsonElement? options)
    {
        if (options is not { ValueKind: JsonValueKind.Object } value)
        {
            return;
        }

        if (value.TryGetProperty("diagnosticMode", out var mode) && mode.ValueKind == JsonValueKind.String)
        {
            (session.Push, session.Pull) = mode.ValueEquals("push") ? (true, false) : mode.ValueEquals("pull") ? (false, true) : (true, true);
        }

        if (value.TryGetProperty("diagnosticDelayMs", out var delay) && delay.ValueKind == JsonValueKind.Number && delay.TryGetInt32(out var ms))
        {
            session.DelayMilliseconds = Math.Clamp(ms, 0, 5000);
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
}
