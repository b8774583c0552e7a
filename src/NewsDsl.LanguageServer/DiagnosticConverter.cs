using System;
using System.Collections.Generic;
using NewsDsl.Language.Diagnostics;
using NewsDsl.LanguageServer.Protocol;

namespace NewsDsl.LanguageServer;

/// <summary>NewsDsl findings as LSP diagnostics: same ID (code), range, message and severity; the help page as codeDescription.</summary>
internal static class DiagnosticConverter
{
    public const string SourceName = "newsdsl";

    public static Diagnostic Convert(PositionMap document, NewsDiagnostic finding, IReadOnlyList<DiagnosticRelatedInformation>? related) =>
        new(
            document.ToRange(finding.Start, finding.End),
            ToLspSeverity(finding.Severity),
            finding.Id,
            new CodeDescription(finding.Descriptor.HelpLink),
            SourceName,
            finding.Message,
            related);

    public static int ToLspSeverity(NewsSeverity severity) => severity switch
    {
        NewsSeverity.Error => DiagnosticSeverity.Error,
        NewsSeverity.Warning => DiagnosticSeverity.Warning,
        NewsSeverity.Info => DiagnosticSeverity.Information,
        _ => DiagnosticSeverity.Hint,
    };

    /// <summary>
    /// A finding's additional locations (its rule filled them: NEWS006's first declaration, NEWS106's other
    /// figure, NEWS109's first article) as related information: in this document, or in
    /// <paramref name="firstWithSameId"/> (the other article a project finding names).
    /// </summary>
    public static IReadOnlyList<DiagnosticRelatedInformation>? Related(PositionMap document, NewsDiagnostic finding, WorkspaceArticle? firstWithSameId)
    {
        if (finding.AdditionalLocations.Count == 0)
        {
            return null;
        }

        var related = new List<DiagnosticRelatedInformation>(finding.AdditionalLocations.Count);
        foreach (var location in finding.AdditionalLocations)
        {
            if (string.Equals(location.Path, document.Text.Path, StringComparison.Ordinal))
            {
                related.Add(new DiagnosticRelatedInformation(new Location(document.Uri, document.ToRange(location.Span)), location.Message));
            }
            else if (firstWithSameId is not null && string.Equals(location.Path, firstWithSameId.Identity?.Path, StringComparison.Ordinal))
            {
                // Positions of another document: UTF-16 line and character, as the core counts them.
                var range = new Protocol.Range(new Position(location.Start.Line, location.Start.Character), new Position(location.End.Line, location.End.Character));
                related.Add(new DiagnosticRelatedInformation(new Location(firstWithSameId.Uri, range), location.Message));
            }
        }

        return related.Count == 0 ? null : related;
    }

    public static string ResultId(IReadOnlyList<Diagnostic> diagnostics)
    {
        var hash = default(HashCode);
        foreach (var diagnostic in diagnostics)
        {
            hash.Add(diagnostic.Code, StringComparer.Ordinal);
            hash.Add(diagnostic.Severity);
            hash.Add(diagnostic.Range);
            hash.Add(diagnostic.Message, StringComparer.Ordinal);
        }

        return diagnostics.Count + "-" + hash.ToHashCode().ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
    }
}
