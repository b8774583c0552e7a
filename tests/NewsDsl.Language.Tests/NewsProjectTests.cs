using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Text;
using Xunit;

namespace NewsDsl.Language.Tests;

/// <summary>
/// The core's verdict on a set of articles (issue 17 §1): configured severities, project-wide findings with
/// their additional locations, "never silent" findings, the same whichever way a host drives it.
/// </summary>
public sealed class NewsProjectTests
{
    private const string Twin = "---\nid: twin\nheadline: Twins\n---\n\nWords.\n";

    private static NewsCheckOptions With(string id, NewsSeverity? severity) =>
        new() { Severities = new Dictionary<string, NewsSeverity?> { [id] = severity } };

    [Fact]
    public void An_id_used_twice_is_NEWS109_in_the_later_article_with_the_first_as_additional_location()
    {
        var project = new NewsProject(new[]
        {
            new NewsArticleInput(NewsText.From(Twin, "a.news")),
            new NewsArticleInput(NewsText.From(Twin, "b.news")),
        });

        var results = project.Check();

        Assert.DoesNotContain(results[0].Diagnostics, d => d.Id == "NEWS109");
        var duplicate = Assert.Single(results[1].Diagnostics, d => d.Id == "NEWS109");
        Assert.Equal(NewsSeverity.Error, duplicate.Severity);
        Assert.Equal("b.news", duplicate.Path);
        var first = Assert.Single(duplicate.AdditionalLocations);
        Assert.Equal("a.news", first.Path);
        Assert.Equal(new LinePosition(1, 4), first.Start);
        Assert.Equal("article id 'twin' is first used here", first.Message);
    }

    [Theory]
    [InlineData(null, NewsSeverity.Info)]
    [InlineData(NewsSeverity.Warning, NewsSeverity.Warning)]
    [InlineData(NewsSeverity.Info, NewsSeverity.Info)]
    public void NEWS109_takes_the_later_article_s_severity_and_is_never_turned_off(NewsSeverity? configured, NewsSeverity reported)
    {
        var project = new NewsProject(new[]
        {
            new NewsArticleInput(NewsText.From(Twin, "a.news"), With("NEWS109", NewsSeverity.Error)),
            new NewsArticleInput(NewsText.From(Twin, "b.news"), With("NEWS109", configured)),
        });

        Assert.Equal(reported, Assert.Single(project.Check()[1].Diagnostics, d => d.Id == "NEWS109").Severity);
    }

    [Fact]
    public void Streaming_the_articles_one_at_a_time_gives_the_same_verdict_as_the_whole_project()
    {
        var inputs = new[]
        {
            new NewsArticleInput(NewsText.From(Twin, "a.news")),
            new NewsArticleInput(NewsText.From(Twin.Replace("Words.", "“Untagged,” he said."), "b.news"), With("NEWS001", NewsSeverity.Error)),
            new NewsArticleInput(NewsText.From(Twin, "c.news"), With("NEWS109", null)),
        };
        var whole = new NewsProject(inputs).Check();

        var verdicts = new NewsProjectVerdicts();
        var streamed = inputs.Select(i => verdicts.Add(NewsProject.CheckArticle(i))).ToList();
        var light = new NewsProjectVerdicts();
        var findingsOnly = inputs.Select(i => NewsProject.CheckArticle(i)).Select(r => light.Add(r.Diagnostics, r.Identity, r.Options)).ToList();

        Assert.Equal(whole.Select(Lines), streamed.Select(Lines));
        Assert.Equal(whole.Select(Lines), findingsOnly.Select(l => string.Join("\n", l)));
        Assert.Contains("b.news(2,5): error NEWS109", Lines(whole[1]), StringComparison.Ordinal);
        Assert.Contains("b.news(6,1): error NEWS001", Lines(whole[1]), StringComparison.Ordinal);
        Assert.Contains("c.news(2,5): info NEWS109", Lines(whole[2]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_declared_twice_has_its_first_declaration_as_additional_location()
    {
        var result = NewsChecker.Check(NewsText.From("---\nid: a\nheadline: h\n---\n@source zarif person name=\"Zarif\"\n@source zarif person name=\"Zarif again\"\n\n“Hi,”{@zarif} he said.\n", "a.news"));

        var duplicate = Assert.Single(result.Diagnostics, d => d.Id == "NEWS006");
        var first = Assert.Single(duplicate.AdditionalLocations);
        Assert.Equal(new LinePosition(4, 8), first.Start);
        Assert.Equal(new LinePosition(4, 13), first.End);
        Assert.Equal("'zarif' is first declared here", first.Message);
        Assert.Equal("a.news", first.Path);
    }

    [Fact]
    public void Conflicting_figures_have_the_figure_they_contradict_as_additional_location()
    {
        var text = "---\nid: a\nheadline: h\n---\n@source tv media name=\"Television\"\n@source army organization name=\"The army\"\n\n"
            + "[Fifteen missiles were fired]{@tv about=\"missiles\" value=\"15\"}.\n\n[Twenty-two missiles hit]{@army about=\"missiles\" value=\"22\"}.\n";
        var result = NewsChecker.Check(NewsText.From(text, "a.news"));

        var conflict = Assert.Single(result.Diagnostics, d => d.Id == "NEWS106");
        Assert.Equal(9, conflict.Start.Line);
        var earlier = Assert.Single(conflict.AdditionalLocations);
        Assert.Equal(7, earlier.Start.Line);
        Assert.Equal("Television gives 15 about 'missiles' here", earlier.Message);
    }

    [Fact]
    public void The_project_keeps_its_articles_whatever_happens_to_the_list_it_was_given()
    {
        var list = new List<NewsArticleInput> { new(NewsText.From(Twin, "a.news")) };
        var project = new NewsProject(list);
        list.Add(new NewsArticleInput(NewsText.From(Twin, "b.news")));

        Assert.Single(project.Articles);
        Assert.Throws<NotSupportedException>(() => ((IList<NewsArticleInput>)project.Articles).Add(list[1]));
    }

    private static string Lines(NewsCheckResult result) => string.Join("\n", result.Diagnostics);
}
