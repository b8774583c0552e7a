using NewsDsl.Language.Diagnostics;

namespace NewsDsl.Language.Rules;

/// <summary>NEWS108: an attribution written <c>{@id?}</c>, which still awaits an editor's confirmation.</summary>
internal sealed class SuggestedAttributionRule : NewsRule
{
    public static readonly NewsDiagnosticDescriptor Rule = new(
        "NEWS108",
        "Attribution is only suggested",
        "The attribution to '{0}' is a suggestion awaiting an editor's confirmation: check that these are its words, then remove the '?' to confirm it",
        "Attribution",
        NewsSeverity.Info,
        "A tag written {@id?} (by an importer or a colleague) counts as an attribution but is marked suggested everywhere until an editor removes the '?'.");

    public override NewsDiagnosticDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        foreach (var citation in context.Model.Citations)
        {
            if (citation.TagView.SuggestionMark is { } mark)
            {
                context.Report(Rule, mark, citation.TagView.SourceId);
            }
        }
    }
}
