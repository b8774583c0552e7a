using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsDsl.Generator.Tests.TestKit;
using Xunit;

namespace NewsDsl.Generator.Tests;

/// <summary>The generated code compiles in the strictest consumer: no diagnostic at all, documented, usable.</summary>
public sealed class CompilationTests
{
    private const string UserCode = """
        using System;
        using System.Linq;
        using Consumer.News;

        namespace Consumer;

        /// <summary>Uses the generated API the way the package readme shows.</summary>
        public static class UsesArticles
        {
            /// <summary>Who said what.</summary>
            public static string Describe()
            {
                var zarif = IranStrikesBack.Sources.Zarif;
                string? title = zarif.Title;
                SourceKind kind = zarif.Kind;
                Quote first = IranStrikesBack.Quotes[0];
                Source? speaker = first.Source;
                Claim claim = IranStrikesBack.Claims.First();
                DateTimeOffset? published = IranStrikesBack.Published;
                Article article = NewsArticles.All.Single(a => a.Id == IranStrikesBack.Id);
                FigureGroup group = SeedFigures.Figures[0];
                Figure figure = group.Figures[0];
                bool own = SeedFigures.Claims.Any(c => c.IsOwn) && figure.IsOwn;
                string? value = figure.Value;
                Source? who = figure.Source;
                int figures = article.Figures.Count;
                return $"{zarif.Name} {title} {kind} {first.Text} {speaker?.Name} {first.Line}:{first.Column} {first.Kind} {claim.Text} {claim.About} {published} {article.Headline}"
                    + $" {group.About} {group.IsConsistent} {figure.Text} {value} {who?.Name} {own} {figure.Line}:{figure.Column} {figures}";
            }
        }
        """;

    [Theory]
    [InlineData(LanguageVersion.Latest)]
    [InlineData(LanguageVersion.CSharp12)]
    [InlineData(LanguageVersion.CSharp8)]
    [InlineData(LanguageVersion.CSharp7_3)]
    public void Generated_code_has_no_diagnostics(LanguageVersion version)
    {
        var run = GeneratorHarness.Run(
            new[] { GeneratorHarness.Article("iran-strikes-back.news"), GeneratorHarness.Article("two-lines.news"), GeneratorHarness.Article("seed-figures.news") },
            version: version);

        run.AssertCompilesClean();
        // Eight runtime types, NewsArticles, and one class per article.
        Assert.Equal(12, run.Sources.Count);
    }

    [Fact]
    public void User_code_compiles_against_the_generated_api()
    {
        var run = GeneratorHarness.Run(new[] { GeneratorHarness.Article("iran-strikes-back.news"), GeneratorHarness.Article("seed-figures.news") }, code: UserCode);

        run.AssertCompilesClean();
    }

    [Fact]
    public void A_project_without_articles_still_gets_the_types_and_an_empty_list()
    {
        var run = GeneratorHarness.Run(System.Array.Empty<AdditionalText>());

        run.AssertCompilesClean();
        Assert.Contains("NewsDsl.NewsArticles.g.cs", run.Sources.Keys);
        Assert.Contains("new global::Consumer.News.Article[0]", run.Source("NewsDsl.NewsArticles.g.cs"));
        using var loaded = run.Load();
        Assert.Empty((IEnumerable<object>)loaded.Static("Consumer.News.NewsArticles", "All")!);
    }

    [Fact]
    public void Files_that_are_not_articles_are_ignored()
    {
        var run = GeneratorHarness.Run(new AdditionalText[]
        {
            new InMemoryAdditionalText("/project/notes.txt", "---\nid: not-an-article\nheadline: x\n---\n"),
            GeneratorHarness.Article("two-lines.news"),
            new InMemoryAdditionalText("/project/UPPER.NEWS", "---\nid: upper-case-extension\nheadline: Still an article\n---\n"),
        });

        run.AssertCompilesClean();
        Assert.DoesNotContain("not-an-article.g.cs", run.Sources.Keys);
        Assert.Contains("second-article.g.cs", run.Sources.Keys);
        Assert.Contains("upper-case-extension.g.cs", run.Sources.Keys);
    }

    [Fact]
    public void Every_generated_public_symbol_is_documented()
    {
        var run = GeneratorHarness.Run(new[] { GeneratorHarness.Article("iran-strikes-back.news"), GeneratorHarness.Article("seed-figures.news") });
        run.AssertCompilesClean();

        var ns = run.Output.GlobalNamespace.GetNamespaceMembers().Single(n => n.Name == "Consumer").GetNamespaceMembers().Single(n => n.Name == "News");
        var undocumented = new List<string>();
        var checkedCount = 0;
        foreach (var symbol in PublicSymbols(ns))
        {
            checkedCount++;
            var xml = symbol.GetDocumentationCommentXml();
            if (string.IsNullOrWhiteSpace(xml) || !xml.Contains("<summary>"))
            {
                undocumented.Add(symbol.ToDisplayString());
            }
        }

        Assert.True(checkedCount > 60, $"only {checkedCount} symbols found");
        Assert.Empty(undocumented);
    }

    [Fact]
    public void A_suggested_attribution_is_IsSuggested_in_the_generated_quotes_and_claims()
    {
        const string Text = "---\nid: suggested\nheadline: Suggested\n---\n@source zarif person name=\"Mohammad Javad Zarif\"\n\n"
            + "“We took proportionate measures,”{@zarif?} he said. “We do not seek escalation,”{@zarif} he added.\n\n"
            + "[Iran will respond in proportion]{@zarif? cue=\"said\"}, and [it seeks no war]{@zarif}.\n";
        var run = GeneratorHarness.Run(new[] { new InMemoryAdditionalText("/project/suggested.news", Text) });

        run.AssertCompilesClean();
        using var loaded = run.Load();
        var quotes = ((System.Collections.IEnumerable)loaded.Static("Consumer.News.Suggested", "Quotes")!).Cast<object>().ToList();
        var claims = ((System.Collections.IEnumerable)loaded.Static("Consumer.News.Suggested", "Claims")!).Cast<object>().ToList();
        Assert.Equal(new[] { true, false }, quotes.Select(q => (bool)q.GetType().GetProperty("IsSuggested")!.GetValue(q)!));
        Assert.Equal(new[] { true, false }, claims.Select(c => (bool)c.GetType().GetProperty("IsSuggested")!.GetValue(c)!));

        // A suggested attribution still names its source.
        Assert.NotNull(quotes[0].GetType().GetProperty("Source")!.GetValue(quotes[0]));
    }

    [Fact]
    public void The_documentation_file_is_well_formed_and_lists_each_quote_with_its_source()
    {
        var run = GeneratorHarness.Run(new[] { GeneratorHarness.Article("iran-strikes-back.news") });
        using var loaded = run.Load();

        var quotes = loaded.Documentation.Descendants("member")
            .Single(m => (string?)m.Attribute("name") == "P:Consumer.News.IranStrikesBack.Quotes");
        var items = quotes.Descendants("item").Select(i => i.Value).ToList();
        Assert.Equal(5, items.Count);
        Assert.Equal("line 20, column 1, zarif (Mohammad Javad Zarif): Iran took and concluded proportionate measures in self-defense,", items[0]);
        Assert.Equal("line 26, column 128, no source: a tinderbox", items[3]);
    }

    [Fact]
    public void Generated_code_is_marked_generated()
    {
        var run = GeneratorHarness.Run(new[] { GeneratorHarness.Article("iran-strikes-back.news") });

        foreach (var (hint, text) in run.Sources)
        {
            Assert.StartsWith("// <auto-generated/>\n#nullable enable\n", text);
            Assert.Contains("[global::System.CodeDom.Compiler.GeneratedCode(\"NewsDsl\", \"0.2.0\")]", text);
            Assert.DoesNotContain("\r", text);
            Assert.True(hint.EndsWith(".g.cs"), hint);
        }
    }

    private static IEnumerable<ISymbol> PublicSymbols(INamespaceOrTypeSymbol container)
    {
        foreach (var member in container.GetMembers())
        {
            if (member.DeclaredAccessibility != Accessibility.Public || member.IsImplicitlyDeclared)
            {
                continue;
            }

            if (member is IMethodSymbol { MethodKind: MethodKind.PropertyGet or MethodKind.PropertySet })
            {
                continue;
            }

            yield return member;
            if (member is INamedTypeSymbol type)
            {
                foreach (var nested in PublicSymbols(type))
                {
                    yield return nested;
                }
            }
        }
    }
}
