using System.Text.Json;
using Json.Schema;
using Xunit;

namespace NewsDsl.Cli.Tests;

/// <summary>
/// <c>newsdsl export</c>: every conformance case and the sample validate against the published JSON
/// Schema (docs/schemas/newsdsl-export.schema.json), and the data says what the article says.
/// </summary>
public sealed class ExportCommandTests
{
    private static readonly Lazy<JsonSchema> s_schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(NewsdslProcess.RepositoryRoot(), "docs", "schemas", "newsdsl-export.schema.json"))));

    public static TheoryData<string> ConformanceArticles()
    {
        var root = NewsdslProcess.RepositoryRoot();
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "tests", "NewsDsl.Language.Tests", "Conformance"), "*.news", SearchOption.AllDirectories)
            .Append(Path.Combine(root, "samples", "press-tv-264060-iran-strikes-back.news"))
            .OrderBy(f => f, StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(root, file).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ConformanceArticles))]
    public void The_export_of_every_conformance_case_and_the_sample_validates_against_the_schema(string relativePath)
    {
        var path = Path.Combine(NewsdslProcess.RepositoryRoot(), relativePath);

        var run = CliRun.Of("export", path);

        Assert.True(run.ExitCode is 0 or 1, $"exit {run.ExitCode}: {run.Error}");
        using var document = JsonDocument.Parse(run.Out);
        var result = s_schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? new List<EvaluationResults>()).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))));
        Assert.Equal(path, document.RootElement.GetProperty("path").GetString());
    }

    [Fact]
    public void The_schema_rejects_what_the_export_must_not_write()
    {
        using var folder = new ScratchFolder();
        var path = folder.Write("a.news", Articles.Warning());
        var valid = CliRun.Of("export", path).Out;
        var broken = valid.Replace("\"suggested\": false", "\"suggested\": \"no\"", StringComparison.Ordinal);
        Assert.NotEqual(valid, broken);

        using var document = JsonDocument.Parse(broken);

        Assert.False(s_schema.Value.Evaluate(document.RootElement).IsValid);
    }

    [Fact]
    public void The_sample_exports_its_sources_quotations_claims_and_findings()
    {
        var path = Path.Combine(NewsdslProcess.RepositoryRoot(), "samples", "press-tv-264060-iran-strikes-back.news");

        var run = CliRun.Of("export", path);

        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal("iran-strikes-back", root.GetProperty("id").GetString());
        Assert.Equal("2020-01-08T05:55:00+00:00", root.GetProperty("published").GetString());
        var zarif = root.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "zarif");
        Assert.Equal(("person", "Mohammad Javad Zarif", "Foreign Minister of Iran"), (zarif.GetProperty("kind").GetString(), zarif.GetProperty("name").GetString(), zarif.GetProperty("title").GetString()));
        Assert.Equal(new[] { "Zarif" }, zarif.GetProperty("aka").EnumerateArray().Select(a => a.GetString()));
        var quotations = root.GetProperty("quotations").EnumerateArray().ToList();
        Assert.Contains(quotations, q => q.GetProperty("source").GetString() == "zarif" && q.GetProperty("text").GetString()!.StartsWith("Iran took and concluded proportionate measures", StringComparison.Ordinal));
        Assert.NotEmpty(root.GetProperty("claims").EnumerateArray());
        var check = JsonDocument.Parse(CliRun.Of("check", "--format", "json", path).Out).RootElement.GetProperty("files")[0].GetProperty("diagnostics");
        Assert.Equal(JsonSerializer.Serialize(check), JsonSerializer.Serialize(root.GetProperty("diagnostics")));
        Assert.NotEmpty(check.EnumerateArray());
    }

    [Fact]
    public void A_suggested_attribution_is_marked_and_titles_are_not_listed()
    {
        using var folder = new ScratchFolder();
        var path = folder.Write("a.news", "---\nid: suggested\nheadline: H\n---\n@source zarif person name=\"Mohammad Javad Zarif\"\n\n“Proportionate,”{@zarif? cue=\"said\"} Zarif said of “Operation Martyr Soleimani”{title}, and [Iran does not seek war]{@zarif}.\n");

        var run = CliRun.Of("export", path);

        var root = JsonDocument.Parse(run.Out).RootElement;
        var quote = Assert.Single(root.GetProperty("quotations").EnumerateArray());
        Assert.Equal(("Proportionate,", "zarif", true, 7, 1, "said"), (quote.GetProperty("text").GetString(), quote.GetProperty("source").GetString(), quote.GetProperty("suggested").GetBoolean(), quote.GetProperty("line").GetInt32(), quote.GetProperty("column").GetInt32(), quote.GetProperty("cue").GetString()));
        var claim = Assert.Single(root.GetProperty("claims").EnumerateArray());
        Assert.Equal(("Iran does not seek war", "zarif", false), (claim.GetProperty("text").GetString(), claim.GetProperty("source").GetString(), claim.GetProperty("suggested").GetBoolean()));
        Assert.Contains(root.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("id").GetString() == "NEWS108");
    }

    [Fact]
    public void Output_file_is_written_whole_and_nothing_goes_to_stdout()
    {
        using var folder = new ScratchFolder();
        var path = folder.Write("a.news", Articles.Error());
        var output = Path.Combine(folder.Path, "out", "a.json");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        File.WriteAllText(output, "old content that is longer than nothing");

        var run = CliRun.Of("export", path, "-o", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Equal(CliRun.Of("export", path).Out, File.ReadAllText(output));
        Assert.Equal(new[] { "a.json" }, Directory.GetFiles(Path.GetDirectoryName(output)!).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("missing.news")]
    [InlineData("")]
    public void A_missing_file_or_folder_argument_exits_2(string relative)
    {
        using var folder = new ScratchFolder();

        var run = CliRun.Of("export", Path.Combine(folder.Path, relative));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains("newsdsl: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_folder_that_does_not_exist_exits_2_and_names_it()
    {
        using var folder = new ScratchFolder();
        var path = folder.Write("a.news", Articles.Clean());

        var run = CliRun.Of("export", path, "-o", Path.Combine(folder.Path, "nowhere", "a.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nowhere", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error_that_lists_the_formats()
    {
        var run = CliRun.Of("export", "a.news", "--format", "xml");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("json", run.Error, StringComparison.Ordinal);
    }
}
