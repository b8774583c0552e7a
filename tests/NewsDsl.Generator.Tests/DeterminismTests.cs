using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsDsl.Generator.Tests.TestKit;
using Xunit;

namespace NewsDsl.Generator.Tests;

/// <summary>The same articles give the same generated files byte for byte, whatever the order, line endings or culture.</summary>
public sealed class DeterminismTests
{
    private static AdditionalText[] Articles(Func<string, string>? transform = null)
    {
        transform ??= s => s;
        return new AdditionalText[]
        {
            Transformed(GeneratorHarness.Article("iran-strikes-back.news", "/project/a/iran-strikes-back.news"), transform),
            Transformed(GeneratorHarness.Article("two-lines.news", "/project/b/two-lines.news"), transform),
            new InMemoryAdditionalText("/project/c/istanbul.news", transform("---\nid: istanbul-iii\nheadline: İstanbul, ıi, 3,5 %\npublished: 2021-03-04T05:06:07.89+03:30\n---\n\n@source i-i person name=\"I\"\n\n“İ ı i I,”{@i-i} she said.\n")),
        };
    }

    private static InMemoryAdditionalText Transformed(InMemoryAdditionalText text, Func<string, string> transform) =>
        new(text.Path, transform(text.Content));

    [Fact]
    public void The_order_of_the_additional_files_does_not_matter()
    {
        var forward = Generate(Articles());
        var backward = Generate(Articles().Reverse().ToArray());

        Assert.Equal(forward, backward);
        Assert.Contains("IranStrikesBack.Article,\n            global::Consumer.News.SecondArticle.Article,\n            global::Consumer.News.IstanbulIii.Article", forward["NewsDsl.NewsArticles.g.cs"]);
    }

    [Fact]
    public void CRLF_and_a_byte_order_mark_do_not_matter()
    {
        var lf = Generate(Articles());
        var crlf = Generate(Articles(s => "\uFEFF" + s.Replace("\n", "\r\n", StringComparison.Ordinal)));

        Assert.Equal(lf, crlf);
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    public void The_culture_does_not_matter(string culture)
    {
        var invariant = WithCulture(CultureInfo.InvariantCulture, () => Generate(Articles()));
        var other = WithCulture(new CultureInfo(culture), () => Generate(Articles()));

        Assert.Equal(invariant, other);
        Assert.Contains("public static partial class IstanbulIii", other["istanbul-iii.g.cs"]);
        Assert.Contains("When the article was published: 2021-03-04T05:06:07.89+03:30.", other["istanbul-iii.g.cs"]);
    }

    [Fact]
    public void Running_twice_gives_the_same_bytes()
    {
        Assert.Equal(Generate(Articles()), Generate(Articles()));
    }

    private static SortedDictionary<string, string> Generate(AdditionalText[] articles)
    {
        var run = GeneratorHarness.Run(articles);
        run.AssertCompilesClean();
        return new SortedDictionary<string, string>(run.Sources.ToDictionary(p => p.Key, p => p.Value), StringComparer.Ordinal);
    }

    private static T WithCulture<T>(CultureInfo culture, Func<T> action)
    {
        var (current, currentUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = current;
            CultureInfo.CurrentUICulture = currentUi;
        }
    }
}
