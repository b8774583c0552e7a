using System;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Semantics;

namespace NewsDsl.Language.Rules;

/// <summary>NEWS002: a tag names a source the article never declares.</summary>
internal sealed class UndeclaredSourceRule : NewsRule
{
    public static readonly NewsDiagnosticDescriptor Rule = new(
        "NEWS002",
        "Tag names an undeclared source",
        "'{0}' is not a declared source{1}: declare it with '@source {0} <kind> name=\"…\"' or correct the id",
        "Attribution",
        NewsSeverity.Error,
        "A tag or attributed span must name a source declared with @source in the same article.");

    public override NewsDiagnosticDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        foreach (var citation in context.Model.Citations)
        {
            if (citation.Source is null && citation.TagView.SourceId is { } id)
            {
                var suggestion = ClosestSource(id, context.Model);
                context.Report(Rule, citation.TagView.AtSign, id, suggestion is null ? string.Empty : $" (did you mean '{suggestion.Id}'?)");
            }
        }
    }

    /// <summary>
    /// The declared source within two edits of a typo (the first of the nearest). The NEWS002 fix offers the
    /// same one the message names, so both use this.
    /// </summary>
    internal static SourceSymbol? ClosestSource(string id, ArticleModel model)
    {
        SourceSymbol? best = null;
        var bestDistance = 3;
        foreach (var source in model.Sources)
        {
            var distance = EditDistance(id, source.Id, bestDistance);
            if (distance < bestDistance)
            {
                best = source;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static int EditDistance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) >= limit || a.Length > 64 || b.Length > 64)
        {
            return limit;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
