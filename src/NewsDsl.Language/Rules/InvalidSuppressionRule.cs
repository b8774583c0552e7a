using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Syntax;

namespace NewsDsl.Language.Rules;

/// <summary>NEWS009: a suppression comment that gives no reason, names no or an unknown ID, or an ID that cannot be suppressed.</summary>
internal sealed class InvalidSuppressionRule : NewsRule
{
    public static readonly NewsDiagnosticDescriptor Rule = new(
        "NEWS009",
        "Suppression comment is incomplete or names an unknown ID",
        "{0}",
        "Suppression",
        NewsSeverity.Warning,
        "A suppression comment must name NewsDsl diagnostic IDs that can be suppressed and say why after '--', so that the next editor knows why a finding was acknowledged.");

    public override NewsDiagnosticDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        foreach (var directive in context.Syntax.SuppressionDirectives)
        {
            if (directive.Kind == SuppressionDirectiveKind.Unknown)
            {
                var keyword = context.Text.ToString(directive.KeywordSpan);
                context.Report(Rule, directive.KeywordSpan, $"'{MessageText.Excerpt(keyword)}' is not a NewsDsl directive: write newsdsl-disable-next-line, newsdsl-disable or newsdsl-enable");
                continue;
            }

            if (directive.Suppresses && directive.Ids.Count == 0)
            {
                context.Report(Rule, directive.KeywordSpan, "This directive names no diagnostic ID: list the IDs it suppresses, as in '%% newsdsl-disable-next-line NEWS106 -- figure disputed, both reported'");
            }

            foreach (var id in directive.Ids)
            {
                if (Suppressions.WhyNotSuppressible(id.Id) is { } why)
                {
                    context.Report(Rule, id.Span, why);
                }
            }

            if (directive.Suppresses && directive.Reason is null)
            {
                context.Report(Rule, directive.KeywordSpan, "This directive gives no reason: add ' -- ' and why the finding is acknowledged, as in '-- figure disputed, both versions reported'");
            }
        }
    }
}
