using System.Collections.Generic;
using System.Text.Json;

namespace NewsDsl.LanguageServer.Protocol;

internal sealed record InitializeParams(
    int? ProcessId,
    string? RootUri,
    string? RootPath,
    IReadOnlyList<WorkspaceFolder>? WorkspaceFolders,
    JsonElement? Capabilities,
    JsonElement? InitializationOptions);

internal sealed record ServerInfo(string Name, string? Version);

internal sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

internal sealed record TextDocumentSyncOptions(bool OpenClose, int Change, SaveOptions? Save);

internal sealed record SaveOptions(bool IncludeText);

internal sealed record CompletionOptions(IReadOnlyList<string> TriggerCharacters, bool ResolveProvider);

internal sealed record CodeActionOptions(IReadOnlyList<string> CodeActionKinds, bool ResolveProvider);

internal sealed record RenameOptions(bool PrepareProvider);

internal sealed record DiagnosticOptions(string Identifier, bool InterFileDependencies, bool WorkspaceDiagnostics);

internal sealed record SemanticTokensLegend(IReadOnlyList<string> TokenTypes, IReadOnlyList<string> TokenModifiers);

internal sealed record SemanticTokensOptions(SemanticTokensLegend Legend, bool Full, bool Range);

internal sealed record WorkspaceFoldersServerCapabilities(bool Supported, bool ChangeNotifications);

internal sealed record WorkspaceServerCapabilities(WorkspaceFoldersServerCapabilities WorkspaceFolders);

internal sealed record ServerCapabilities
{
    public string PositionEncoding { get; init; } = "utf-16";

    public required TextDocumentSyncOptions TextDocumentSync { get; init; }

    public CompletionOptions? CompletionProvider { get; init; }

    public bool HoverProvider { get; init; }

    public bool DefinitionProvider { get; init; }

    public bool ReferencesProvider { get; init; }

    public RenameOptions? RenameProvider { get; init; }

    public bool DocumentSymbolProvider { get; init; }

    public bool WorkspaceSymbolProvider { get; init; }

    public bool FoldingRangeProvider { get; init; }

    public SemanticTokensOptions? SemanticTokensProvider { get; init; }

    public CodeActionOptions? CodeActionProvider { get; init; }

    public DiagnosticOptions? DiagnosticProvider { get; init; }

    public WorkspaceServerCapabilities? Workspace { get; init; }
}
