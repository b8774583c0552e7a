using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using Xunit;
using Xunit.Abstractions;

namespace NewsDsl.EndToEnd.Tests;

/// <summary>A fresh project references the packed NewsDsl and gets diagnostics in its build and the generated API in its code.</summary>
[Collection(PackageCollection.Name)]
public sealed class ConsumerTests
{
    // One unattributed quotation (“a slap”, line 8), one attributed quote and claim, and two
    // figures about casualties that conflict: the spokesman's 2 and the article's own 0.
    private const string Article = """
        ---
        id: e2e-article
        headline: End to end
        ---

        @source spokesman person name="A spokesman" title="Ministry spokesman"

        The minister called it “a slap” in the face.

        “We will respond,”{@spokesman cue="said"} the spokesman said, and [the response will be proportionate]{@spokesman about="response" value="proportionate"}.

        The spokesman said [two guards were hurt]{@spokesman about="casualties" value="2"}; in fact [nobody was hurt]{own about="casualties" value="0"}.
        """;

    private const string Program = """
        using Consumer.News;

        foreach (var article in NewsArticles.All)
        {
            Console.WriteLine($"article {article.Id}: {article.Headline}");
        }

        foreach (var source in E2eArticle.Article.Sources)
        {
            Console.WriteLine($"source {source.Id} {source.Kind} {source.Name} | {source.Title}");
        }

        foreach (var quote in E2eArticle.Quotes)
        {
            Console.WriteLine($"quote {quote.Line}:{quote.Column} {quote.Source?.Id ?? "-"} {quote.Kind} {quote.Cue ?? "-"} {quote.Text}");
        }

        foreach (var claim in E2eArticle.Claims)
        {
            Console.WriteLine($"claim {claim.Line}:{claim.Column} {(claim.IsOwn ? "own" : claim.Source?.Id ?? "-")} {claim.About}={claim.Value} {claim.Text}");
        }

        foreach (var group in E2eArticle.Article.Figures)
        {
            var figures = group.Figures.Select(f => $"{(f.IsOwn ? "own" : f.Source?.Id ?? "-")}={f.Value ?? "-"}@{f.Line}:{f.Column}");
            Console.WriteLine($"figures {group.About} {(group.IsConsistent ? "consistent" : "CONFLICT")}: {string.Join(", ", figures)}");
        }

        Console.WriteLine(E2eArticle.Sources.Spokesman.Title);
        """;

    private readonly PackageFixture _package;
    private readonly ITestOutputHelper _output;

    public ConsumerTests(PackageFixture package, ITestOutputHelper output)
    {
        _package = package;
        _output = output;
    }

    private static string News001Line => "article.news(8,24): warning NEWS001: The quotation “a slap” has no source: add {@source-id} right after its closing mark, or {title} or {term} if it is nobody's words";

    [Fact]
    public void The_package_is_an_analyzer_only_development_dependency()
    {
        using var zip = ZipFile.OpenRead(_package.Package);
        var entries = zip.Entries.Select(e => e.FullName).ToList();
        _output.WriteLine(string.Join("\n", entries));

        Assert.Contains("analyzers/dotnet/cs/NewsDsl.Generator.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/NewsDsl.Language.dll", entries);
        Assert.Contains("build/NewsDsl.props", entries);
        Assert.Contains("build/NewsDsl.targets", entries);
        Assert.Contains("buildTransitive/NewsDsl.props", entries);
        Assert.Contains("buildTransitive/NewsDsl.targets", entries);
        Assert.Contains("PACKAGE.md", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Contains("NewsDsl.Package.dll", StringComparison.Ordinal));

        using var nuspecStream = zip.Entries.Single(e => e.FullName == "NewsDsl.nuspec").Open();
        var nuspec = XDocument.Load(nuspecStream);
        XNamespace ns = nuspec.Root!.GetDefaultNamespace();
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        Assert.Equal("NewsDsl", metadata.Element(ns + "id")!.Value);
        Assert.Equal(_package.Version, metadata.Element(ns + "version")!.Value);
        Assert.Equal("true", metadata.Element(ns + "developmentDependency")!.Value);
        Assert.Equal("MIT", metadata.Element(ns + "license")!.Value);
        Assert.Equal("PACKAGE.md", metadata.Element(ns + "readme")!.Value);
        Assert.Null(metadata.Element(ns + "dependencies"));
        Assert.DoesNotContain("NU5128", _package.Pack.Output);
    }

    [Fact]
    public void Build_reports_the_unattributed_quotation_and_the_program_reads_the_article()
    {
        var project = _package.CreateConsumer("warning", new Dictionary<string, string>
        {
            ["article.news"] = Article,
            ["Program.cs"] = Program,
            ["bin/ignored.news"] = "not an article: bin/ and obj/ are excluded",
        });

        var build = _package.Dotnet(project, "build", "-p:GenerateFullPaths=false", "-nodeReuse:false");
        _output.WriteLine($"build ({build.Elapsed}):\n{build.Output}");

        Assert.Equal(0, build.ExitCode);
        Assert.Contains(build.Lines, l => l.StartsWith(News001Line, StringComparison.Ordinal));
        Assert.DoesNotContain(build.Lines, l => l.Contains(": error ", StringComparison.Ordinal));
        Assert.DoesNotContain(build.Lines, l => l.Contains("ignored.news", StringComparison.Ordinal));

        var run = _package.Dotnet(project, "run", "--no-build");
        _output.WriteLine($"run ({run.Elapsed}):\n{run.Output}");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            new[]
            {
                "article e2e-article: End to end",
                "source spokesman Person A spokesman | Ministry spokesman",
                "quote 8:24 - Partial - a slap",
                "quote 10:1 spokesman FullSentence said We will respond,",
                "claim 10:67 spokesman response=proportionate the response will be proportionate",
                "claim 12:20 spokesman casualties=2 two guards were hurt",
                "claim 12:93 own casualties=0 nobody was hurt",
                "figures response consistent: spokesman=proportionate@10:67",
                "figures casualties CONFLICT: spokesman=2@12:20, own=0@12:93",
                "Ministry spokesman",
            },
            run.Lines);
    }

    [Fact]
    public void An_editorconfig_can_make_the_warning_an_error()
    {
        var project = _package.CreateConsumer("editorconfig", new Dictionary<string, string>
        {
            ["article.news"] = Article,
            ["Program.cs"] = Program,
            [".editorconfig"] = "root = true\n\n[*.news]\ndotnet_diagnostic.NEWS001.severity = error\n",
        });

        var build = _package.Dotnet(project, "build", "-p:GenerateFullPaths=false", "-nodeReuse:false");
        _output.WriteLine($"build ({build.Elapsed}):\n{build.Output}");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains(build.Lines, l => l.StartsWith(News001Line.Replace("warning NEWS001", "error NEWS001", StringComparison.Ordinal), StringComparison.Ordinal));
    }

    [Fact]
    public void Warnings_as_errors_applies_to_article_diagnostics()
    {
        var project = _package.CreateConsumer("warnaserror", new Dictionary<string, string>
        {
            ["article.news"] = Article,
            ["Program.cs"] = Program,
        });

        var build = _package.Dotnet(project, "build", "-p:GenerateFullPaths=false", "-nodeReuse:false", "-p:WarningsAsErrors=NEWS001");
        _output.WriteLine($"build ({build.Elapsed}):\n{build.Output}");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains(build.Lines, l => l.StartsWith(News001Line.Replace("warning NEWS001", "error NEWS001", StringComparison.Ordinal), StringComparison.Ordinal));
    }
}
