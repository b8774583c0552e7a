using System.Collections.Generic;

namespace NewsDsl.LanguageServer.Protocol;

internal sealed record CodeActionContext(IReadOnlyList<Diagnostic>? Diagnostics, IReadOnlyList<string>? Only);

internal sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext? Context);

internal sealed record CodeAction(string Title, string Kind, IReadOnlyList<Diagnostic>? Diagnostics, bool? IsPreferred, WorkspaceEdit Edit);

internal sealed record CompletionContext(int TriggerKind, string? TriggerCharacter);

internal sealed record CompletionParams(TextDocumentIdentifier TextDocument, Position Position, CompletionContext? Context);

internal sealed record CompletionItem
{
    public required string Label { get; init; }

    public int? Kind { get; init; }

    public string? Detail { get; init; }

    public MarkupContent? Documentation { get; init; }

    public string? SortText { get; init; }

    public string? FilterText { get; init; }

    public TextEdit? TextEdit { get; init; }
}

/// <summary>LSP CompletionItemKind values used here.</summary>
internal static class CompletionItemKind
{
    public const int Text = 1;
    public const int Property = 10;
    public const int Value = 12;
    public const int Enum = 13;
    public const int Keyword = 14;
    public const int EnumMember = 20;
    public const int Reference = 18;
}

internal sealed record CompletionList(bool IsIncomplete, IReadOnlyList<CompletionItem> Items);

internal sealed record Hover(MarkupContent Contents, Range? Range);

internal sealed record ReferenceContext(bool IncludeDeclaration);

internal sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext? Context);

internal sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string NewName);

internal sealed record PrepareRenameResult(Range Range, string Placeholder);

internal sealed record DocumentSymbolParams(TextDocumentIdentifier TextDocument);

/// <summary>LSP SymbolKind values used here.</summary>
internal static class SymbolKind
{
    public const int File = 1;
    public const int Module = 2;
    public const int Namespace = 3;
    public const int Property = 7;
    public const int Field = 8;
    public const int Variable = 13;
    public const int String = 15;
    public const int Key = 20;
}

internal sealed record DocumentSymbol(string Name, string? Detail, int Kind, Range Range, Range SelectionRange, IReadOnlyList<DocumentSymbol>? Children);

internal sealed record WorkspaceSymbolParams(string Query);

internal sealed record SymbolInformation(string Name, int Kind, Location Location, string? ContainerName);

internal sealed record FoldingRangeParams(TextDocumentIdentifier TextDocument);

internal sealed record FoldingRange(int StartLine, int EndLine, string? Kind);

internal sealed record SemanticTokensParams(TextDocumentIdentifier TextDocument);

internal sealed record SemanticTokens(IReadOnlyList<int> Data);
