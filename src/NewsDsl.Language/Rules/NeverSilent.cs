using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Rules;

/// <summary>
/// Findings that configuration may lower but never hide, because the article loses something for them
/// (its generated class): said at info when their rule is turned off. Decided here once, so the build,
/// <c>check</c>, the editor and the review page all say it.
/// </summary>
internal static class NeverSilent
{
    /// <summary>
    /// The severity of a finding that costs the article its class: the configured one, or info when turned off;
    /// null only when a build's compiler would drop it anyway (<see cref="NewsCheckOptions.SuppressedByCompiler"/>).
    /// </summary>
    public static NewsSeverity? Severity(NewsCheckOptions options, NewsDiagnosticDescriptor descriptor) =>
        Contains(options.SuppressedByCompiler, descriptor.Id) ? null : options.EffectiveSeverity(descriptor) ?? NewsSeverity.Info;

    private static bool Contains(System.Collections.Generic.IReadOnlyCollection<string> ids, string id)
    {
        foreach (var each in ids)
        {
            if (string.Equals(each, id, System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An article without a valid id gets no class. NEWS008 (no id) or NEWS004 (an invalid one) says why;
    /// when configuration turned that rule off, this note says it instead, as info, at the file's start.
    /// </summary>
    public static NewsDiagnostic? WhyNoId(ArticleModel model, NewsCheckOptions options)
    {
        if (model.Metadata.Id is not null)
        {
            return null;
        }

        // An id that is there but invalid is a syntax error (NEWS004); a missing or empty one is NEWS008.
        var invalid = model.Syntax.FrontMatter?.Find("id") is { } entry && entry.Value.Trim().Length > 0;
        var rule = invalid ? SyntaxErrorRule.Rule : MissingFrontMatterRule.Rule;
        if (options.EffectiveSeverity(rule) is not null || Contains(options.SuppressedByCompiler, rule.Id))
        {
            return null;
        }

        var what = invalid ? "its 'id' is not a valid article id" : "its front matter has no 'id'";
        var message = "No class is generated for this article: " + what + " (" + rule.Id + " is turned off in the configuration, so it is said here): give it an id such as 'id: iran-strikes-back'";
        var start = default(LinePosition);
        return new NewsDiagnostic(rule, NewsSeverity.Info, model.Text.Path, new TextSpan(0, 0), start, start, message);
    }
}
