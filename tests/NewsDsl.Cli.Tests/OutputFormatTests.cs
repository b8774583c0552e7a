using System.Text.Json;
using NewsDsl.Language.Rules;
using Xunit;

namespace NewsDsl.Cli.Tests;

/// <summary><c>check --format sarif|github</c>, and the same findings in the same order on one core or many.</summary>
public sealed class OutputFormatTests
{
    [Fact]
    public void Sarif_is_version_2_1_0_with_rules_results_levels_and_regions()
    {
        using var folder = new ScratchFolder();
        folder.Write("a-warning.news", Articles.Warning());
        folder.Write("b-error.news", Articles.Error());
        folder.Write("c-clean.news", Articles.Clean());

        var run = CliRun.Of("check", "--format", "sarif", folder.Path);

        Assert.Equal(1, run.ExitCode);
        using var document = JsonDocument.Parse(run.Out);
        var root = document.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var sarifRun = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var rules = sarifRun.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var results = sarifRun.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(2, results.Count);

        var warning = results[0];
        Assert.Equal("NEWS001", warning.GetProperty("ruleId").GetString());
        Assert.Equal("warning", warning.GetProperty("level").GetString());
        Assert.Equal(NewsRules.Find("NEWS001")!.FormatMessage("Iran took proportionate measures,"), warning.GetProperty("message").GetProperty("text").GetString());
        var location = Assert.Single(warning.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
        Assert.Equal(new Uri(Path.Combine(folder.Path, "a-warning.news")).AbsoluteUri, location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        var region = location.GetProperty("region");
        // The whole quotation “Iran took proportionate measures,” (35 characters), from its opening mark.
        Assert.Equal((8, 1, 8, 36), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()));

        var error = results[1];
        Assert.Equal(("NEWS002", "error"), (error.GetProperty("ruleId").GetString(), error.GetProperty("level").GetString()));
        Assert.Equal(new[] { "NEWS001", "NEWS002" }, rules.Select(r => r.GetProperty("id").GetString()));
        Assert.All(results, r => Assert.Equal(r.GetProperty("ruleId").GetString(), rules[r.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString()));
        Assert.All(rules, r => Assert.EndsWith($"/{r.GetProperty("id").GetString()}.md", r.GetProperty("helpUri").GetString(), StringComparison.Ordinal));
    }

    /// <summary>Issue 17 §1: a finding's additional locations are SARIF related locations (NEWS109: the first article with the id).</summary>
    [Fact]
    public void Sarif_related_locations_are_the_findings_additional_locations()
    {
        using var folder = new ScratchFolder();
        folder.Write("a.news", Articles.Clean("twin"));
        folder.Write("b.news", Articles.Clean("twin"));

        var run = CliRun.Of("check", "--format", "sarif", folder.Path);

        using var document = JsonDocument.Parse(run.Out);
        var result = Assert.Single(document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
        Assert.Equal("NEWS109", result.GetProperty("ruleId").GetString());
        var related = Assert.Single(result.GetProperty("relatedLocations").EnumerateArray());
        Assert.Equal("article id 'twin' is first used here", related.GetProperty("message").GetProperty("text").GetString());
        var location = related.GetProperty("physicalLocation");
        Assert.Equal(new Uri(Path.Combine(folder.Path, "a.news")).AbsoluteUri, location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal((2, 5), (location.GetProperty("region").GetProperty("startLine").GetInt32(), location.GetProperty("region").GetProperty("startColumn").GetInt32()));
    }

    [Fact]
    public void Sarif_writes_relative_paths_relative_to_the_source_root_and_an_empty_run_when_clean()
    {
        using var folder = new ScratchFolder();
        folder.Write("clean.news", Articles.Clean());
        var output = new StringWriter();
        using (var sarif = new SarifCheckOutput(output, folder.Path))
        {
            sarif.WriteFile("desk/my article.news", Array.Empty<NewsDsl.Language.Diagnostics.NewsDiagnostic>());
            sarif.Complete();
        }

        using var empty = JsonDocument.Parse(output.ToString());
        var sarifRun = empty.RootElement.GetProperty("runs")[0];
        Assert.Empty(sarifRun.GetProperty("results").EnumerateArray());
        Assert.Equal(new Uri(folder.Path + "/").AbsoluteUri, sarifRun.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString());

        folder.Write("desk/my article.news", Articles.Warning());
        var run = NewsdslProcess.Run(folder.Path, "check", "--format", "sarif", "desk");
        using var document = JsonDocument.Parse(run.Out);
        var artifact = document.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.Equal("desk/my%20article.news", artifact.GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", artifact.GetProperty("uriBaseId").GetString());
    }

    [Fact]
    public void Github_prints_one_workflow_command_per_finding_with_the_severity_as_command()
    {
        using var folder = new ScratchFolder();
        File.WriteAllText(Path.Combine(folder.Path, ".editorconfig"), "root = true\n[info.news]\ndotnet_diagnostic.NEWS001.severity = suggestion\n");
        var warning = folder.Write("warning.news", Articles.Warning());
        var error = folder.Write("error.news", Articles.Error());
        var info = folder.Write("info.news", Articles.Warning("info-article"));

        var run = CliRun.Of("check", "--format", "github", folder.Path);

        var message = NewsRules.Find("NEWS001")!.FormatMessage("Iran took proportionate measures,");
        Assert.Equal(3, run.Lines.Count);
        Assert.StartsWith($"::error file={error},line=10,col=97,endLine=10,endColumn=", run.Lines[0], StringComparison.Ordinal);
        Assert.EndsWith($",title=NEWS002::{NewsRules.Find("NEWS002")!.FormatMessage("pentagn", " (did you mean 'pentagon'?)")}", run.Lines[0], StringComparison.Ordinal);
        Assert.Equal($"::notice file={info},line=8,col=1,endLine=8,endColumn=36,title=NEWS001::{message}", run.Lines[1]);
        Assert.Equal($"::warning file={warning},line=8,col=1,endLine=8,endColumn=36,title=NEWS001::{message}", run.Lines[2]);
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void Github_escapes_what_would_end_a_property_or_the_line()
    {
        var diagnostic = new NewsDsl.Language.Diagnostics.NewsDiagnostic(
            NewsRules.Find("NEWS001")!,
            NewsDsl.Language.Diagnostics.NewsSeverity.Warning,
            "a,b:c.news",
            new NewsDsl.Language.Text.TextSpan(0, 1),
            new NewsDsl.Language.Text.LinePosition(0, 0),
            new NewsDsl.Language.Text.LinePosition(0, 1),
            "100% sure\nnext line");

        Assert.Equal(
            "::warning file=a%2Cb%3Ac.news,line=1,col=1,endLine=1,endColumn=2,title=NEWS001::100%25 sure%0Anext line",
            GitHubCheckOutput.Format("warning", "a,b:c.news", diagnostic));
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("github")]
    public void One_core_and_many_give_the_same_output_sorted_by_path(string format)
    {
        using var folder = new ScratchFolder();
        for (var i = 0; i < 60; i++)
        {
            // Named so that creation order, name order and number order all differ.
            var content = (i % 3) switch { 0 => Articles.Warning($"article-{i}"), 1 => Articles.Error($"article-{i}"), _ => Articles.Clean($"article-{i}") };
            folder.Write($"desk-{i % 7}/{(i * 37) % 100:D2}-{i}.news", content);
        }

        folder.Write("desk-9/twin.news", Articles.Clean("article-5"));

        var single = CliRun.Of("check", "--format", format, "--jobs", "1", folder.Path);
        var many = CliRun.Of("check", "--format", format, "-j", "8", folder.Path);

        Assert.Equal(1, single.ExitCode);
        Assert.Equal(single.Out, many.Out);
        Assert.Equal(single.Error, many.Error);
        if (format == "text")
        {
            var paths = single.Lines.Select(l => l.Substring(0, l.IndexOf('(', StringComparison.Ordinal))).ToList();
            Assert.Equal(paths.OrderBy(p => p, StringComparer.Ordinal), paths);
            Assert.Contains(single.Lines, l => l.Contains("twin.news(2,5): error NEWS109: ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Jobs_below_one_is_a_usage_error()
    {
        var run = CliRun.Of("check", "--jobs", "0", "x.news");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--jobs", run.Error, StringComparison.Ordinal);
    }
}
