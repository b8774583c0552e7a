using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Rules;
using NewsDsl.Language.Text;
using Xunit;

namespace NewsDsl.Language.Tests;

/// <summary>Every rule's severity can be raised, lowered or turned off, as .editorconfig does in a build.</summary>
public sealed class SeverityConfigurationTests
{
    // One conformance case per rule in which that rule fires.
    public static TheoryData<string, string> FiringCases() => new()
    {
        { "NEWS100", "editorial/news100-bidi-override-fires.news" },
        { "NEWS101", "editorial/news101-bare-cues-fire.news" },
        { "NEWS102", "editorial/news102-vague-descriptions-fire.news" },
        { "NEWS103", "editorial/news103-surname-of-other-source-fires.news" },
        { "NEWS104", "editorial/news104-anonymous-via-telegram-fires.news" },
        { "NEWS105", "editorial/news105-loaded-verbs-fire.news" },
        { "NEWS106", "editorial/news106-seed-figures-fire.news" },
        { "NEWS107", "editorial/news107-one-source-fires.news" },
    };

    private static IReadOnlyList<NewsDiagnostic> Check(string name, NewsCheckOptions options)
    {
        var path = RepositoryPaths.TestData("Conformance", name);
        return NewsChecker.Check(NewsText.From(File.ReadAllText(path), name), options).Diagnostics;
    }

    [Theory]
    [MemberData(nameof(FiringCases))]
    public void A_rule_fires_with_its_default_severity(string id, string name)
    {
        var descriptor = NewsRules.Find(id)!;
        var found = Check(name, NewsCheckOptions.Default).Where(d => d.Id == id).ToList();

        Assert.NotEmpty(found);
        Assert.All(found, d => Assert.Equal(descriptor.DefaultSeverity, d.Severity));
    }

    [Theory]
    [MemberData(nameof(FiringCases))]
    public void A_rule_can_be_set_to_another_severity(string id, string name)
    {
        // Always a severity other than the default, so the test fails if overrides are ignored.
        var target = NewsRules.Find(id)!.DefaultSeverity == NewsSeverity.Error ? NewsSeverity.Info : NewsSeverity.Error;
        var options = new NewsCheckOptions { Severities = new Dictionary<string, NewsSeverity?> { [id] = target } };

        var found = Check(name, options).Where(d => d.Id == id).ToList();

        Assert.NotEmpty(found);
        Assert.All(found, d => Assert.Equal(target, d.Severity));
    }

    [Theory]
    [MemberData(nameof(FiringCases))]
    public void A_rule_can_be_turned_off_without_affecting_the_others(string id, string name)
    {
        var before = Check(name, NewsCheckOptions.Default);
        var options = new NewsCheckOptions { Severities = new Dictionary<string, NewsSeverity?> { [id] = null } };

        var after = Check(name, options);

        Assert.DoesNotContain(after, d => d.Id == id);
        Assert.Equal(before.Where(d => d.Id != id).Select(d => d.ToString()), after.Select(d => d.ToString()));
    }

    [Fact]
    public void Warnings_as_errors_raises_warnings_but_not_infos()
    {
        var options = new NewsCheckOptions { WarningsAsErrors = true };

        var found = Check("editorial/news105-loaded-verbs-fire.news", options).Concat(Check("editorial/news101-bare-cues-fire.news", options)).ToList();

        Assert.Contains(found, d => d.Id == "NEWS101");
        Assert.All(found.Where(d => d.Id == "NEWS101"), d => Assert.Equal(NewsSeverity.Error, d.Severity));
        Assert.All(found.Where(d => d.Id == "NEWS105"), d => Assert.Equal(NewsSeverity.Info, d.Severity));
        Assert.Contains(found, d => d.Id == "NEWS105");
    }

    [Theory]
    [InlineData("error", NewsSeverity.Error)]
    [InlineData("warning", NewsSeverity.Warning)]
    [InlineData("suggestion", NewsSeverity.Info)]
    [InlineData("silent", NewsSeverity.Hidden)]
    [InlineData(" Error ", NewsSeverity.Error)]
    public void Editorconfig_severity_words_are_understood(string word, NewsSeverity expected)
    {
        Assert.True(NewsCheckOptions.TryParseSeverity(word, UnattributedQuotationRule.Rule, out var severity));
        Assert.Equal(expected, severity);
    }

    [Fact]
    public void None_turns_a_rule_off_and_unknown_words_are_refused()
    {
        Assert.True(NewsCheckOptions.TryParseSeverity("none", UnattributedQuotationRule.Rule, out var none));
        Assert.Null(none);
        Assert.False(NewsCheckOptions.TryParseSeverity("loud", UnattributedQuotationRule.Rule, out _));
    }

    [Fact]
    public void Every_rule_has_a_unique_id_a_docs_page_and_a_help_link()
    {
        var ids = NewsRules.Descriptors.Select(d => d.Id).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        foreach (var descriptor in NewsRules.Descriptors)
        {
            Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics", descriptor.Id + ".md")), $"docs/diagnostics/{descriptor.Id}.md is missing");
            Assert.EndsWith($"docs/diagnostics/{descriptor.Id}.md", descriptor.HelpLink, StringComparison.Ordinal);
        }
    }
}
