using System;
using System.Collections.Generic;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Text;
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

    /// <summary>
    /// Every finding of a version as LSP diagnostics, in the same order. A finding whose LSP form is that of a finding
    /// of the previous version (<paramref name="previousFindings"/>, converted to <paramref name="previousDiagnostics"/>
    /// in the same document) gets that very object: same ID, severity, message, range and related places. A keystroke
    /// changes a few findings; the others only moved in offset (lines and columns are what LSP sends), so the
    /// hundreds of diagnostics of a large article are not made (and, see <see cref="DiagnosticJsonConverter"/>,
    /// serialized) again.
    /// </summary>
    public static List<Diagnostic> ConvertAll(
        PositionMap document,
        IReadOnlyList<NewsDiagnostic> findings,
        WorkspaceArticle? firstWithSameId,
        IReadOnlyList<NewsDiagnostic>? previousFindings,
        IReadOnlyList<Diagnostic>? previousDiagnostics)
    {
        var diagnostics = new List<Diagnostic>(findings.Count);
        var previousCount = previousFindings is not null && previousDiagnostics is not null && previousDiagnostics.Count == previousFindings.Count ? previousFindings.Count : 0;
        var p = 0;
        foreach (var finding in findings)
        {
            // Both lists are in position order: a cursor finds the previous findings at the same start.
            Diagnostic? same = null;
            while (p < previousCount && Compare(previousFindings![p].Start, finding.Start) < 0)
            {
                p++;
            }

            for (var k = p; k < previousCount && previousFindings![k].Start == finding.Start; k++)
            {
                if (SameForm(document, previousFindings[k], previousDiagnostics![k], finding))
                {
                    same = previousDiagnostics[k];
                    break;
                }
            }

            diagnostics.Add(same ?? Convert(document, finding, Related(document, finding, firstWithSameId)));
        }

        return diagnostics;
    }

    // Same LSP form: what Convert and Related make of the finding equals the previous diagnostic. The related places
    // must be in this document (another's are found anew); theirs are compared as the new text places them.
    private static bool SameForm(PositionMap document, NewsDiagnostic previous, Diagnostic converted, NewsDiagnostic finding)
    {
        if (!ReferenceEquals(previous.Descriptor, finding.Descriptor) || previous.Severity != finding.Severity
            || previous.End != finding.End || !string.Equals(previous.Message, finding.Message, StringComparison.Ordinal))
        {
            return false;
        }

        var locations = finding.AdditionalLocations;
        var related = converted.RelatedInformation;
        if (locations.Count == 0 || related is null)
        {
            return locations.Count == 0 && related is null;
        }

        if (locations.Count != related.Count)
        {
            return false;
        }

        for (var i = 0; i < locations.Count; i++)
        {
            var location = locations[i];
            var was = related[i];
            if (!string.Equals(location.Path, document.Text.Path, StringComparison.Ordinal)
                || !string.Equals(location.Message, was.Message, StringComparison.Ordinal)
                || !string.Equals(was.Location.Uri, document.Uri, StringComparison.Ordinal)
                || !document.Places(location.Span, was.Location.Range))
            {
                return false;
            }
        }

        return true;
    }

    private static int Compare(LinePosition a, LinePosition b) =>
        a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Character.CompareTo(b.Character);

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
