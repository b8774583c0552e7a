using System.Collections.Generic;

namespace NewsDsl.LanguageServer.Protocol;

internal sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

/// <summary>A whole-document replacement when <see cref="Range"/> is null, else an incremental edit.</summary>
internal sealed record TextDocumentContentChangeEvent(Range? Range, string Text);

internal sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, IReadOnlyList<TextDocumentContentChangeEvent> ContentChanges);

internal sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

internal sealed record DidSaveTextDocumentParams(TextDocumentIdentifier TextDocument, string? Text);

/// <summary>A file event: <see cref="Type"/> is 1 created, 2 changed, 3 deleted.</summary>
internal sealed record FileEvent(string Uri, int Type);

internal sealed record DidChangeWatchedFilesParams(IReadOnlyList<FileEvent> Changes);

internal sealed record WorkspaceFoldersChangeEvent(IReadOnlyList<WorkspaceFolder> Added, IReadOnlyList<WorkspaceFolder> Removed);

internal sealed record DidChangeWorkspaceFoldersParams(WorkspaceFoldersChangeEvent Event);
