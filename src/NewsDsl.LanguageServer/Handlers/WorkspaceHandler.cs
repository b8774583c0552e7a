using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using NewsDsl.LanguageServer.Features;
using NewsDsl.LanguageServer.Protocol;
using StreamJsonRpc;

namespace NewsDsl.LanguageServer.Handlers;

/// <summary>
/// The workspace: files changed on disk (articles, and the <c>.editorconfig</c>/<c>.globalconfig</c> files
/// severities come from), folders added and removed, settings, and articles by id or headline.
/// </summary>
internal sealed class WorkspaceHandler(ServerSession session)
{
    /// <summary>The configuration files severities are read from (the resolver <c>newsdsl check</c> uses reads both).</summary>
    private static readonly string[] s_configurationFiles = { ".editorconfig", ".globalconfig" };

    [JsonRpcMethod("workspace/didChangeWatchedFiles", UseSingleObjectParameterDeserialization = true)]
    public void DidChangeWatchedFiles(JsonElement? json) => session.Notify<DidChangeWatchedFilesParams>(json, "didChangeWatchedFiles", parameters =>
    {
        var recheck = false;
        foreach (var change in parameters.Changes ?? Array.Empty<FileEvent>())
        {
            if (change?.Uri is null || DocumentUri.ToPath(change.Uri) is not { } path)
            {
                continue;
            }

            if (IsConfigurationFile(path))
            {
                // Severities of every open article may change: resolve them again.
                session.Options.Clear();
                recheck = true;
            }
            else if (path.EndsWith(".news", StringComparison.OrdinalIgnoreCase) && session.Documents.FindByPath(path) is null)
            {
                session.Workspace.Refresh(path);
                recheck = true;
            }
        }

        if (recheck)
        {
            session.RecheckOpenDocuments();
        }
    });

    [JsonRpcMethod("workspace/didChangeWorkspaceFolders", UseSingleObjectParameterDeserialization = true)]
    public void DidChangeWorkspaceFolders(JsonElement? json) => session.Notify<DidChangeWorkspaceFoldersParams>(json, "didChangeWorkspaceFolders", parameters =>
    {
        if (parameters.Event is null)
        {
            return;
        }

        foreach (var removed in parameters.Event.Removed ?? Array.Empty<WorkspaceFolder>())
        {
            if (removed?.Uri is not null && DocumentUri.ToPath(removed.Uri) is { } path)
            {
                session.Workspace.RemoveFolder(path);
            }
        }

        var added = new List<string>();
        foreach (var folder in parameters.Event.Added ?? Array.Empty<WorkspaceFolder>())
        {
            if (folder?.Uri is not null && DocumentUri.ToPath(folder.Uri) is { } path)
            {
                session.Workspace.AddFolder(path);
                added.Add(path);
            }
        }

        var token = session.Lifetime.Token;
        _ = Task.Run(
            () =>
            {
                try
                {
                    session.Workspace.ScanFolders(added, token);
                    session.RecheckOpenDocuments();
                }
                catch (OperationCanceledException)
                {
                }
                catch (Exception exception)
                {
                    session.Log.Error("scanning added workspace folders failed: " + exception);
                }
            },
            token);
    });

    [JsonRpcMethod("workspace/didChangeConfiguration", UseSingleObjectParameterDeserialization = true)]
    public void DidChangeConfiguration(JsonElement? parameters)
    {
        // Severities come from .editorconfig and .globalconfig files, not from client settings.
    }

    [JsonRpcMethod("workspace/symbol", UseSingleObjectParameterDeserialization = true)]
    public Task<SymbolInformation[]> WorkspaceSymbols(JsonElement? json, CancellationToken cancellationToken) =>
        session.RunAsync(
            json,
            (WorkspaceSymbolParams parameters) => WorkspaceSymbolProvider.Search(parameters.Query ?? string.Empty, session.Analyzer.ArticlesExcept(null), session.Documents, cancellationToken),
            cancellationToken);

    private static bool IsConfigurationFile(string path)
    {
        var name = Path.GetFileName(path);
        foreach (var configuration in s_configurationFiles)
        {
            if (name.Equals(configuration, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
