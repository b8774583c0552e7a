using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Rules;

/// <summary>
/// NEWS107: every attribution cites the same source, or only anonymous ones. Not wrong in itself,
/// but editors want to know before a story runs on one voice.
/// </summary>
internal sealed class SingleSourceStoryRule : NewsRule
{
    public static readonly NewsDiagnosticDescriptor Rule = new(
        "NEWS107",
        "Story rests on a single source",
        "{0}: seek a second, independent source, or make the reliance on one source clear to readers",
        "Sources",
        NewsSeverity.Info,
        "Reuters and the BBC ask for corroboration; a story that cites one source, or only anonymous ones, needs an editor's attention.");

    public override NewsDiagnosticDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        var cited = context.Model.CitedSources;
        if (cited.Count == 0)
        {
            return;
        }

        string? finding = null;
        if (cited.Count == 1)
        {
            finding = $"Every attribution in the story cites '{cited[0].Id}' ({cited[0].Name})";
        }
        else
        {
            var allAnonymous = true;
            foreach (var source in cited)
            {
                allAnonymous &= source.Kind == SourceKind.Anonymous;
            }

            if (allAnonymous)
            {
                finding = $"All {cited.Count} sources the story cites are anonymous";
            }
        }

        if (finding is not null)
        {
            var headline = context.Syntax.FrontMatter?.Find("headline");
            context.Report(Rule, headline?.ValueSpan ?? new TextSpan(0, 0), finding);
        }
    }
}
