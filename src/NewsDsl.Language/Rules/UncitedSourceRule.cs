using NewsDsl.Language.Diagnostics;

namespace NewsDsl.Language.Rules;

/// <summary>NEWS003: a declared source that nothing cites (often a typo in a tag, or a cut paragraph).</summary>
internal sealed class UncitedSourceRule : NewsRule
{
    public static readonly NewsDiagnosticDescriptor Rule = new(
        "NEWS003",
        "Source is never cited",
        "Source '{0}' is declared but never cited: tag a quotation or claim with {{@{0}}}, or remove the declaration",
        "Sources",
        NewsSeverity.Warning,
        "A declared source that no tag cites usually means a lost attribution or a leftover declaration.");

    public override NewsDiagnosticDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        foreach (var source in context.Model.Sources)
        {
            if (!context.Model.IsCited(source))
            {
                context.Report(Rule, source.Declaration.IdSpan, source.Id);
            }
        }
    }
}
