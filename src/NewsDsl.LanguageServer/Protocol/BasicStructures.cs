using System.Collections.Generic;

namespace NewsDsl.LanguageServer.Protocol;

// The LSP 3.17 "basic JSON structures", named as the specification names them. Serialized with
// System.Text.Json in camelCase, nulls omitted (LspJson.Options).

/// <summary>A zero-based line and UTF-16 character offset.</summary>
internal sealed record Position(int Line, int Character);

internal sealed record Range(Position Start, Position End);

internal sealed record Location(string Uri, Range Range);

internal sealed record TextDocumentIdentifier(string Uri);

internal sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

internal sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

internal sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

internal sealed record TextEdit(Range Range, string NewText);

/// <summary>Edits by document URI; the server never asks the client to run commands.</summary>
internal sealed record WorkspaceEdit(IReadOnlyDictionary<string, IReadOnlyList<TextEdit>> Changes);

internal sealed record MarkupContent(string Kind, string Value)
{
    public static MarkupContent Markdown(string value) => new("markdown", value);
}

internal sealed record WorkspaceFolder(string Uri, string Name);
