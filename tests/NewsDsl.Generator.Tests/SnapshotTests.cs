using Microsoft.CodeAnalysis.CSharp;
using NewsDsl.Generator.Tests.TestKit;
using Xunit;

namespace NewsDsl.Generator.Tests;

/// <summary>The generated code, file by file, against committed snapshots (Snapshots/*.verified.cs).</summary>
public sealed class SnapshotTests
{
    [Fact]
    public void Article()
    {
        var run = GeneratorHarness.Run(new[] { GeneratorHarness.Article("iran-strikes-back.news") });
        run.AssertGeneratorDidNotThrow();
        Snapshot.Match(run.Source("iran-strikes-back.g.cs"));
    }

    /// <summary>The seed article's figures: groups, who says what, the constant IsConsistent, and the article's own figure.</summary>
    [Fact]
    public void ArticleWithFigures()
    {
        var run = GeneratorHarness.Run(new[] { GeneratorHarness.Article("seed-figures.news") });
        run.AssertGeneratorDidNotThrow();
        Snapshot.Match(run.Source("seed-figures.g.cs"));
    }

    [Fact]
    public void NewsArticles()
    {
        var run = GeneratorHarness.Run(new[]
        {
            GeneratorHarness.Article("iran-strikes-back.news"),
            GeneratorHarness.Article("two-lines.news"),
        });
        run.AssertGeneratorDidNotThrow();
        Snapshot.Match(run.Source("NewsDsl.NewsArticles.g.cs"));
    }

    [Theory]
    [InlineData("NewsDsl.Article.g.cs")]
    [InlineData("NewsDsl.Source.g.cs")]
    [InlineData("NewsDsl.SourceKind.g.cs")]
    [InlineData("NewsDsl.Quote.g.cs")]
    [InlineData("NewsDsl.QuoteKind.g.cs")]
    [InlineData("NewsDsl.Claim.g.cs")]
    [InlineData("NewsDsl.Figure.g.cs")]
    [InlineData("NewsDsl.FigureGroup.g.cs")]
    public void RuntimeType(string hintName)
    {
        var run = GeneratorHarness.Run(new[] { GeneratorHarness.Article("two-lines.news") });
        run.AssertGeneratorDidNotThrow();
        Snapshot.Match(run.Source(hintName), hintName.Replace("NewsDsl.", string.Empty).Replace(".g.cs", string.Empty));
    }

    /// <summary>For C# 7.3 consumers: no <c>#nullable</c>, no <c>string?</c>.</summary>
    [Fact]
    public void ArticleForCSharp73()
    {
        var run = GeneratorHarness.Run(new[] { GeneratorHarness.Article("two-lines.news") }, version: LanguageVersion.CSharp7_3);
        run.AssertGeneratorDidNotThrow();
        Snapshot.Match(run.Source("second-article.g.cs"));
    }
}
