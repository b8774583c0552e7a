using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsDsl.Generator.Naming;
using NewsDsl.Generator.Tests.TestKit;
using Xunit;

namespace NewsDsl.Generator.Tests;

/// <summary>Ids that would make bad C# names still give valid, unique names, and clashes between articles are NEWS006.</summary>
public sealed class NamingTests
{
    private static InMemoryAdditionalText Article(string id, string body = "", string? path = null) =>
        new(path ?? "/project/" + id + ".news", $"---\nid: {id}\nheadline: Article {id}\n---\n\n{body}");

    [Theory]
    [InlineData("iran-strikes-back", "IranStrikesBack")]
    [InlineData("iran-tv", "IranTv")]
    [InlineData("a", "A")]
    [InlineData("covid-19-update", "Covid19Update")]
    [InlineData("a-1b", "A1b")]
    [InlineData("9-lives", "_9Lives")]
    [InlineData("--", "_")]
    [InlineData("café-noir", "CafNoir")]
    [InlineData("i-i", "II")]
    public void Ids_become_PascalCase_ascii_identifiers(string id, string expected)
    {
        Assert.Equal(expected, Identifiers.ToPascalCase(id));
    }

    [Theory]
    [InlineData("sources", "Sources_")]
    [InlineData("quotes", "Quotes_")]
    [InlineData("claims", "Claims_")]
    [InlineData("article", "Article_")]
    [InlineData("id", "Id_")]
    [InlineData("headline", "Headline_")]
    [InlineData("quote", "Quote_")]
    [InlineData("source", "Source_")]
    [InlineData("source-kind", "SourceKind_")]
    [InlineData("quote-kind", "QuoteKind_")]
    [InlineData("claim", "Claim_")]
    [InlineData("figure", "Figure_")]
    [InlineData("figure-group", "FigureGroup_")]
    [InlineData("figures", "Figures_")]
    [InlineData("news-articles", "NewsArticles_")]
    [InlineData("system", "System_")]
    [InlineData("consumer", "Consumer_")]
    [InlineData("news", "News_")]
    [InlineData("class", "Class")]
    [InlineData("string", "String_")]
    [InlineData("object", "Object_")]
    [InlineData("file", "File_")]
    [InlineData("environment", "Environment_")]
    [InlineData("date-time-offset", "DateTimeOffset_")]
    [InlineData("task", "Task_")]
    [InlineData("string-theory", "StringTheory")]
    public void Article_class_names_avoid_every_name_the_generated_code_needs(string id, string expected)
    {
        Assert.Equal(expected, Identifiers.ArticleClassName(id, "Consumer.News"));
    }

    [Fact]
    public void Articles_with_awkward_ids_and_sources_compile_and_keep_their_values()
    {
        var ids = new[]
        {
            "sources", "quotes", "claims", "figures", "article", "id", "headline", "published", "contributors",
            "quote", "source", "source-kind", "quote-kind", "claim", "figure", "figure-group", "news-articles",
            "system", "consumer", "news", "class", "string", "object", "void", "global", "namespace",
        };
        const string Body = """
            @source sources person name="Sources"
            @source equals person name="Equals"
            @source to-string person name="ToString"
            @source get-type person name="GetType"
            @source class person name="Class"
            @source a-1b person name="First"
            @source a1b person name="Second"
            @source system person name="System"

            “One,”{@sources} “two,”{@equals} “three,”{@to-string} “four,”{@get-type} “five,”{@class} “six,”{@a-1b} “seven,”{@a1b} “eight.”{@system}
            """;
        var articles = ids.Select(id => (AdditionalText)Article(id, Body)).ToArray();
        const string UserCode = """
            namespace Consumer.News
            {
                /// <summary>User code in the generated namespace still finds System.</summary>
                public static class InTheSameNamespace
                {
                    /// <summary>Uses System and a renamed article.</summary>
                    public static string Name() => System.String.Concat(System_.Id, Sources_.Sources.Sources_.Name, Quote_.Sources.A1b_2.Name);
                }
            }
            """;

        var run = GeneratorHarness.Run(articles, code: UserCode);

        run.AssertCompilesClean();
        // Only NEWS111 (info): each renamed class is named, nothing else is reported.
        Assert.All(run.GeneratorDiagnostics, d => Assert.Equal(("NEWS111", DiagnosticSeverity.Info), (d.Id, d.Severity)));
        using var loaded = run.Load();
        foreach (var id in ids)
        {
            var className = "Consumer.News." + Identifiers.ArticleClassName(id, "Consumer.News");
            Assert.Equal(id, loaded.Static(className, "Id"));
        }

        var sources = loaded.Type("Consumer.News.Sources_+Sources");
        var members = sources.GetFields().Select(f => f.Name).OrderBy(n => n, StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { "A1b", "A1b_2", "Class", "Equals_", "GetType_", "Sources_", "System", "ToString_" }, members);
        Assert.Equal("Second", LoadedAssembly.Get(sources.GetField("A1b_2")!.GetValue(null)!, "Name"));
        var quotes = ((IEnumerable<object>)loaded.Static("Consumer.News.Sources_", "Quotes")!).ToList();
        Assert.Equal(
            new[] { "Sources", "Equals", "ToString", "GetType", "Class", "First", "Second", "System" },
            quotes.Select(q => (string)LoadedAssembly.Get(LoadedAssembly.Get(q, "Source")!, "Name")!));
    }

    [Fact]
    public void Two_ids_that_make_one_class_name_are_NEWS110_from_the_generator_not_a_compiler_error()
    {
        var run = GeneratorHarness.Run(new AdditionalText[]
        {
            Article("a1b", path: "/project/b.news"),
            Article("a-1b", path: "/project/a.news"),
        });

        run.AssertCompilesClean();
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("NEWS110", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(
            "Article id 'a1b' makes the class name 'A1b', which article 'a-1b' (/project/a.news) already has: give one of the articles another id; until then this article gets no generated class",
            diagnostic.GetMessage());
        // Path order decides which one is "the second": b.news, at its id (line 2, column 5).
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal("/project/b.news", span.Path);
        Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePosition(1, 4), span.StartLinePosition);
        Assert.Contains("'a1b'", diagnostic.GetMessage());
        Assert.Contains("'A1b'", diagnostic.GetMessage());
        Assert.Contains("a-1b", diagnostic.GetMessage());
        Assert.Contains("a-1b.g.cs", run.Sources.Keys);
        Assert.DoesNotContain("a1b.g.cs", run.Sources.Keys);
        using var loaded = run.Load();
        Assert.Equal("a-1b", loaded.Static("Consumer.News.A1b", "Id"));
    }

    [Fact]
    public void The_same_id_twice_is_the_languages_NEWS109_at_the_second_article_once()
    {
        var run = GeneratorHarness.Run(new AdditionalText[]
        {
            Article("twin", "“Second.”{term}", path: "/project/z/second.news"),
            Article("twin", "“First.”{term}", path: "/project/a/first.news"),
        });

        run.AssertCompilesClean();
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("NEWS109", diagnostic.Id);
        Assert.Equal("/project/z/second.news", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePosition(1, 4), diagnostic.Location.GetLineSpan().StartLinePosition);
        Assert.Equal("Article id 'twin' is already used by /project/a/first.news: give one of the articles another id; until then this article gets no generated class", diagnostic.GetMessage());
        Assert.Equal("https://github.com/newsdsl/newsdsl/blob/main/docs/diagnostics/NEWS109.md", diagnostic.Descriptor.HelpLinkUri);
        Assert.Single(run.Sources.Keys, k => k.StartsWith("twin", StringComparison.Ordinal));
    }

    [Fact]
    public void NEWS109_follows_the_editorconfig_of_the_article_it_points_at_but_is_never_silent()
    {
        var run = GeneratorHarness.Run(new AdditionalText[]
        {
            new InMemoryAdditionalText("/project/quiet/.editorconfig", "[*.news]\ndotnet_diagnostic.NEWS109.severity = none\n"),
            Article("twin", path: "/project/a.news"),
            Article("twin", path: "/project/quiet/b.news"),
            Article("other", path: "/project/c.news"),
            Article("other", path: "/project/d.news"),
        });

        run.AssertCompilesClean();
        var diagnostics = run.GeneratorDiagnostics.OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal).ToList();
        Assert.Equal(new[] { "/project/d.news", "/project/quiet/b.news" }, diagnostics.Select(d => d.Location.GetLineSpan().Path));
        Assert.All(diagnostics, d => Assert.Equal("NEWS109", d.Id));
        Assert.Equal(DiagnosticSeverity.Error, diagnostics[0].Severity);

        // Turned off where b.news lives, but b.news gets no class: it is still said, as info.
        Assert.Equal(DiagnosticSeverity.Info, diagnostics[1].Severity);
    }

    [Fact]
    public void NEWS110_turned_off_is_still_reported_as_info_because_the_article_gets_no_class()
    {
        var run = GeneratorHarness.Run(new AdditionalText[]
        {
            new InMemoryAdditionalText("/project/.editorconfig", "[*.news]\ndotnet_diagnostic.NEWS110.severity = none\n"),
            Article("a1b", path: "/project/b.news"),
            Article("a-1b", path: "/project/a.news"),
        });

        run.AssertCompilesClean();
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("NEWS110", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
    }

    /// <summary>
    /// Never silent: the core's verdict explains the missing class at info when NEWS008 or NEWS004 is turned
    /// off, and the analyzer reports it as it reports every finding (so check and the editor say it too); the
    /// generator no longer says it a second time.
    /// </summary>
    [Fact]
    public async System.Threading.Tasks.Task An_article_without_an_id_is_explained_when_NEWS008_or_NEWS004_is_turned_off()
    {
        var files = new AdditionalText[]
        {
            new InMemoryAdditionalText("/project/.editorconfig", "[*.news]\ndotnet_diagnostic.NEWS008.severity = none\ndotnet_diagnostic.NEWS004.severity = none\n"),
            new InMemoryAdditionalText("/project/no-id.news", "---\nheadline: x\n---\n"),
            new InMemoryAdditionalText("/project/bad-id.news", "---\nid: Not A Valid Id!\nheadline: x\n---\n"),
            Article("fine"),
        };
        var run = GeneratorHarness.Run(files);

        run.AssertCompilesClean();
        Assert.Empty(run.GeneratorDiagnostics);
        var diagnostics = (await AnalyzerHarness.Analyze(files)).Where(d => d.Id is "NEWS004" or "NEWS008").OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal).ToList();
        Assert.Equal(new[] { "/project/bad-id.news", "/project/no-id.news" }, diagnostics.Select(d => d.Location.GetLineSpan().Path));
        Assert.Equal(new[] { "NEWS004", "NEWS008" }, diagnostics.Select(d => d.Id));
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.All(diagnostics, d => Assert.StartsWith("No class is generated for this article", d.GetMessage(), StringComparison.Ordinal));
    }

    [Fact]
    public void An_article_without_an_id_generates_nothing_and_breaks_nothing()
    {
        var run = GeneratorHarness.Run(new AdditionalText[]
        {
            new InMemoryAdditionalText("/project/no-front-matter.news", "Just “prose”."),
            new InMemoryAdditionalText("/project/bad-id.news", "---\nid: Not A Valid Id!\nheadline: x\n---\n"),
            new InMemoryAdditionalText("/project/empty.news", ""),
            Article("fine"),
        });

        run.AssertCompilesClean();
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal(new[] { "fine.g.cs" }, run.Sources.Keys.Where(k => !k.StartsWith("NewsDsl.", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("MyApp", "MyApp.News")]
    [InlineData("My-App", "My_App.News")]
    [InlineData("", "News")]
    public void The_namespace_defaults_to_the_root_namespace_dot_News(string rootNamespace, string expected)
    {
        var options = new TestOptionsProvider(new Dictionary<string, string> { ["build_property.RootNamespace"] = rootNamespace });
        var run = GeneratorHarness.Run(new[] { (AdditionalText)Article("one") }, options);

        run.AssertCompilesClean();
        using var loaded = run.Load();
        Assert.Equal("one", loaded.Static(expected + ".One", "Id"));
    }

    [Theory]
    [InlineData("Newsroom.Articles", "Newsroom.Articles")]
    [InlineData(" Spaced . Out ", "Spaced.Out")]
    [InlineData("class.2020.news-desk", "@class._2020.news_desk")]
    [InlineData("...", "News")]
    public void NewsDslNamespace_wins_and_is_made_valid(string configured, string expected)
    {
        var options = new TestOptionsProvider(new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = "Ignored",
            ["build_property.NewsDslNamespace"] = configured,
        });
        var run = GeneratorHarness.Run(new[] { (AdditionalText)Article("one") }, options);

        run.AssertCompilesClean();
        Assert.Contains("namespace " + expected + "\n", run.Source("one.g.cs"));
        using var loaded = run.Load();
        Assert.Equal("one", loaded.Static(expected.Replace("@", string.Empty) + ".One", "Id"));
    }
}
