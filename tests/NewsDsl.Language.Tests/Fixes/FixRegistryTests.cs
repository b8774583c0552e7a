using NewsDsl.Language.Fixes;
using NewsDsl.Language.Rules;
using NewsDsl.Language.Text;
using Xunit;

namespace NewsDsl.Language.Tests.Fixes;

/// <summary>One registry of fixes: providers declare the IDs they fix; fix-all asks only those that can be safe.</summary>
public sealed class FixRegistryTests
{
    [Fact]
    public void The_declared_fixable_ids_are_rules_of_the_language()
    {
        Assert.Equal(new[] { "NEWS001", "NEWS002", "NEWS003", "NEWS004", "NEWS005", "NEWS009", "NEWS010", "NEWS100", "NEWS108" }, NewsFixes.FixableDiagnosticIds);
        Assert.All(NewsFixes.FixableDiagnosticIds, id => Assert.NotNull(NewsRules.Find(id)));
    }

    [Fact]
    public void A_finding_of_an_id_no_provider_declares_is_offered_only_its_suppression()
    {
        // NEWS105 (a loaded attribution verb) has no repair of its own.
        var result = NewsChecker.Check(NewsText.From("---\nid: a\nheadline: h\n---\n@source z person name=\"Z\"\n\n“Hi,”{@z cue=\"admitted\"} he admitted.\n", "a.news"));
        var finding = Assert.Single(result.Diagnostics, d => d.Id == "NEWS105");

        var fixes = NewsFixes.GetFixes(result, finding);

        Assert.NotEmpty(fixes);
        Assert.All(fixes, f => Assert.StartsWith("NEWS105.suppress", f.EquivalenceKey, StringComparison.Ordinal));
        Assert.Empty(NewsFixes.GetSafeFixes(result));
    }
}
