using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Rules;
using NewsDsl.Language.Text;
using Xunit;

namespace NewsDsl.Language.Tests;

/// <summary>Every rule's severity can be raised, lowered or turned off, as .editorconfig does in a build.</summary>
public sealed class SeverityConfigurationTests
{
    /// <summary>
    /// Rules no single article can fire through <see cref="NewsChecker.Check"/>: NEWS000 is reported by the
    /// adapters when NewsDsl itself fails, NEWS109 spans articles (tested below through the project check),
    /// NEWS110 and NEWS111 are the generator's own (two ids, one class name; a class renamed), NEWS112 the
    /// command line's (a path not read).
    /// </summary>
    private static readonly string[] NotFiredByOneArticle = { "NEWS000", "NEWS109", "NEWS110", "NEWS111", "NEWS112" };

    /// <summary>
    /// For every rule, the first conformance case (in path order) whose expected findings list it:
    /// found from the cases' .diagnostics files, so a new rule is covered as soon as it has a case.
    /// </summary>
    public static TheoryData<string, string> FiringCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (id, name) in FirstCaseById())
        {
            data.Add(id, name);
        }

        return data;
    }

    private static SortedDictionary<string, string> FirstCaseById()
    {
        var root = RepositoryPaths.TestData("Conformance");
        var cases = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var expected in Directory.EnumerateFiles(root, "*.diagnostics", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            var news = Path.ChangeExtension(expected, ".news");
            if (!File.Exists(news))
            {
                continue;
            }

            foreach (var line in File.ReadLines(expected).Where(l => !l.StartsWith('#')))
            {
                var id = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
                if (id is not null && NewsRules.Find(id) is not null && !cases.ContainsKey(id))
                {
                    cases.Add(id, Path.GetRelativePath(root, news).Replace('\\', '/'));
                }
            }
        }

        return cases;
    }

    [Fact]
    public void Every_rule_is_covered_by_a_firing_case_except_those_no_article_can_fire_alone()
    {
        var covered = FirstCaseById().Keys;
        var all = NewsRules.Descriptors.Select(d => d.Id);

        Assert.Equal(all.Except(NotFiredByOneArticle).OrderBy(i => i, StringComparer.Ordinal), covered);
    }

    [Fact]
    public void The_project_wide_rule_takes_its_configured_severity_or_is_turned_off()
    {
        var first = NewsChecker.Check(NewsText.From("---\nid: twin\nheadline: A\n---\n", "a.news")).Model;
        var second = NewsChecker.Check(NewsText.From("---\nid: twin\nheadline: B\n---\n", "b.news")).Model;
        var found = NewsRules.CheckProject(new[] { first, second });
        var descriptor = NewsRules.Find("NEWS109")!;
        Assert.Equal("NEWS109", Assert.Single(found).Id);

        var lowered = NewsChecker.ApplySeverities(found, new NewsCheckOptions { Severities = new Dictionary<string, NewsSeverity?> { ["NEWS109"] = NewsSeverity.Info } });
        var off = NewsChecker.ApplySeverities(found, new NewsCheckOptions { Severities = new Dictionary<string, NewsSeverity?> { ["NEWS109"] = null } });

        Assert.Equal(descriptor.DefaultSeverity, found[0].Severity);
        Assert.NotEqual(NewsSeverity.Info, descriptor.DefaultSeverity);
        Assert.Equal(NewsSeverity.Info, Assert.Single(lowered).Severity);
        Assert.Empty(off);
    }

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

        Assert.Contains(before, d => d.Id == id);

        // Gone, but never silently when it costs the article its class (NEWS008, NEWS004 on the id): then one
        // explanation at info takes its place.
        var explanations = after.Where(d => d.Id == id).ToList();
        Assert.All(explanations, d => Assert.StartsWith("No class is generated for this article", d.Message, StringComparison.Ordinal));
        Assert.All(explanations, d => Assert.Equal(NewsSeverity.Info, d.Severity));
        Assert.True(explanations.Count == 0 || id is "NEWS008" or "NEWS004", string.Join("\n", explanations));
        Assert.Equal(before.Where(d => d.Id != id).Select(d => d.ToString()), after.Where(d => d.Id != id).Select(d => d.ToString()));
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
        Assert.True(NewsCheckOptions.TryParseSeverity(word, NewsRules.Find("NEWS001")!, out var severity));
        Assert.Equal(expected, severity);
    }

    [Fact]
    public void None_turns_a_rule_off_and_unknown_words_are_refused()
    {
        Assert.True(NewsCheckOptions.TryParseSeverity("none", NewsRules.Find("NEWS001")!, out var none));
        Assert.Null(none);
        Assert.False(NewsCheckOptions.TryParseSeverity("loud", NewsRules.Find("NEWS001")!, out _));
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
