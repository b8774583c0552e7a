using System.Collections.Generic;

namespace NewsDsl.LanguageServer.Protocol;

/// <summary>LSP DiagnosticSeverity: 1 error, 2 warning, 3 information, 4 hint.</summary>
internal static class DiagnosticSeverity
{
    public const int Error = 1;
    public const int Warning = 2;
    public const int Information = 3;
    public const int Hint = 4;
}

internal sealed record CodeDescription(string Href);

internal sealed record DiagnosticRelatedInformation(Location Location, string Message);

internal sealed record Diagnostic(
    Range Range,
    int Severity,
    string Code,
    CodeDescription? CodeDescription,
    string Source,
    string Message,
    IReadOnlyList<DiagnosticRelatedInformation>? RelatedInformation);

internal sealed record PublishDiagnosticsParams(string Uri, int? Version, IReadOnlyList<Diagnostic> Diagnostics);

internal sealed record DocumentDiagnosticParams(TextDocumentIdentifier TextDocument, string? Identifier, string? PreviousResultId);

/// <summary>kind "full".</summary>
internal sealed record FullDocumentDiagnosticReport(string ResultId, IReadOnlyList<Diagnostic> Items)
{
    public string Kind => "full";
}

/// <summary>kind "unchanged".</summary>
internal sealed record UnchangedDocumentDiagnosticReport(string ResultId)
{
    public string Kind => "unchanged";
}

internal sealed record PreviousResultId(string Uri, string Value);

internal sealed record WorkspaceDiagnosticParams(string? Identifier, IReadOnlyList<PreviousResultId>? PreviousResultIds);

internal sealed record WorkspaceFullDocumentDiagnosticReport(string Uri, int? Version, string ResultId, IReadOnlyList<Diagnostic> Items)
{
    public string Kind => "full";
}

internal sealed record WorkspaceUnchangedDocumentDiagnosticReport(string Uri, int? Version, string ResultId)
{
    public string Kind => "unchanged";
}

/// <summary>Items are <see cref="WorkspaceFullDocumentDiagnosticReport"/> or <see cref="WorkspaceUnchangedDocumentDiagnosticReport"/>.</summary>
internal sealed record WorkspaceDiagnosticReport(IReadOnlyList<object> Items);
