using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsDsl.Configuration;
using NewsDsl.Generator.Tests.TestKit;
using NewsDsl.Language;
using NewsDsl.Language.Text;
using Xunit;

namespace NewsDsl.Generator.Tests;

/// <summary>The analyzer reports the language's diagnostics inside the .news files, with the configured severities.</summary>
public sealed class AnalyzerTests
{
    private const string Path = "/project/articles/article.news";

    // Line 7, column 9: the opening mark of the unattributed “hello”.
    private const string Unattributed = "---\nid: probe\nheadline: Probe\n---\n\n@source spokesman person name=\"A spokesman\"\n\nHe said “hello” and “goodbye,”{@spokesman} today.\n";

    [Fact]
    public async Task A_suppression_comment_is_honoured_by_the_build_as_by_the_checker()
    {
        var suppressed = Unattributed.Replace("\nHe said", "\n%% newsdsl-disable-next-line NEWS001 -- greeting heard by the whole room\nHe said", StringComparison.Ordinal);
        var diagnostics = await AnalyzerHarness.Analyze(new[] { new InMemoryAdditionalText(Path, suppressed) });

        Assert.DoesNotContain(diagnostics, d => d.Id is "NEWS001" or "NEWS009" or "NEWS010");
        var unsuppressed = await AnalyzerHarness.Analyze("NEWS001", new[] { new InMemoryAdditionalText(Path, Unattributed) });
        Assert.Single(unsuppressed);
    }

    /// <summary>
    /// A comment naming NEWS111 in an article whose class is renamed: the build says NEWS009 (as check and the
    /// editor do, from the same core) and still reports NEWS111; before, it said NEWS010 beside the NEWS111 it
    /// claimed nothing to suppress.
    /// </summary>
    [Fact]
    public async Task A_comment_naming_NEWS111_is_NEWS009_in_the_build_and_NEWS111_is_still_reported()
    {
        var article = new InMemoryAdditionalText("/project/string.news", "---\nid: string\nheadline: About strings\n---\n%% newsdsl-disable NEWS111 -- we know\n\nText.\n");

        var analyzed = await AnalyzerHarness.Analyze(new[] { article });
        var generated = GeneratorHarness.Run(new AdditionalText[] { article });

        Assert.Equal("NEWS009", Assert.Single(analyzed).Id);
        Assert.StartsWith("NEWS111 cannot be suppressed in an article", Assert.Single(analyzed).GetMessage(), StringComparison.Ordinal);
        Assert.Equal("NEWS111", Assert.Single(generated.GeneratorDiagnostics).Id);
    }

    [Fact]
    public async Task An_unattributed_quotation_is_NEWS001_at_its_opening_mark()
    {
        var diagnostics = await AnalyzerHarness.Analyze("NEWS001", new[] { new InMemoryAdditionalText(Path, Unattributed) });

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(
            "/project/articles/article.news(8,9): warning NEWS001: The quotation “hello” has no source: add {@source-id} right after its closing mark, or {title} or {term} if it is nobody's words",
            AnalyzerHarness.Format(diagnostic));
        Assert.Equal(LocationKind.ExternalFile, diagnostic.Location.Kind);
        // The whole quotation “hello”, from its opening mark (issue 16 §1).
        Assert.Equal(new Microsoft.CodeAnalysis.Text.TextSpan(Unattributed.IndexOf('“'), "“hello”".Length), diagnostic.Location.SourceSpan);
        Assert.Equal("https://github.com/newsdsl/newsdsl/blob/main/docs/diagnostics/NEWS001.md", diagnostic.Descriptor.HelpLinkUri);
        Assert.Equal("Quotation has no attribution", diagnostic.Descriptor.Title.ToString());
    }

    [Fact]
    public async Task Positions_are_the_same_with_CRLF_and_a_byte_order_mark()
    {
        var crlf = "\uFEFF" + Unattributed.Replace("\n", "\r\n", StringComparison.Ordinal);
        var diagnostics = await AnalyzerHarness.Analyze("NEWS001", new[] { new InMemoryAdditionalText(Path, crlf) });

        Assert.StartsWith("/project/articles/article.news(8,9): warning NEWS001:", AnalyzerHarness.Format(Assert.Single(diagnostics)));
    }

    [Fact]
    public async Task Every_diagnostic_of_the_language_is_reported_where_the_language_puts_it()
    {
        var article = "---\nid: many\nheadline: Many problems\n---\n\n@source ghost anonymous name=\"Someone\"\n@source idle person name=\"Idle\"\n@source ghost person name=\"Twice\"\n\n“Unattributed.” “Undeclared,”{@nobody} he said. “Never closed\n";
        var expected = NewsChecker.Check(NewsText.From(article, Path)).Diagnostics
            .Select(d => $"{d.Path}({d.Start.Line + 1},{d.Start.Character + 1}): {(d.Severity == Language.Diagnostics.NewsSeverity.Error ? "error" : d.Severity == Language.Diagnostics.NewsSeverity.Warning ? "warning" : d.Severity == Language.Diagnostics.NewsSeverity.Info ? "info" : "hidden")} {d.Id}: {d.Message}")
            .ToList();

        var diagnostics = await AnalyzerHarness.Analyze(new[] { new InMemoryAdditionalText(Path, article) });

        Assert.True(expected.Count >= 5, string.Join("\n", expected));
        Assert.Equal(expected.OrderBy(s => s, StringComparer.Ordinal), diagnostics.Select(AnalyzerHarness.Format).OrderBy(s => s, StringComparer.Ordinal));
        foreach (var id in new[] { "NEWS001", "NEWS002", "NEWS003", "NEWS005", "NEWS006", "NEWS007" })
        {
            Assert.Contains(diagnostics, d => d.Id == id);
        }
    }

    [Fact]
    public async Task Missing_front_matter_is_NEWS008_at_line_1_column_1()
    {
        var diagnostics = await AnalyzerHarness.Analyze("NEWS008", new[] { new InMemoryAdditionalText(Path, "Just prose.\n") });

        Assert.Contains(diagnostics, d => AnalyzerHarness.Format(d).StartsWith(Path + "(1,1): error NEWS008:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Files_that_are_not_articles_are_not_analyzed()
    {
        var diagnostics = await AnalyzerHarness.Analyze(new[] { new InMemoryAdditionalText("/project/notes.txt", "He said “hello”.") });

        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("error", DiagnosticSeverity.Error)]
    [InlineData("warning", DiagnosticSeverity.Warning)]
    [InlineData("suggestion", DiagnosticSeverity.Info)]
    [InlineData("silent", DiagnosticSeverity.Hidden)]
    [InlineData("default", DiagnosticSeverity.Warning)]
    public async Task An_editorconfig_section_for_news_files_sets_the_severity(string word, DiagnosticSeverity expected)
    {
        var editorConfig = new InMemoryAdditionalText("/project/.editorconfig", $"root = true\n\n[*.cs]\ndotnet_diagnostic.NEWS001.severity = none\n\n[*.news]\ndotnet_diagnostic.NEWS001.severity = {word}\n");

        var diagnostics = await AnalyzerHarness.Analyze("NEWS001", new AdditionalText[] { editorConfig, new InMemoryAdditionalText(Path, Unattributed) });

        Assert.Equal(expected, Assert.Single(diagnostics).Severity);
    }

    [Fact]
    public async Task None_in_an_editorconfig_turns_the_rule_off_for_the_files_it_matches_only()
    {
        var editorConfig = new InMemoryAdditionalText("/project/.editorconfig", "root = true\n\n[drafts/*.news]\ndotnet_diagnostic.NEWS001.severity = none\n");
        var nested = new InMemoryAdditionalText("/project/articles/.editorconfig", "[*.news]\ndotnet_diagnostic.NEWS001.severity = error\n");

        var diagnostics = await AnalyzerHarness.Analyze("NEWS001", new AdditionalText[]
        {
            editorConfig,
            nested,
            new InMemoryAdditionalText("/project/drafts/draft.news", Unattributed),
            new InMemoryAdditionalText(Path, Unattributed),
            new InMemoryAdditionalText("/project/other/other.news", Unattributed),
        });

        Assert.Equal(
            new[] { "/project/articles/article.news:Error", "/project/other/other.news:Warning" },
            diagnostics.Select(d => d.Location.GetLineSpan().Path + ":" + d.Severity).OrderBy(s => s, StringComparer.Ordinal));
    }

    // The keys reach NewsDsl in the configuration files the package passes along (SeverityOptions),
    // the same files `newsdsl check` reads, so both resolve them alike.
    [Fact]
    public async Task Category_and_all_analyzer_keys_from_the_configuration_files_apply()
    {
        var editorConfig = new InMemoryAdditionalText("/project/.editorconfig", "root = true\n\n[articles/*.news]\ndotnet_analyzer_diagnostic.category-Attribution.severity = error\n\n[b.news]\ndotnet_analyzer_diagnostic.severity = none\n");

        var diagnostics = await AnalyzerHarness.Analyze(
            "NEWS001",
            new AdditionalText[] { editorConfig, new InMemoryAdditionalText(Path, Unattributed), new InMemoryAdditionalText("/project/b.news", Unattributed) });

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(Path, diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    /// <summary>
    /// As a real build does (the end-to-end parity matrix measures it): a global config's per-ID setting wins over
    /// an .editorconfig section's, because the compiler re-rates reported diagnostics with it; but a section's
    /// <c>none</c> wins, because then the analyzer never reports the finding at all.
    /// </summary>
    [Theory]
    [InlineData("warning", DiagnosticSeverity.Error)]
    [InlineData("suggestion", DiagnosticSeverity.Error)]
    [InlineData("none", null)]
    public async Task A_global_config_per_id_setting_wins_over_an_editorconfig_section_unless_the_section_says_none(string section, DiagnosticSeverity? expected)
    {
        var editorConfig = new InMemoryAdditionalText("/project/.editorconfig", "root = true\n\n[*.news]\ndotnet_diagnostic.NEWS001.severity = " + section + "\n");
        var globalConfig = new InMemoryAdditionalText("/project/.globalconfig", "is_global = true\ndotnet_diagnostic.NEWS001.severity = error\n");

        var diagnostics = await AnalyzerHarness.Analyze("NEWS001", new AdditionalText[] { editorConfig, globalConfig, new InMemoryAdditionalText(Path, Unattributed) });

        Assert.Equal(expected, diagnostics.Select(d => (DiagnosticSeverity?)d.Severity).SingleOrDefault());
    }

    [Fact]
    public async Task Warnings_as_errors_applies_to_news_diagnostics()
    {
        var options = GeneratorHarness.CreateCompilation().Options
            .WithGeneralDiagnosticOption(ReportDiagnostic.Default)
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["NEWS001"] = ReportDiagnostic.Error });

        var diagnostics = await AnalyzerHarness.Analyze("NEWS001", new[] { new InMemoryAdditionalText(Path, Unattributed) }, compilationOptions: options);

        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(diagnostics).Severity);
    }

    [Fact]
    public async Task NoWarn_suppresses_news_diagnostics()
    {
        var options = GeneratorHarness.CreateCompilation().Options
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["NEWS001"] = ReportDiagnostic.Suppress });

        var diagnostics = await AnalyzerHarness.Analyze("NEWS001", new[] { new InMemoryAdditionalText(Path, Unattributed) }, compilationOptions: options);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Supported_diagnostics_cover_every_rule_of_the_language()
    {
        var supported = new NewsAnalyzer().SupportedDiagnostics;

        Assert.Equal(
            Language.Rules.NewsRules.Descriptors.Select(d => d.Id).OrderBy(i => i, StringComparer.Ordinal),
            supported.Select(d => d.Id).OrderBy(i => i, StringComparer.Ordinal));
        foreach (var rule in Language.Rules.NewsRules.Descriptors)
        {
            var descriptor = supported.Single(d => d.Id == rule.Id);
            Assert.Equal(rule.Title, descriptor.Title.ToString());
            Assert.Equal(rule.MessageFormat, descriptor.MessageFormat.ToString());
            Assert.Equal(rule.Category, descriptor.Category);
            Assert.Equal((int)rule.DefaultSeverity, (int)descriptor.DefaultSeverity);
            Assert.Equal(rule.HelpLink, descriptor.HelpLinkUri);
            Assert.Equal(rule.Description, descriptor.Description.ToString());
            Assert.True(descriptor.IsEnabledByDefault);
        }
    }
}
