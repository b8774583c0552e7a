using System.Text.Json;
using NewsDsl.LanguageServer.Protocol;
using StreamJsonRpc;

namespace NewsDsl.LanguageServer.Handlers;

/// <summary>
/// Text synchronisation: <c>didOpen</c>, <c>didChange</c> (incremental, applied in place), <c>didClose</c>,
/// <c>didSave</c>. Each edit schedules a check of its document; the check runs off the message loop.
/// </summary>
internal sealed class TextSyncHandler(ServerSession session)
{
    [JsonRpcMethod("textDocument/didOpen", UseSingleObjectParameterDeserialization = true)]
    public void DidOpen(JsonElement? json) => session.Notify<DidOpenTextDocumentParams>(json, "didOpen", parameters =>
    {
        if (parameters.TextDocument is not { Uri: not null, Text: not null } item)
        {
            session.Log.Warn("didOpen ignored: 'textDocument' needs 'uri' and 'text'");
            return;
        }

        // Opened again without a close: the earlier copy stops checking and publishing.
        if (session.Documents.Close(item.Uri) is { } earlier)
        {
            session.Log.Warn($"didOpen for a document that is already open: {item.Uri}; the new text replaces it");
            session.RecheckOthersUsing(earlier, earlier.Latest?.Identity?.Id);
        }

        var document = session.Documents.Open(item.Uri, item.Text, item.Version);
        document.IdentityChanged = (changed, before, after) =>
        {
            session.RecheckOthersUsing(changed, before);
            session.RecheckOthersUsing(changed, after);
        };
        session.Schedule(document);
    });

    [JsonRpcMethod("textDocument/didChange", UseSingleObjectParameterDeserialization = true)]
    public void DidChange(JsonElement? json) => session.Notify<DidChangeTextDocumentParams>(json, "didChange", parameters =>
    {
        if (parameters.TextDocument?.Uri is not { } uri || parameters.ContentChanges is null)
        {
            session.Log.Warn("didChange ignored: it needs 'textDocument.uri' and 'contentChanges'");
            return;
        }

        if (session.Documents.Find(uri) is not { } document)
        {
            session.Log.Warn($"didChange for a document that is not open: {uri}");
            return;
        }

        document.ApplyChanges(parameters.TextDocument.Version, parameters.ContentChanges);
        session.Schedule(document);
    });

    [JsonRpcMethod("textDocument/didClose", UseSingleObjectParameterDeserialization = true)]
    public void DidClose(JsonElement? json) => session.Notify<DidCloseTextDocumentParams>(json, "didClose", parameters =>
    {
        if (parameters.TextDocument?.Uri is not { } uri || session.Documents.Close(uri) is not { } document)
        {
            return;
        }

        if (document.FullPath is { } path)
        {
            // The file on disk counts again for the project check.
            session.Workspace.Refresh(path);
        }

        _ = session.PublishClearedAsync(document);
        session.RecheckOthersUsing(document, document.Latest?.Identity?.Id);
    });

    [JsonRpcMethod("textDocument/didSave", UseSingleObjectParameterDeserialization = true)]
    public void DidSave(JsonElement? json)
    {
        // The open text is what is checked; saving changes nothing the server does not know.
    }
}
