using NewsDsl.Language.Semantics;
using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;
using Xunit;

namespace NewsDsl.Language.Tests;

/// <summary>The syntax facts tools ask agree with what the parser and the rules do.</summary>
public sealed class NewsSyntaxFactsTests
{
    [Fact]
    public void Every_kind_keyword_names_a_kind_and_back()
    {
        Assert.Equal(new[] { "person", "organization", "media", "document", "group", "anonymous" }, NewsSyntaxFacts.SourceKindKeywords);
        Assert.Equal(Enum.GetValues<SourceKind>().Length, NewsSyntaxFacts.SourceKindKeywords.Count);
        foreach (var keyword in NewsSyntaxFacts.SourceKindKeywords)
        {
            Assert.True(NewsSyntaxFacts.IsSourceKindKeyword(keyword));
            Assert.Equal(keyword, NewsSyntaxFacts.GetKeyword(NewsSyntaxFacts.GetSourceKind(keyword)!.Value));
        }

        Assert.False(NewsSyntaxFacts.IsSourceKindKeyword("Person"));
        Assert.Null(NewsSyntaxFacts.GetSourceKind("people"));
    }

    [Theory]
    [InlineData("iran-tv", true)]
    [InlineData("a1", true)]
    [InlineData("1a", false)]
    [InlineData("a--b", false)]
    [InlineData("a-", false)]
    [InlineData("Iran", false)]
    [InlineData("", false)]
    public void The_id_rule_is_the_parser_s(string id, bool valid)
    {
        Assert.Equal(valid, NewsSyntaxFacts.IsValidId(id));
        var result = NewsChecker.Check(NewsText.From($"---\nid: {(id.Length == 0 ? "x" : id)}\nheadline: h\n---\n", "a.news"));
        Assert.Equal(valid || id.Length == 0, result.Model.Metadata.Id is not null);
    }

    [Fact]
    public void Hidden_characters_are_exactly_what_NEWS100_reports()
    {
        foreach (var c in "\u202A\u202E\u2066\u2069\u200B\u200D\u2060\uFEFF\u00AD\u200E ab\u2014")
        {
            var reported = NewsChecker.Check(NewsText.From("---\nid: a\nheadline: h\n---\n\nWords" + c + "here.\n", "a.news")).Diagnostics.Any(d => d.Id == "NEWS100");
            Assert.True(reported == NewsSyntaxFacts.IsHiddenCharacter(c), $"U+{(int)c:X4}");
        }
    }

    [Fact]
    public void Lines_are_classified_as_the_parser_reads_them()
    {
        const string Body = "%% a note\n# Heading\n## Sub\n#hashtag\n### three\n@source zarif person name=\"Z\"\n@sourced\n\nProse.\n   \n";
        var syntax = NewsChecker.Check(NewsText.From("---\nid: a\nheadline: h\n---\n" + Body, "a.news")).Syntax;
        var lines = Body.Split('\n')[..^1];
        var kinds = lines.Select(NewsSyntaxFacts.ClassifyLine).ToArray();

        Assert.Equal(
            new[] { NewsLineKind.EditorsNote, NewsLineKind.Heading, NewsLineKind.Heading, NewsLineKind.Prose, NewsLineKind.Prose, NewsLineKind.SourceDeclaration, NewsLineKind.Prose, NewsLineKind.Blank, NewsLineKind.Prose, NewsLineKind.Blank },
            kinds);
        Assert.Single(syntax.Blocks.OfType<SourceDeclarationSyntax>());
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("say \"hi\"", "say \\\"hi\\\"")]
    [InlineData("a\\b", "a\\\\b")]
    public void Attribute_values_escape_backslash_and_quote(string value, string escaped)
    {
        Assert.Equal(escaped, NewsSyntaxFacts.EscapeAttributeValue(value));
        var source = NewsChecker.Check(NewsText.From($"---\nid: a\nheadline: h\n---\n@source z person name=\"{escaped}\"\n\n“Hi,”{{@z}} he said.\n", "a.news")).Model.Sources.Single();
        Assert.Equal(value, source.Name);
    }
}
