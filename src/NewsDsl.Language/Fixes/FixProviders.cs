using System.Collections.Generic;

namespace NewsDsl.Language.Fixes;

/// <summary>
/// The one registry of fixes: every provider with the IDs it declares, in the order their fixes are offered
/// (a finding's own repairs first, suppressing it last). Adding a fix is adding a line here.
/// </summary>
internal static class FixProviders
{
    public static readonly IReadOnlyList<FixProvider> All = new[]
    {
        new FixProvider(new[] { "NEWS001" }, offersSafeFixes: false, c => UnattributedQuotationFixes.Add(c, SuggestionRanker.Instance)),
        new FixProvider(new[] { "NEWS002" }, offersSafeFixes: false, UndeclaredSourceFixes.Add),
        new FixProvider(new[] { "NEWS003" }, offersSafeFixes: false, UncitedSourceFixes.Add),
        new FixProvider(new[] { "NEWS004" }, offersSafeFixes: true, SyntaxErrorFixes.Add),
        new FixProvider(new[] { "NEWS005" }, offersSafeFixes: false, AnonymousWithoutReasonFixes.Add),
        new FixProvider(new[] { "NEWS009", "NEWS010" }, offersSafeFixes: false, SuppressionDirectiveFixes.Add),
        new FixProvider(new[] { "NEWS100" }, offersSafeFixes: true, HiddenCharacterFixes.Add),
        new FixProvider(new[] { "NEWS108" }, offersSafeFixes: false, SuggestedAttributionFixes.Add),

        // Every ID that can be suppressed: a suppression comment (it re-checks the article, so never safe).
        new FixProvider(new string[0], offersSafeFixes: false, SuppressionFixes.Add),
    };
}
