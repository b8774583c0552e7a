using System;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using NewsDsl.LanguageServer.Features;
using NewsDsl.LanguageServer.Protocol;
using StreamJsonRpc;

namespace NewsDsl.LanguageServer.Handlers;

/// <summary>
/// The language features of one document: completion, hover, definition, references, rename, outline,
/// folding, semantic colouring and code actions. Each runs off the message loop on the document's current
/// snapshot; the work itself is in <c>Features/</c>.
/// </summary>
internal sealed class LanguageFeaturesHandler(ServerSession session)
{
    [JsonRpcMethod("textDocument/completion", UseSingleObjectParameterDeserialization = true)]
    public Task<CompletionList> Completion(JsonElement? json, CancellationToken cancellationToken) =>
        session.RunAsync(
            json,
            (CompletionParams parameters) => CompletionProvider.Complete(session.Snapshot(parameters.TextDocument, cancellationToken), ServerSession.RequirePosition(parameters.Position)),
            cancellationToken);

    [JsonRpcMethod("textDocument/hover", UseSingleObjectParameterDeserialization = true)]
    public Task<Hover?> Hover(JsonElement? json, CancellationToken cancellationToken) =>
        RunAtPositionAsync(json, HoverProvider.Hover, cancellationToken);

    [JsonRpcMethod("textDocument/definition", UseSingleObjectParameterDeserialization = true)]
    public Task<Location[]?> Definition(JsonElement? json, CancellationToken cancellationToken) =>
        RunAtPositionAsync(json, SourceNavigation.Definition, cancellationToken);

    [JsonRpcMethod("textDocument/references", UseSingleObjectParameterDeserialization = true)]
    public Task<Location[]?> References(JsonElement? json, CancellationToken cancellationToken) =>
        session.RunAsync(
            json,
            (ReferenceParams parameters) => SourceNavigation.References(session.Snapshot(parameters.TextDocument, cancellationToken), ServerSession.RequirePosition(parameters.Position), parameters.Context?.IncludeDeclaration ?? true),
            cancellationToken);

    [JsonRpcMethod("textDocument/prepareRename", UseSingleObjectParameterDeserialization = true)]
    public Task<PrepareRenameResult?> PrepareRename(JsonElement? json, CancellationToken cancellationToken) =>
        RunAtPositionAsync(json, SourceNavigation.PrepareRename, cancellationToken);

    [JsonRpcMethod("textDocument/rename", UseSingleObjectParameterDeserialization = true)]
    public Task<WorkspaceEdit?> Rename(JsonElement? json, CancellationToken cancellationToken) =>
        session.RunAsync(
            json,
            (RenameParams parameters) =>
            {
                var snapshot = session.Snapshot(parameters.TextDocument, cancellationToken);
                var outcome = SourceNavigation.Rename(snapshot, ServerSession.RequirePosition(parameters.Position), parameters.NewName);
                return outcome.Error is { } error ? throw ServerSession.Error(ErrorCodes.RequestFailed, error) : outcome.Edit;
            },
            cancellationToken);

    [JsonRpcMethod("textDocument/documentSymbol", UseSingleObjectParameterDeserialization = true)]
    public Task<DocumentSymbol[]> DocumentSymbols(JsonElement? json, CancellationToken cancellationToken) =>
        session.RunAsync(
            json,
            (DocumentSymbolParams parameters) => DocumentSymbolProvider.Build(session.Snapshot(parameters.TextDocument, cancellationToken)), cancellationToken);

    [JsonRpcMethod("textDocument/foldingRange", UseSingleObjectParameterDeserialization = true)]
    public Task<FoldingRange[]> FoldingRanges(JsonElement? json, CancellationToken cancellationToken) =>
        session.RunAsync(
            json,
            (FoldingRangeParams parameters) => FoldingRangeProvider.Build(session.Snapshot(parameters.TextDocument, cancellationToken)), cancellationToken);

    [JsonRpcMethod("textDocument/semanticTokens/full", UseSingleObjectParameterDeserialization = true)]
    public Task<SemanticTokens> SemanticTokensFull(JsonElement? json, CancellationToken cancellationToken) =>
        session.RunAsync(
            json,
            (SemanticTokensParams parameters) => SemanticTokenProvider.Build(session.Snapshot(parameters.TextDocument, cancellationToken)), cancellationToken);

    [JsonRpcMethod("textDocument/codeAction", UseSingleObjectParameterDeserialization = true)]
    public Task<CodeAction[]> CodeActions(JsonElement? json, CancellationToken cancellationToken) =>
        session.RunAsync(
            json,
            (CodeActionParams parameters) => CodeActionProvider.Provide(session.Snapshot(parameters.TextDocument, cancellationToken), parameters.Range, parameters.Context),
            cancellationToken);

    /// <summary>A request on one position of one document (hover, definition, prepareRename).</summary>
    private Task<T> RunAtPositionAsync<T>(JsonElement? json, Func<DocumentSnapshot, Position, T> feature, CancellationToken cancellationToken) =>
        session.RunAsync(
            json,
            (TextDocumentPositionParams parameters) => feature(session.Snapshot(parameters.TextDocument, cancellationToken), ServerSession.RequirePosition(parameters.Position)),
            cancellationToken);
}
