using Xunit;

namespace NewsDsl.Cli.Tests;

/// <summary>
/// Section headers are matched as the compiler matches them, so `newsdsl check` and `dotnet build`
/// apply the same severities to the same files.
/// </summary>
public sealed class EditorConfigGlobTests
{
    [Theory]
    [InlineData("*", "a.news", true)]
    [InlineData("*.news", "desk/deep/a.news", true)]
    [InlineData("*.news", "a.cs", false)]
    [InlineData("*.{news,md}", "desk/a.md", true)]
    [InlineData("*.{cs,vb}", "a.news", false)]
    [InlineData("drafts/*.news", "drafts/a.news", true)]
    [InlineData("drafts/*.news", "drafts/deep/a.news", false)]
    [InlineData("drafts/**.news", "drafts/deep/a.news", true)]
    [InlineData("/drafts/*.news", "drafts/a.news", true)]
    [InlineData("drafts/*.news", "final/drafts/a.news", false)]
    [InlineData("{final,other}/*.news", "other/a.news", true)]
    [InlineData("a?.news", "ab.news", true)]
    [InlineData("a?.news", "a/.news", false)]
    [InlineData("[ab].news", "b.news", true)]
    [InlineData("[!ab].news", "b.news", false)]
    [InlineData("issue{1..3}.news", "issue2.news", true)]
    [InlineData("issue{1..3}.news", "issue4.news", false)]
    [InlineData("a.news", "xa.news", false)]
    public void Section_headers_match_like_the_compiler(string section, string relativePath, bool expected)
    {
        Assert.Equal(expected, EditorConfigGlob.Parse(section).IsMatch(relativePath));
    }

    [Fact]
    public void A_path_specific_section_applies_only_to_its_folder()
    {
        using var folder = new ScratchFolder();
        File.WriteAllText(
            Path.Combine(folder.Path, ".editorconfig"),
            "root = true\n[*.news]\ndotnet_diagnostic.NEWS001.severity = suggestion\n[drafts/**.news]\ndotnet_diagnostic.NEWS001.severity = none\n[final/*.news]\ndotnet_diagnostic.NEWS001.severity = error\n");
        folder.Write("drafts/deep/a.news", Articles.Warning("draft-article"));
        folder.Write("final/b.news", Articles.Warning("final-article"));
        folder.Write("c.news", Articles.Warning("other-article"));

        var run = CliRun.Of("check", folder.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain(run.Lines, l => l.Contains("drafts", StringComparison.Ordinal));
        Assert.Contains(run.Lines, l => l.Contains("b.news(8,1): error NEWS001", StringComparison.Ordinal));
        Assert.Contains(run.Lines, l => l.Contains("c.news(8,1): info NEWS001", StringComparison.Ordinal));
    }
}
