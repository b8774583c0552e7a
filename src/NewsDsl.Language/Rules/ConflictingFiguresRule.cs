using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Semantics;

namespace NewsDsl.Language.Rules;

/// <summary>
/// NEWS106: two figures about the same thing that cannot both be true — sources that disagree, or the
/// article's own statement (<c>{own …}</c>) against a source's. The story may report both, but it must say so.
/// </summary>
internal sealed class ConflictingFiguresRule : NewsRule
{
    public static readonly NewsDiagnosticDescriptor Rule = new(
        "NEWS106",
        "Figures about the same thing disagree",
        "Figures about '{0}' disagree: {1} gives {2} here, but {3} gives {4} on line {5}: check both, and tell readers which is disputed",
        "Accuracy",
        NewsSeverity.Warning,
        "BBC accuracy guidelines: conflicting figures must be reconciled or presented as conflicting, never left side by side unremarked.");

    public override NewsDiagnosticDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        foreach (var group in context.Model.Figures)
        {
            var figures = group.Figures;
            for (var i = 1; i < figures.Count; i++)
            {
                if (group.FirstContradictedBefore(i) is not { } earlier)
                {
                    continue;
                }

                var related = NewsRelatedLocation.In(context.Text, earlier.TagView.Span, $"{Who(earlier)} gives {earlier.Value?.Text} about '{group.About}' here");
                context.ReportWithRelated(
                    Rule,
                    figures[i].TagView.Span,
                    new[] { related },
                    group.About,
                    Who(figures[i]),
                    figures[i].Value?.Text,
                    Who(earlier),
                    earlier.Value?.Text,
                    earlier.Start.Line + 1);
            }
        }
    }

    /// <summary>Who the message says states <paramref name="figure"/> (a recheck compares it to reuse findings).</summary>
    internal static string Who(Figure figure) => figure.Source is { } source ? source.Name : figure.IsOwn ? "the article itself" : "an unknown source";
}
