using System.Diagnostics;

namespace NewsDsl.Render.Tests;

/// <summary>'newsdsl render' as a user runs it: the built tool in its own process.</summary>
public sealed class RenderCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "newsdsl-render-cli-" + Guid.NewGuid().ToString("N"));

    public RenderCommandTests()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, ".editorconfig"), "root = true\n");
        File.Copy(Articles.PathOf(Articles.SeedFile), Path.Combine(_folder, Articles.SeedFile));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Renders_the_seed_to_the_page_named_with_o()
    {
        var run = Newsdsl("render", Articles.SeedFile, "-o", "review.html");
        Assert.True(run.ExitCode == 0, run.Error);
        var page = File.ReadAllText(Path.Combine(_folder, "review.html"));
        Assert.Equal(ReviewPage.Render(NewsDsl.Language.NewsChecker.Check(NewsDsl.Language.Text.NewsText.From(File.ReadAllText(Path.Combine(_folder, Articles.SeedFile)), Articles.SeedFile)), Articles.SeedFile), page);
        Assert.Empty(Directory.GetFiles(_folder, "*.tmp"));
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public void One_article_without_o_goes_to_standard_output()
    {
        var run = Newsdsl("render", Articles.SeedFile);
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("<!DOCTYPE html>", run.Out, StringComparison.Ordinal);
        Assert.Contains("data-diagnostic=\"NEWS106\"", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Severities_follow_the_editorconfig_as_in_a_build()
    {
        File.WriteAllText(Path.Combine(_folder, ".editorconfig"), "root = true\n[*.news]\ndotnet_diagnostic.NEWS106.severity = none\ndotnet_diagnostic.NEWS005.severity = error\n");
        var run = Newsdsl("render", Articles.SeedFile);
        Assert.Equal(1, run.ExitCode); // NEWS005 is now an error; the page is still written
        Assert.DoesNotContain("data-diagnostic=\"NEWS106\"", run.Out, StringComparison.Ordinal);
        Assert.Contains("data-diagnostic=\"NEWS005\" data-severity=\"error\"", run.Out, StringComparison.Ordinal);
    }

    /// <summary>
    /// Issue 17 (d): the articles rendered together are a project, as for check, so an article id used twice
    /// shows on the later page as NEWS109 (the page checked each article alone and never showed it).
    /// </summary>
    [Fact]
    public void An_article_id_used_twice_shows_as_NEWS109_on_the_later_page()
    {
        var articles = Path.Combine(_folder, "twins");
        Directory.CreateDirectory(articles);
        const string Article = "---\nid: twin\nheadline: Twins\n---\n\nWords.\n";
        File.WriteAllText(Path.Combine(articles, "a.news"), Article);
        File.WriteAllText(Path.Combine(articles, "b.news"), Article);

        var run = Newsdsl("render", "twins", "-o", "pages/");

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("data-diagnostic=\"NEWS109\"", File.ReadAllText(Path.Combine(_folder, "pages", "a.html")), StringComparison.Ordinal);
        Assert.Contains("data-diagnostic=\"NEWS109\" data-severity=\"error\"", File.ReadAllText(Path.Combine(_folder, "pages", "b.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_of_articles_renders_to_a_folder_of_pages()
    {
        var articles = Path.Combine(_folder, "articles");
        Directory.CreateDirectory(Path.Combine(articles, "nested"));
        File.Copy(Articles.PathOf(Articles.SeedFile), Path.Combine(articles, "a.news"));
        File.Copy(Articles.PathOf(Articles.HostileFile), Path.Combine(articles, "nested", "b.news"));
        var run = Newsdsl("render", "articles", "-o", "pages/");
        Assert.Equal(1, run.ExitCode); // the hostile article has NEWS100 errors
        Assert.Equal(new[] { "a.html", "b.html" }, Directory.GetFiles(Path.Combine(_folder, "pages")).Select(Path.GetFileName).OrderBy(x => x, StringComparer.Ordinal));
        Assert.Contains("wrote 2 pages to pages/", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_as_jsonld_gives_the_schema_org_document()
    {
        var run = Newsdsl("export", Articles.SeedFile, "--format", "jsonld");
        Assert.True(run.ExitCode == 0, run.Error);
        var model = NewsDsl.Language.NewsChecker.Check(NewsDsl.Language.Text.NewsText.From(File.ReadAllText(Path.Combine(_folder, Articles.SeedFile)), Articles.SeedFile)).Model;
        Assert.Equal(SchemaOrg.ToJson(model, indented: true), run.Out.TrimEnd('\r', '\n'));
        using var json = System.Text.Json.JsonDocument.Parse(run.Out);
        Assert.Equal("NewsArticle", json.RootElement.GetProperty("@type").GetString());

        var written = Newsdsl("export", Articles.SeedFile, "--format", "jsonld", "-o", "article.jsonld");
        Assert.Equal(0, written.ExitCode);
        Assert.Equal(run.Out, File.ReadAllText(Path.Combine(_folder, "article.jsonld")));
    }

    [Fact]
    public void Bad_usage_exits_2_and_says_how_to_fix_it()
    {
        var missing = Newsdsl("render", "missing.news");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("'missing.news' does not exist", missing.Error, StringComparison.Ordinal);

        File.Copy(Articles.PathOf(Articles.HostileFile), Path.Combine(_folder, "other.news"));
        var several = Newsdsl("render", Articles.SeedFile, "other.news", "-o", "one.html");
        Assert.Equal(2, several.ExitCode);
        Assert.Contains("give a folder", several.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "one.html")));

        var overInput = Newsdsl("render", Articles.SeedFile, "-o", Articles.SeedFile);
        Assert.Equal(2, overInput.ExitCode);
        Assert.Contains("is an input article", overInput.Error, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(Articles.PathOf(Articles.SeedFile)), File.ReadAllText(Path.Combine(_folder, Articles.SeedFile)));

        var help = Newsdsl("render", "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("-o, --output", help.Out, StringComparison.Ordinal);
    }

    private (int ExitCode, string Out, string Error) Newsdsl(params string[] args)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "newsdsl.dll");
        Assert.True(File.Exists(tool), $"{tool} was not built next to the tests");
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        var start = new ProcessStartInfo(string.IsNullOrEmpty(host) ? "dotnet" : host)
        {
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(tool);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("newsdsl did not exit within 60 s");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
