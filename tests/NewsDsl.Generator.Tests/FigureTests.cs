using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using NewsDsl.Generator.Tests.TestKit;
using NewsDsl.Language;
using NewsDsl.Language.Text;
using Xunit;

namespace NewsDsl.Generator.Tests;

/// <summary>
/// Issue 4: the figure groups of an article (<c>about="…" value="…"</c>) in the generated objects,
/// with who says what, the article's own figures (<c>{own …}</c>) and whether the figures agree.
/// </summary>
public sealed class FigureTests
{
    private const string Seed = "Consumer.News.SeedFigures";

    private static InMemoryAdditionalText Article(string id, string body) =>
        new("/project/" + id + ".news", $"---\nid: {id}\nheadline: About {id}\n---\n\n{body}");

    [Fact]
    public void The_seed_articles_groups_read_back_with_who_says_what_and_whether_they_conflict()
    {
        var run = GeneratorHarness.Run(new[] { GeneratorHarness.Article("seed-figures.news") });
        run.AssertCompilesClean();
        using var loaded = run.Load();

        var groups = List(loaded.Static(Seed, "Figures"));
        Assert.Equal(new[] { "missiles", "casualties" }, groups.Select(g => (string)LoadedAssembly.Get(g, "About")!));

        var missiles = groups[0];
        Assert.False((bool)LoadedAssembly.Get(missiles, "IsConsistent")!);
        Assert.Equal(
            new[] { "Islamic Revolution Guards Corps: -", "Iranian television: 15", "The Pentagon: >12", "Iraqi military: 22" },
            List(LoadedAssembly.Get(missiles, "Figures")).Select(Describe));

        var casualties = groups[1];
        Assert.False((bool)LoadedAssembly.Get(casualties, "IsConsistent")!);
        var figures = List(LoadedAssembly.Get(casualties, "Figures"));
        Assert.Equal(new[] { "National TV: 80", "(own): 0" }, figures.Select(Describe));
        Assert.Equal("80 “American terrorists” had been killed", LoadedAssembly.Get(figures[0], "Text"));
        Assert.Equal((20, 18), ((int)LoadedAssembly.Get(figures[0], "Line")!, (int)LoadedAssembly.Get(figures[0], "Column")!));
        Assert.Equal("killed no one", LoadedAssembly.Get(figures[1], "Text"));
        Assert.Equal((26, 48), ((int)LoadedAssembly.Get(figures[1], "Line")!, (int)LoadedAssembly.Get(figures[1], "Column")!));

        // A figure's source is the article's own Source object, not a copy.
        var nationalTv = loaded.Type(Seed + "+Sources").GetField("NationalTv")!.GetValue(null);
        Assert.Same(nationalTv, LoadedAssembly.Get(figures[0], "Source"));

        // The Article object carries the same list, and the own claim says so.
        var article = loaded.Static(Seed, "Article")!;
        Assert.Same(loaded.Static(Seed, "Figures"), LoadedAssembly.Get(article, "Figures"));
        var claims = List(loaded.Static(Seed, "Claims"));
        Assert.Equal(new[] { false, false, false, false, true }, claims.Select(c => (bool)LoadedAssembly.Get(c, "IsOwn")!));
        Assert.Null(LoadedAssembly.Get(claims[4], "Source"));
    }

    [Fact]
    public void User_code_reads_the_figures_through_the_compiled_api()
    {
        const string UserCode = """
            using System.Linq;
            using Consumer.News;

            namespace Consumer;

            /// <summary>Reports every conflict the way a fact-checking desk would.</summary>
            public static class Desk
            {
                /// <summary>One line per group.</summary>
                public static string Report() => string.Join("\n", SeedFigures.Article.Figures.Select(g =>
                    g.About + (g.IsConsistent ? "" : " CONFLICT") + ": "
                    + string.Join(", ", g.Figures.Select(f => (f.IsOwn ? "the article" : f.Source?.Name ?? "?") + " → " + (f.Value ?? "no figure")))));
            }
            """;
        var run = GeneratorHarness.Run(new[] { GeneratorHarness.Article("seed-figures.news") }, code: UserCode);
        run.AssertCompilesClean();
        using var loaded = run.Load();

        var report = (string)loaded.Type("Consumer.Desk").GetMethod("Report")!.Invoke(null, null)!;

        Assert.Equal(
            "missiles CONFLICT: Islamic Revolution Guards Corps → no figure, Iranian television → 15, The Pentagon → >12, Iraqi military → 22\n"
            + "casualties CONFLICT: National TV → 80, the article → 0",
            report);
    }

    [Fact]
    public void IsConsistent_is_the_cores_answer_emitted_as_a_constant()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Articles", "seed-figures.news");
        var model = NewsChecker.Bind(NewsText.From(File.ReadAllText(path), path));
        var run = GeneratorHarness.Run(new[] { GeneratorHarness.Article("seed-figures.news") });
        using var loaded = run.Load();

        var groups = List(loaded.Static(Seed, "Figures"));
        Assert.Equal(model.Figures.Select(g => (g.About, g.IsConsistent, g.Figures.Count)), groups.Select(g =>
            ((string)LoadedAssembly.Get(g, "About")!, (bool)LoadedAssembly.Get(g, "IsConsistent")!, List(LoadedAssembly.Get(g, "Figures")).Count)));
        var code = run.Source("seed-figures.g.cs");
        Assert.Equal(2, CountOf(code, "isConsistent: false),"));
        Assert.DoesNotContain("IsCompatibleWith", code, StringComparison.Ordinal);
    }

    [Fact]
    public void Figures_that_can_all_be_true_are_consistent()
    {
        var run = GeneratorHarness.Run(new AdditionalText[] { Article("agree", """
            @source a organization name="A"
            @source b organization name="B"
            @source c organization name="C"

            [15 missiles]{@a about="missiles" value="15"}, [more than a dozen]{@b about="MISSILES " value=">12"}, [12 to 15]{@c about="missiles" value="12-15"}.
            [Dozens of drones]{@a about="drones"} and [one drone]{own about="one" value="1"}.
            """) });
        run.AssertCompilesClean();
        using var loaded = run.Load();

        var groups = List(loaded.Static("Consumer.News.Agree", "Figures"));
        Assert.Equal(new[] { "missiles", "drones", "one" }, groups.Select(g => (string)LoadedAssembly.Get(g, "About")!));
        Assert.All(groups, g => Assert.True((bool)LoadedAssembly.Get(g, "IsConsistent")!));
        Assert.Null(LoadedAssembly.Get(List(LoadedAssembly.Get(groups[1], "Figures")).Single(), "Value"));
    }

    [Fact]
    public void An_article_without_figures_has_an_empty_list()
    {
        var run = GeneratorHarness.Run(new[] { GeneratorHarness.Article("two-lines.news") });
        run.AssertCompilesClean();
        using var loaded = run.Load();

        Assert.Empty(List(loaded.Static("Consumer.News.SecondArticle", "Figures")));
        Assert.Empty(List(LoadedAssembly.Get(loaded.Static("Consumer.News.SecondArticle", "Article")!, "Figures")));
    }

    [Fact]
    public void The_documentation_lists_each_group_with_who_says_what_and_whether_they_conflict()
    {
        var run = GeneratorHarness.Run(new[] { GeneratorHarness.Article("seed-figures.news") });
        using var loaded = run.Load();

        var member = loaded.Documentation.Descendants("member").Single(m => (string?)m.Attribute("name") == "P:" + Seed + ".Figures");
        var items = member.Descendants("item").Select(i => i.Value).ToList();
        Assert.Equal(
            new[]
            {
                "missilesconflicting: irgc (Islamic Revolution Guards Corps) gives no figure (line 16, column 15); iran-tv (Iranian television) says 15 (line 18, column 25); "
                + "pentagon (The Pentagon) says >12 (line 22, column 20); iraq-military (Iraqi military) says 22 (line 24, column 22).",
                "casualtiesconflicting: national-tv (National TV) says 80 (line 20, column 18); the article itself says 0 (line 26, column 48).",
            },
            items);
        var claims = loaded.Documentation.Descendants("member").Single(m => (string?)m.Attribute("name") == "P:" + Seed + ".Claims");
        Assert.Equal("line 26, column 48, the article itself: killed no one", claims.Descendants("item").Last().Value);
    }

    [Fact]
    public void Figure_text_that_looks_like_code_or_markup_stays_a_value()
    {
        var run = GeneratorHarness.Run(new AdditionalText[] { Article("hostile", """
            @source a organization name="A"

            [); System.Environment.Exit(1); //</summary> <b> \u0022]{@a about="x</summary>&amp;" value="\"1\" }"}
            """) });
        run.AssertCompilesClean();
        using var loaded = run.Load();

        var group = List(loaded.Static("Consumer.News.Hostile", "Figures")).Single();
        Assert.Equal("x</summary>&amp;", LoadedAssembly.Get(group, "About"));
        var figure = List(LoadedAssembly.Get(group, "Figures")).Single();
        Assert.Equal("\"1\" }", LoadedAssembly.Get(figure, "Value"));
        Assert.Equal("); System.Environment.Exit(1); //</summary> <b> \\u0022", LoadedAssembly.Get(figure, "Text"));
    }

    [Fact]
    public void Ids_named_like_the_figure_types_and_members_do_not_collide()
    {
        const string Body = """
            @source figures organization name="Figures"
            @source figure organization name="Figure"
            @source figure-group organization name="FigureGroup"

            [one]{@figures about="figures" value="1"} [two]{@figure about="figures" value="2"} [three]{@figure-group about="figure" value="3"} [none]{own about="figure" value="3"}
            """;
        var ids = new[] { "figures", "figure", "figure-group" };
        var run = GeneratorHarness.Run(ids.Select(id => (AdditionalText)Article(id, Body)).ToArray());

        run.AssertCompilesClean();
        // Only NEWS111 (info): each renamed class is named, nothing else is reported.
        Assert.All(run.GeneratorDiagnostics, d => Assert.Equal(("NEWS111", DiagnosticSeverity.Info), (d.Id, d.Severity)));
        Assert.Contains("NewsDsl.Figure.g.cs", run.Sources.Keys);
        Assert.Contains("NewsDsl.FigureGroup.g.cs", run.Sources.Keys);
        Assert.Contains("figure.g.cs", run.Sources.Keys);
        using var loaded = run.Load();
        foreach (var (id, className) in new[] { ("figures", "Figures_"), ("figure", "Figure_"), ("figure-group", "FigureGroup_") })
        {
            Assert.Equal(id, loaded.Static("Consumer.News." + className, "Id"));
            var groups = List(loaded.Static("Consumer.News." + className, "Figures"));
            Assert.Equal(new[] { ("figures", false), ("figure", true) }, groups.Select(g => ((string)LoadedAssembly.Get(g, "About")!, (bool)LoadedAssembly.Get(g, "IsConsistent")!)));
            var sources = loaded.Type("Consumer.News." + className + "+Sources").GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => f.Name);
            Assert.Equal(new[] { "Figures", "Figure", "FigureGroup" }, sources);
            Assert.Equal("FigureGroup", LoadedAssembly.Get(LoadedAssembly.Get(List(LoadedAssembly.Get(groups[1], "Figures"))[0], "Source")!, "Name"));
        }

        Assert.Equal(3, List(loaded.Static("Consumer.News.NewsArticles", "All")).Count);
    }

    private static List<object> List(object? value) => ((IEnumerable<object>)value!).ToList();

    private static string Describe(object figure)
    {
        var source = LoadedAssembly.Get(figure, "Source");
        var who = (bool)LoadedAssembly.Get(figure, "IsOwn")! ? "(own)" : (string)LoadedAssembly.Get(source!, "Name")!;
        return who + ": " + ((string?)LoadedAssembly.Get(figure, "Value") ?? "-");
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
