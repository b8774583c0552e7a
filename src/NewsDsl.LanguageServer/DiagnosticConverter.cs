using System;
using System.Collections.Generic;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Semantics;
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

    /// <summary>The second place of a finding within the article: NEWS006's first declaration, NEWS106's other figure.</summary>
    public static IReadOnlyList<DiagnosticRelatedInformation>? RelatedWithin(PositionMap document, ArticleModel model, NewsDiagnostic finding)
    {
        if (finding.Id == "NEWS006")
        {
            foreach (var duplicate in model.DuplicateDeclarations)
            {
                if (duplicate.IdSpan == finding.Span && model.FindSource(duplicate.Id) is { } first)
                {
                    return new[] { new DiagnosticRelatedInformation(new Location(document.Uri, document.ToRange(first.Declaration.IdSpan)), $"'{first.Id}' is first declared here") };
                }
            }
        }
        else if (finding.Id == "NEWS106")
        {
            foreach (var group in model.Figures)
            {
                var figures = group.Figures;
                for (var i = 1; i < figures.Count; i++)
                {
                    if (figures[i].Tag.Span != finding.Span || figures[i].Value is not { } value)
                    {
                        continue;
                    }

                    // The same pairing the rule makes: the first earlier figure this one contradicts.
                    for (var j = 0; j < i; j++)
                    {
                        if (figures[j].Value is { } earlier && !value.IsCompatibleWith(earlier))
                        {
                            var who = figures[j].Source?.Name ?? (figures[j].IsOwn ? "the article itself" : "an unknown source");
                            return new[] { new DiagnosticRelatedInformation(new Location(document.Uri, document.ToRange(figures[j].Tag.Span)), $"{who} gives {earlier.Text} about '{group.About}' here") };
                        }
                    }
                }
            }
        }

        return null;
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
