using NewsDsl.Language;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;
using Xunit;

namespace NewsDsl.Import.Tests;

/// <summary>The importer's readers and draft: structure kept, markup escaped, speakers declared, tags suggested.</summary>
public sealed class ImporterTests
{
    internal static NewsCheckResult Check(string draft) => NewsChecker.Check(NewsText.From(draft));

    /// <summary>The draft's paragraphs and headings as a reader sees them (escapes undone, tags and brackets gone).</summary>
    internal static List<string> Prose(NewsCheckResult result)
    {
        var text = result.Syntax.Text.Content;
        var prose = new List<string>();
        foreach (var block in result.Syntax.Blocks.OfType<InlineContainerSyntax>())
        {
            var builder = new System.Text.StringBuilder();
            var position = block.ContentSpan.Start;
            foreach (var tag in Tags(block.Inlines))
            {
                builder.Append(text, position, tag.Span.Start - position);
                position = tag.Span.End;
            }

            builder.Append(text, position, block.ContentSpan.End - position);
            prose.Add(Unescape(builder.ToString()));
        }

        return prose;
    }

    private static IEnumerable<TagSyntax> Tags(IReadOnlyList<InlineSyntax> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TagSyntax tag:
                    yield return tag;
                    break;
                case QuotationSyntax quotation:
                    foreach (var nested in Tags(quotation.Children))
                    {
                        yield return nested;
                    }

                    if (quotation.Tag is { } own)
                    {
                        yield return own;
                    }

                    break;
            }
        }
    }

    private static string Unescape(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            // The importer escapes markup characters, and quotation marks nested past the parser's limit.
            if (text[i] == '\\' && i + 1 < text.Length && (text[i + 1] is '\\' or '[' or ']' or '{' or '}' || QuotationMarkCharacters.Contains(text[i + 1])))
            {
                i++;
            }

            builder.Append(text[i]);
        }

        return builder.ToString();
    }

    [Fact]
    public void Plain_text_gives_front_matter_sources_and_suggested_tags()
    {
        var result = ArticleImporter.Import("Published: 2024-05-02\n\nMayor backs new bridge\n\n“It will be built,” Mayor Linda Okafor said.\n\n“On time, too.”\n", ImportFormat.PlainText);
        var check = Check(result.Draft);
        Assert.DoesNotContain(check.Diagnostics, d => d.Id is "NEWS004" or "NEWS008" or "NEWS001" or "NEWS002");
        Assert.Equal("mayor-backs-new-bridge", check.Model.Metadata.Id);
        Assert.Equal("Mayor backs new bridge", check.Model.Metadata.Headline);
        Assert.NotNull(check.Model.Metadata.Published);
        var okafor = Assert.Single(check.Model.Sources);
        Assert.Equal("okafor", okafor.Id);
        Assert.Equal(SourceKind.Person, okafor.Kind);
        Assert.Equal("Linda Okafor", okafor.Name);
        Assert.Equal("Mayor", okafor.Title);
        Assert.All(check.Model.Quotations, q => Assert.True(q.IsSuggested && q.Source == okafor));
    }

    [Fact]
    public void Unsure_quotations_stay_untagged_so_NEWS001_shows_what_is_left()
    {
        var result = ArticleImporter.Import("Prices\n\nPrices were “sticky” all year.\n", ImportFormat.PlainText);
        var check = Check(result.Draft);
        Assert.Contains(check.Diagnostics, d => d.Id == "NEWS001");
        Assert.Empty(check.Model.Sources);
        Assert.Equal(0, result.Suggested);
    }

    [Fact]
    public void Markup_characters_and_markup_lines_are_escaped_and_read_back_unchanged()
    {
        var paragraphs = new[] { "# not a heading {@x} [y]{@z} \\ end", "%% not a note", "@source not a declaration", "--- not front matter" };
        var result = ArticleImporter.Import("Headline\n\n" + string.Join("\n\n", paragraphs) + "\n", ImportFormat.PlainText);
        var check = Check(result.Draft);
        Assert.DoesNotContain(check.Diagnostics, d => d.Id is "NEWS004" or "NEWS008" or "NEWS002");
        Assert.Equal(paragraphs, Prose(check));
    }

    [Fact]
    public void Markdown_headline_headings_quotes_and_emphasis_are_read()
    {
        var markdown = "---\ntitle: Bridge vote\ndate: 2024-05-02\n---\n\n# Ignored because the front matter has a title\n\nThe *council* voted [today](http://x).\n\n## Reaction\n\n> “It will be built,” Mayor Linda Okafor said.\n\n- a list item\n";
        var document = ArticleImporter.Read(markdown, ImportFormat.Markdown);
        Assert.Equal("Bridge vote", document.Headline);
        Assert.Equal("2024-05-02", document.Published);
        Assert.Equal(
            new[] { "Ignored because the front matter has a title", "The council voted today.", "Reaction", "“It will be built,” Mayor Linda Okafor said.", "a list item" },
            document.Blocks.Select(b => b.Text).ToArray());
        Assert.Equal(ImportedBlockKind.Heading, document.Blocks[2].Kind);
        var check = Check(ArticleImporter.Import(markdown, ImportFormat.Markdown).Draft);
        Assert.Equal("okafor", Assert.Single(check.Model.Sources).Id);
    }

    [Fact]
    public void Html_keeps_the_article_body_and_drops_scripts_navigation_and_ads()
    {
        var html = """
            <html><head><title>Site | Bridge</title><meta property="article:published_time" content="2024-05-02T10:00:00Z"><script>var x = "“evil,” he said";</script></head>
            <body><nav><p>Home News</p></nav>
            <article><h1>Bridge vote passes</h1>
            <p>The council voted <b>today</b>.</p>
            <div class="ad-slot"><p>Buy now</p></div>
            <h2>Reaction</h2>
            <blockquote><p>“It will be built,” Mayor Linda Okafor said.</p></blockquote>
            <aside><p>Related: other story</p></aside>
            <script>document.write("<p>injected</p>")</script>
            </article><footer><p>Copyright</p></footer></body></html>
            """;
        var document = ArticleImporter.Read(html, ImportFormat.Html);
        Assert.Equal("Bridge vote passes", document.Headline);
        Assert.Equal("2024-05-02T10:00:00Z", document.Published);
        Assert.Equal(new[] { "The council voted today.", "Reaction", "“It will be built,” Mayor Linda Okafor said." }, document.Blocks.Select(b => b.Text).ToArray());
        var check = Check(ArticleImporter.Import(html, ImportFormat.Html).Draft);
        Assert.DoesNotContain(check.Diagnostics, d => d.Id is "NEWS004" or "NEWS008");
        Assert.Equal("2024-05-02T10:00:00Z", check.Model.Metadata.Published?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("a.md", ImportFormat.Markdown)]
    [InlineData("a.HTML", ImportFormat.Html)]
    [InlineData("a.htm", ImportFormat.Html)]
    [InlineData("a.txt", ImportFormat.PlainText)]
    [InlineData("a", ImportFormat.PlainText)]
    public void The_format_follows_the_extension(string path, ImportFormat expected) => Assert.Equal(expected, ArticleImporter.FormatOf(path));

    [Fact]
    public void Empty_and_hostile_input_still_gives_a_draft_that_parses()
    {
        foreach (var input in new[] { string.Empty, "\n\n\n", "“", "{@", "\\", new string('“', 500), "---\nid: x\n---" })
        {
            var check = Check(ArticleImporter.Import(input, ImportFormat.PlainText).Draft);
            Assert.DoesNotContain(check.Diagnostics, d => d.Id is "NEWS004" or "NEWS008");
        }
    }
}
