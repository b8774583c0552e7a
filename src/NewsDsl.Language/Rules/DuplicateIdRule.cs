using NewsDsl.Language.Diagnostics;

namespace NewsDsl.Language.Rules;

/// <summary>NEWS006: a source id declared twice in one article. (An article id used twice in a project is NEWS109.)</summary>
internal sealed class DuplicateIdRule : NewsRule
{
    public static readonly NewsDiagnosticDescriptor Rule = new(
        "NEWS006",
        "Source id is declared twice",
        "Source id '{0}' is already declared on line {1}: give this source another id, or remove one of the declarations",
        "Structure",
        NewsSeverity.Error,
        "Source ids must be unique within an article: a tag must name exactly one source.");

    public override NewsDiagnosticDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        foreach (var duplicate in context.Model.DuplicateDeclarations)
        {
            var first = context.Model.FindSource(duplicate.Id)!;
            var line = context.Text.GetLinePosition(first.Declaration.Span.Start).Line + 1;
            var related = NewsRelatedLocation.In(context.Text, first.Declaration.IdSpan, $"'{first.Id}' is first declared here");
            context.ReportWithRelated(Rule, duplicate.IdSpan, new[] { related }, duplicate.Id, line);
        }
    }
}
