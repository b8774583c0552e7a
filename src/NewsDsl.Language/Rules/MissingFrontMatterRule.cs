using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Rules;

/// <summary>NEWS008: no front matter, or front matter without the required id or headline.</summary>
internal sealed class MissingFrontMatterRule : NewsRule
{
    public static readonly NewsDiagnosticDescriptor Rule = new(
        "NEWS008",
        "Front matter is missing or incomplete",
        "{0}",
        "Structure",
        NewsSeverity.Error,
        "An article starts with front matter between two '---' lines, with at least 'id' and 'headline'.");

    public override NewsDiagnosticDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        var frontMatter = context.Syntax.FrontMatter;
        var at = new TextSpan(0, 0);
        if (frontMatter is null)
        {
            context.Report(Rule, at, "The article has no front matter: start the file with a line '---', then 'id: …' and 'headline: …', then '---'");
            return;
        }

        if (IsMissing(frontMatter.Find("id")))
        {
            context.Report(Rule, at, "The front matter has no 'id': add a line such as 'id: iran-strikes-back'");
        }

        if (IsMissing(frontMatter.Find("headline")))
        {
            context.Report(Rule, at, "The front matter has no 'headline': add a line 'headline: …' with the article's headline");
        }
    }

    // "headline:" with nothing after it lacks a headline just as much as no line at all.
    private static bool IsMissing(FrontMatterEntrySyntax? entry) => entry is null || entry.Value.Trim().Length == 0;
}
