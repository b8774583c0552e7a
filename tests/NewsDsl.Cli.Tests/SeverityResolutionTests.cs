using NewsDsl.Configuration;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Rules;
using Xunit;

namespace NewsDsl.Cli.Tests;

/// <summary>
/// <c>newsdsl check</c> resolves severities as a build does (Roslyn's AnalyzerConfigSet through the
/// generator's own SeverityOptions): per ID, per category, for all analyzers, global configs,
/// <c>root = true</c>, and project-wide findings. The cases the hand-written glob got wrong are here too.
/// </summary>
public sealed class SeverityResolutionTests
{
    private static string Severity(CliRun run, string path, string id)
    {
        var line = Assert.Single(run.Lines, l => l.StartsWith(path + "(", StringComparison.Ordinal) && l.Contains(" " + id + ": ", StringComparison.Ordinal));
        return line.Substring(line.IndexOf("): ", StringComparison.Ordinal) + 3).Split(' ')[0];
    }

    /// <summary>
    /// A global config against a matching .editorconfig section, as a real build resolves them (measured by the
    /// end-to-end parity matrix): the section's <c>none</c> wins (the analyzer never reports the finding), any other
    /// section setting loses to the global config's (the compiler re-rates what was reported).
    /// </summary>
    [Fact]
    public void A_global_config_sets_a_severity_for_every_article_but_an_editorconfig_none_wins_as_in_a_build()
    {
        using var folder = new ScratchFolder();
        File.WriteAllText(Path.Combine(folder.Path, ".editorconfig"), "root = true\n[off/*.news]\ndotnet_diagnostic.NEWS001.severity = none\n[lowered/*.news]\ndotnet_diagnostic.NEWS001.severity = warning\n");
        File.WriteAllText(Path.Combine(folder.Path, ".globalconfig"), "is_global = true\ndotnet_diagnostic.NEWS001.severity = error\n");
        var off = folder.Write("off/warning.news", Articles.Warning("off"));
        var lowered = folder.Write("lowered/warning.news", Articles.Warning("lowered"));
        var plain = folder.Write("desk/warning.news", Articles.Warning("plain"));

        var run = CliRun.Of("check", folder.Path);

        Assert.DoesNotContain(run.Lines, l => l.StartsWith(off + "(", StringComparison.Ordinal));
        Assert.Equal("error", Severity(run, lowered, "NEWS001"));
        Assert.Equal("error", Severity(run, plain, "NEWS001"));
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void Category_and_all_analyzer_keys_apply_and_a_per_id_key_beats_them()
    {
        using var folder = new ScratchFolder();
        File.WriteAllText(
            Path.Combine(folder.Path, ".editorconfig"),
            "root = true\n[*.news]\ndotnet_analyzer_diagnostic.severity = error\n\n[category/*.news]\ndotnet_analyzer_diagnostic.category-Attribution.severity = suggestion\n\n[per-id/*.news]\ndotnet_analyzer_diagnostic.category-Attribution.severity = none\ndotnet_diagnostic.NEWS001.severity = warning\n");
        var all = folder.Write("all.news", Articles.Warning("all"));
        var category = folder.Write("category/a.news", Articles.Warning("category"));
        var perId = folder.Write("per-id/a.news", Articles.Warning("per-id"));

        var run = CliRun.Of("check", folder.Path);

        Assert.Equal("error", Severity(run, all, "NEWS001"));
        Assert.Equal("info", Severity(run, category, "NEWS001"));
        Assert.Equal("warning", Severity(run, perId, "NEWS001"));
        Assert.Equal("Attribution", NewsRules.Find("NEWS001")!.Category);
    }

    [Fact]
    public void Root_true_in_a_nested_folder_hides_the_settings_above_it()
    {
        using var folder = new ScratchFolder();
        File.WriteAllText(Path.Combine(folder.Path, ".editorconfig"), "root = true\n[*.news]\ndotnet_diagnostic.NEWS001.severity = error\n");
        folder.Write("island/.editorconfig", "root = true\n");
        var above = folder.Write("above.news", Articles.Warning("above"));
        var island = folder.Write("island/a.news", Articles.Warning("island"));

        var run = CliRun.Of("check", folder.Path);

        Assert.Equal("error", Severity(run, above, "NEWS001"));
        Assert.Equal("warning", Severity(run, island, "NEWS001"));
    }

    [Fact]
    public void The_nested_folder_with_a_brace_section_of_the_issue_turns_NEWS001_off_under_a_root_that_raises_it()
    {
        using var folder = new ScratchFolder();
        File.WriteAllText(Path.Combine(folder.Path, ".editorconfig"), "root = true\n[*.news]\ndotnet_diagnostic.NEWS001.severity = error\n");
        folder.Write("News/.editorconfig", "[{council,other}.news]\ndotnet_diagnostic.NEWS001.severity = none\n");
        var council = folder.Write("News/council.news", Articles.Warning("council"));
        var budget = folder.Write("News/budget.news", Articles.Warning("budget"));

        var run = CliRun.Of("check", folder.Path);

        Assert.DoesNotContain(run.Lines, l => l.StartsWith(council, StringComparison.Ordinal));
        Assert.Equal("error", Severity(run, budget, "NEWS001"));
    }

    [Theory]
    [InlineData("{a,{b,c}}.news", "c.news", true)]
    [InlineData("{a,{b,c}}.news", "d.news", false)]
    [InlineData("a?.news", "ab.news", true)]
    // Roslyn's '?' matches any character, '/' included; the old hand-written glob said no here.
    [InlineData("x/a?.news", "x/a/.news", true)]
    [InlineData("**/deep.news", "one/two/deep.news", true)]
    [InlineData("{1..3}.news", "2.news", true)]
    [InlineData("{1..3}.news", "4.news", false)]
    public void Section_names_match_as_the_compiler_matches_them(string section, string relativePath, bool matches)
    {
        using var folder = new ScratchFolder();
        File.WriteAllText(Path.Combine(folder.Path, ".editorconfig"), $"root = true\n[{section}]\ndotnet_diagnostic.NEWS001.severity = error\n");
        var path = folder.Write(relativePath, Articles.Warning("matching"));

        Assert.Equal(matches ? NewsSeverity.Error : NewsSeverity.Warning, new NewsSeverityResolver().SeverityOf(path, NewsRules.Find("NEWS001")!));
    }

    [Fact]
    public void The_project_wide_duplicate_id_takes_the_severity_configured_for_the_later_file()
    {
        using var folder = new ScratchFolder();
        File.WriteAllText(Path.Combine(folder.Path, ".editorconfig"), "root = true\n[b.news]\ndotnet_diagnostic.NEWS109.severity = warning\n");
        folder.Write("a.news", Articles.Clean("twin"));
        var second = folder.Write("b.news", Articles.Clean("twin"));

        var run = CliRun.Of("check", folder.Path);

        Assert.Equal("warning", Severity(run, second, "NEWS109"));
        Assert.Equal(0, run.ExitCode);
    }

    // The later article gets no class in a build; the generator never hides why, only lowers it to info.
    [Fact]
    public void The_project_wide_duplicate_id_turned_off_in_an_editorconfig_is_still_reported_as_info_as_the_build_does()
    {
        using var folder = new ScratchFolder();
        File.WriteAllText(Path.Combine(folder.Path, ".editorconfig"), "root = true\n[*.news]\ndotnet_diagnostic.NEWS109.severity = none\n");
        folder.Write("a.news", Articles.Clean("twin"));
        var second = folder.Write("b.news", Articles.Clean("twin"));

        var run = CliRun.Of("check", folder.Path);

        Assert.Equal("info", Severity(run, second, "NEWS109"));
        Assert.Single(run.Lines);
        Assert.Equal(0, run.ExitCode);
    }

    // A global config's none is the compiler's: a real build drops every NEWS109, even the info (measured by the
    // end-to-end parity matrix), so check reports none either.
    [Fact]
    public void The_project_wide_duplicate_id_set_to_none_in_a_global_config_is_not_reported_as_in_a_build()
    {
        using var folder = new ScratchFolder();
        File.WriteAllText(Path.Combine(folder.Path, ".globalconfig"), "dotnet_diagnostic.NEWS109.severity = none\n");
        folder.Write("a.news", Articles.Clean("twin"));
        folder.Write("b.news", Articles.Clean("twin"));

        var run = CliRun.Of("check", folder.Path);

        Assert.DoesNotContain(run.Lines, l => l.Contains("NEWS109", StringComparison.Ordinal));
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Configuration_files_are_listed_nearest_first()
    {
        using var folder = new ScratchFolder();
        File.WriteAllText(Path.Combine(folder.Path, ".globalconfig"), "is_global = true\n");
        folder.Write("desk/.editorconfig", "[*.news]\n");
        var path = folder.Write("desk/a.news", Articles.Clean());

        var files = new NewsSeverityResolver().ConfigurationFilesFor(path);

        Assert.Equal(
            new[] { Path.Combine(folder.Path, "desk", ".editorconfig"), Path.Combine(folder.Path, ".editorconfig"), Path.Combine(folder.Path, ".globalconfig") },
            files.Where(f => f.StartsWith(folder.Path, StringComparison.Ordinal)));
    }

    /// <summary>
    /// Issue 17 (a): a rule turned off and a suppression comment for it. Suppressions are resolved the same
    /// under every configuration (the core runs a rule a comment names even when it is off): a comment that
    /// hides nothing is NEWS010 in check as in the build (check used to stay silent), and one that hides a
    /// real finding of the turned-off rule is still needed, so it is not reported.
    /// </summary>
    [Fact]
    public void A_suppression_of_a_rule_configured_none_is_NEWS010_when_it_suppresses_nothing_as_in_the_build()
    {
        using var folder = new ScratchFolder();
        File.WriteAllText(Path.Combine(folder.Path, ".editorconfig"), "root = true\n[*.news]\ndotnet_diagnostic.NEWS001.severity = none\n");
        var body = "%% newsdsl-disable-next-line NEWS001 -- quoted in full in the sidebar\n";
        var stale = folder.Write("stale.news", string.Format(Articles.Header, "stale") + body + "“Iran took proportionate measures,”{@zarif} Zarif said.\n");
        var needed = folder.Write("needed.news", string.Format(Articles.Header, "needed") + body + "“Iran took proportionate measures,” Zarif said, adding [more]{@zarif}.\n");

        var run = CliRun.Of("check", folder.Path);

        var line = Assert.Single(run.Lines, l => l.Contains(" NEWS010: ", StringComparison.Ordinal));
        Assert.StartsWith(stale + "(8,", line, StringComparison.Ordinal);
        Assert.Contains(" warning NEWS010: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain(run.Lines, l => l.StartsWith(needed + "(", StringComparison.Ordinal) && l.Contains(" NEWS010: ", StringComparison.Ordinal));
        Assert.DoesNotContain(run.Lines, l => l.Contains(" NEWS001: ", StringComparison.Ordinal));
    }

    /// <summary>
    /// Never silent: an article without an id gets no class; with NEWS008 turned off, check says so as info,
    /// as the build always did (the generator explained it, check did not).
    /// </summary>
    [Fact]
    public void An_article_without_an_id_and_NEWS008_configured_none_is_explained_as_info_as_in_the_build()
    {
        using var folder = new ScratchFolder();
        File.WriteAllText(Path.Combine(folder.Path, ".editorconfig"), "root = true\n[*.news]\ndotnet_diagnostic.NEWS008.severity = none\n");
        var path = folder.Write("no-id.news", "---\nheadline: No id\n---\n\nWords.\n");

        var run = CliRun.Of("check", path);

        var line = Assert.Single(run.Lines);
        Assert.StartsWith(path + "(1,1): info NEWS008: No class is generated for this article", line, StringComparison.Ordinal);
        Assert.Equal(0, run.ExitCode);
    }
}
