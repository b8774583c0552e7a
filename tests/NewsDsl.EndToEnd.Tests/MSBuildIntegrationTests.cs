using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Xunit;
using Xunit.Abstractions;

namespace NewsDsl.EndToEnd.Tests;

/// <summary>What the package's build/NewsDsl.props and .targets do to a consumer's items and builds.</summary>
[Collection(PackageCollection.Name)]
public sealed class MSBuildIntegrationTests
{
    private const string Article = "---\nid: only-article\nheadline: Only\n---\n\nHe said “hi”.\n";

    private const string CountingProgram = "Console.WriteLine(Consumer.News.NewsArticles.All.Count);\n";

    private readonly PackageFixture _package;
    private readonly ITestOutputHelper _output;

    public MSBuildIntegrationTests(PackageFixture package, ITestOutputHelper output)
    {
        _package = package;
        _output = output;
    }

    [Fact]
    public void News_files_are_additional_files_once_and_not_None_items()
    {
        var project = _package.CreateConsumer("items", new Dictionary<string, string>
        {
            ["Program.cs"] = CountingProgram,
            ["articles/a.news"] = Article,
            ["obj/stale.news"] = Article,
            ["bin/Debug/copy.news"] = Article,
            [".hidden/secret.news"] = Article,
            [".editorconfig"] = "root = true\n",
        });
        Assert.Equal(0, _package.Dotnet(project, "restore").ExitCode);

        var evaluation = _package.Dotnet(project, "msbuild", "-getItem:AdditionalFiles", "-getItem:None", "-getItem:CompilerVisibleProperty", "-getProperty:EnableNewsDslDefaultItems");
        _output.WriteLine(evaluation.Output);
        Assert.Equal(0, evaluation.ExitCode);

        using var json = JsonDocument.Parse(evaluation.Output);
        var additional = Identities(json, "AdditionalFiles");
        Assert.Equal(new[] { "articles/a.news" }, additional.Select(Normalize));
        Assert.DoesNotContain(Identities(json, "None"), i => i.EndsWith(".news", StringComparison.Ordinal));
        Assert.Contains("NewsDslNamespace", Identities(json, "CompilerVisibleProperty"));
        Assert.Contains("RootNamespace", Identities(json, "CompilerVisibleProperty"));
        Assert.Equal("true", json.RootElement.GetProperty("Properties").GetProperty("EnableNewsDslDefaultItems").GetString());
    }

    [Fact]
    public void EnableNewsDslDefaultItems_false_leaves_news_files_alone()
    {
        var project = _package.CreateConsumer("opt-out", new Dictionary<string, string>
        {
            ["Program.cs"] = CountingProgram,
            ["article.news"] = Article,
        });

        var build = _package.Dotnet(project, "build", "-nodeReuse:false", "-p:EnableNewsDslDefaultItems=false");
        _output.WriteLine(build.Output);
        Assert.Equal(0, build.ExitCode);
        Assert.DoesNotContain("NEWS001", build.Output);

        var run = _package.Dotnet(project, "run", "--no-build");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(new[] { "0" }, run.Lines);
    }

    [Fact]
    public void NewsDslNamespace_sets_the_namespace()
    {
        var project = _package.CreateConsumer("namespace", new Dictionary<string, string>
        {
            ["Program.cs"] = "Console.WriteLine(Desk.Stories.OnlyArticle.Headline);\n",
            ["article.news"] = Article,
        });

        var build = _package.Dotnet(project, "build", "-nodeReuse:false", "-p:NewsDslNamespace=Desk.Stories");
        _output.WriteLine(build.Output);
        Assert.Equal(0, build.ExitCode);

        var run = _package.Dotnet(project, "run", "--no-build");
        Assert.Equal(new[] { "Only" }, run.Lines);
    }

    [Fact]
    public void A_compiler_older_than_Roslyn_4_8_is_refused_with_a_clear_error()
    {
        var project = _package.CreateConsumer("old-compiler", new Dictionary<string, string>
        {
            ["Program.cs"] = CountingProgram,
            ["article.news"] = Article,
        });

        // Stands in for an old SDK: the property the compiler's targets set to their API version.
        var build = _package.Dotnet(project, "build", "-nodeReuse:false", "-p:CompilerApiVersion=roslyn4.7");
        _output.WriteLine(build.Output);

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains(build.Lines, l => l.Contains("error NEWSDSL001: NewsDsl needs a C# compiler from Roslyn 4.8 or later", StringComparison.Ordinal) && l.Contains("roslyn4.7", StringComparison.Ordinal));
    }

    private static List<string> Identities(JsonDocument json, string itemType) =>
        json.RootElement.GetProperty("Items").TryGetProperty(itemType, out var items)
            ? items.EnumerateArray().Select(i => i.GetProperty("Identity").GetString()!).ToList()
            : new List<string>();

    private static string Normalize(string path) => path.Replace('\\', '/');
}
