using NewsDsl.Language.Parsing;
using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;
using Xunit;

namespace NewsDsl.Language.Tests;

/// <summary>
/// Exact spans of every kind of node (offset, length, and the line and column they map to), and the
/// guarantee that LF, CRLF, CR and a byte order mark never change a reported position.
/// The offsets below were counted by hand on <see cref="Sample"/>; each assertion also checks the text under the span.
/// </summary>
public sealed class ParserTests
{
    // Line  1: ---
    // Line  2: id: iran-strikes-back                                  (offset 4)
    // Line  3: headline: "Iran strikes back"                          (offset 26)
    // Line  4: published: 2020-01-08T05:55:00Z                        (offset 56)
    // Line  5: ---                                                    (offset 88)
    // Line  6: %% Sources.                                            (offset 92)
    // Line  7: @source zarif person name="…" title="…"                (offset 104)
    // Line  9: ## ‘Slap in the face’{@zarif}                          (offset 187)
    // Line 11: “Iran took proportionate measures,”{@zarif cue="said"} Zarif said,   (offset 218)
    // Line 12: adding [more could come]{@zarif}.                      (offset 285)
    private const string Sample =
        "---\nid: iran-strikes-back\nheadline: \"Iran strikes back\"\npublished: 2020-01-08T05:55:00Z\n---\n" +
        "%% Sources.\n@source zarif person name=\"Mohammad Javad Zarif\" title=\"Foreign Minister of Iran\"\n\n" +
        "## ‘Slap in the face’{@zarif}\n\n" +
        "“Iran took proportionate measures,”{@zarif cue=\"said\"} Zarif said,\nadding [more could come]{@zarif}.\n";

    private static NewsSyntaxTree Parse(string text) => NewsParser.Parse(NewsText.From(text, "sample.news"));

    private static void AssertSpan(NewsText text, TextSpan span, int start, int length, string content, int line, int column)
    {
        Assert.Equal((start, length), (span.Start, span.Length));
        Assert.Equal(content, text.ToString(span));
        var position = text.GetLinePosition(span.Start);
        Assert.Equal((line, column), (position.Line + 1, position.Character + 1));
    }

    [Fact]
    public void Sample_parses_without_errors_into_comment_declaration_heading_and_paragraph()
    {
        var tree = Parse(Sample);

        Assert.Empty(tree.Errors);
        Assert.Collection(
            tree.Blocks,
            b => Assert.IsType<CommentSyntax>(b),
            b => Assert.IsType<SourceDeclarationSyntax>(b),
            b => Assert.IsType<HeadingSyntax>(b),
            b => Assert.IsType<ParagraphSyntax>(b));
    }

    [Fact]
    public void Front_matter_and_its_entries_have_exact_spans()
    {
        var tree = Parse(Sample);
        var frontMatter = Assert.IsType<FrontMatterSyntax>(tree.FrontMatter);

        Assert.True(frontMatter.IsClosed);
        AssertSpan(tree.Text, frontMatter.Span, 0, 91, Sample.Substring(0, 91), 1, 1);
        Assert.EndsWith("\n---", tree.Text.ToString(frontMatter.Span), StringComparison.Ordinal);
        Assert.Equal(new[] { "id", "headline", "published" }, frontMatter.Entries.Select(e => e.Key));

        var id = frontMatter.Entries[0];
        AssertSpan(tree.Text, id.Span, 4, 21, "id: iran-strikes-back", 2, 1);
        AssertSpan(tree.Text, id.KeySpan, 4, 2, "id", 2, 1);
        AssertSpan(tree.Text, id.ValueSpan, 8, 17, "iran-strikes-back", 2, 5);
        Assert.Equal("iran-strikes-back", id.Value);

        var headline = frontMatter.Entries[1];
        AssertSpan(tree.Text, headline.Span, 26, 29, "headline: \"Iran strikes back\"", 3, 1);
        AssertSpan(tree.Text, headline.KeySpan, 26, 8, "headline", 3, 1);
        AssertSpan(tree.Text, headline.ValueSpan, 37, 17, "Iran strikes back", 3, 12);
        Assert.Equal("Iran strikes back", headline.Value);

        var published = frontMatter.Entries[2];
        AssertSpan(tree.Text, published.KeySpan, 56, 9, "published", 4, 1);
        AssertSpan(tree.Text, published.ValueSpan, 67, 20, "2020-01-08T05:55:00Z", 4, 12);
    }

    [Fact]
    public void Comment_and_declaration_have_exact_spans()
    {
        var tree = Parse(Sample);

        var comment = Assert.IsType<CommentSyntax>(tree.Blocks[0]);
        AssertSpan(tree.Text, comment.Span, 92, 11, "%% Sources.", 6, 1);

        var declaration = Assert.IsType<SourceDeclarationSyntax>(tree.Blocks[1]);
        AssertSpan(tree.Text, declaration.Span, 104, 81, "@source zarif person name=\"Mohammad Javad Zarif\" title=\"Foreign Minister of Iran\"", 7, 1);
        Assert.Equal(("zarif", "person"), (declaration.Id, declaration.KindText));
        AssertSpan(tree.Text, declaration.IdSpan, 112, 5, "zarif", 7, 9);
        AssertSpan(tree.Text, declaration.KindSpan, 118, 6, "person", 7, 15);

        Assert.Equal(2, declaration.Attributes.Count);
        var name = declaration.Attributes[0];
        AssertSpan(tree.Text, name.Span, 125, 27, "name=\"Mohammad Javad Zarif\"", 7, 22);
        AssertSpan(tree.Text, name.NameSpan, 125, 4, "name", 7, 22);
        AssertSpan(tree.Text, name.ValueSpan, 131, 20, "Mohammad Javad Zarif", 7, 28);
        var title = declaration.Attributes[1];
        AssertSpan(tree.Text, title.NameSpan, 153, 5, "title", 7, 50);
        AssertSpan(tree.Text, title.ValueSpan, 160, 24, "Foreign Minister of Iran", 7, 57);
        Assert.Equal("Foreign Minister of Iran", title.Value);
    }

    [Fact]
    public void Heading_its_quotation_and_its_tag_have_exact_spans()
    {
        var tree = Parse(Sample);

        var heading = Assert.IsType<HeadingSyntax>(tree.Blocks[2]);
        Assert.Equal(2, heading.Level);
        AssertSpan(tree.Text, heading.Span, 187, 29, "## ‘Slap in the face’{@zarif}", 9, 1);
        AssertSpan(tree.Text, heading.ContentSpan, 190, 26, "‘Slap in the face’{@zarif}", 9, 4);

        var quotation = Assert.IsType<QuotationSyntax>(Assert.Single(heading.Inlines));
        Assert.Equal(QuotationMarkFamily.Single, quotation.Family);
        AssertSpan(tree.Text, quotation.Span, 190, 26, "‘Slap in the face’{@zarif}", 9, 4);
        AssertSpan(tree.Text, quotation.OpeningMark, 190, 1, "‘", 9, 4);
        AssertSpan(tree.Text, quotation.ClosingMark!.Value, 207, 1, "’", 9, 21);
        AssertSpan(tree.Text, quotation.ContentSpan, 191, 16, "Slap in the face", 9, 5);

        var tag = Assert.IsType<TagSyntax>(quotation.Tag);
        AssertSpan(tree.Text, tag.Span, 208, 8, "{@zarif}", 9, 22);
        AssertSpan(tree.Text, tag.AtSign, 209, 1, "@", 9, 23);
        AssertSpan(tree.Text, tag.SourceIdSpan, 210, 5, "zarif", 9, 24);
        Assert.Equal((TagKind.Source, "zarif", false), (tag.Kind, tag.SourceId, tag.IsDangling));
    }

    [Fact]
    public void Paragraph_quotation_tag_attributes_and_span_have_exact_spans()
    {
        var tree = Parse(Sample);

        var paragraph = Assert.IsType<ParagraphSyntax>(tree.Blocks[3]);
        AssertSpan(tree.Text, paragraph.Span, 218, 100, Sample.Substring(218, 100), 11, 1);
        Assert.EndsWith("{@zarif}.", tree.Text.ToString(paragraph.Span), StringComparison.Ordinal);
        Assert.Equal(2, paragraph.Inlines.Count);

        var quotation = Assert.IsType<QuotationSyntax>(paragraph.Inlines[0]);
        AssertSpan(tree.Text, quotation.Span, 218, 54, "“Iran took proportionate measures,”{@zarif cue=\"said\"}", 11, 1);
        AssertSpan(tree.Text, quotation.OpeningMark, 218, 1, "“", 11, 1);
        AssertSpan(tree.Text, quotation.ClosingMark!.Value, 252, 1, "”", 11, 35);
        AssertSpan(tree.Text, quotation.ContentSpan, 219, 33, "Iran took proportionate measures,", 11, 2);

        var tag = quotation.Tag!;
        AssertSpan(tree.Text, tag.Span, 253, 19, "{@zarif cue=\"said\"}", 11, 36);
        var cue = Assert.Single(tag.Attributes);
        AssertSpan(tree.Text, cue.NameSpan, 261, 3, "cue", 11, 44);
        AssertSpan(tree.Text, cue.ValueSpan, 266, 4, "said", 11, 49);

        var span = Assert.IsType<AttributedSpanSyntax>(paragraph.Inlines[1]);
        AssertSpan(tree.Text, span.Span, 292, 25, "[more could come]{@zarif}", 12, 8);
        AssertSpan(tree.Text, span.OpenBracket, 292, 1, "[", 12, 8);
        AssertSpan(tree.Text, span.CloseBracket, 308, 1, "]", 12, 24);
        AssertSpan(tree.Text, span.ContentSpan, 293, 15, "more could come", 12, 9);
        AssertSpan(tree.Text, span.Tag.Span, 309, 8, "{@zarif}", 12, 25);
        AssertSpan(tree.Text, span.Tag.AtSign, 310, 1, "@", 12, 26);
    }

    [Fact]
    public void Paragraphs_end_at_blank_lines_even_with_spaces_and_lose_trailing_space()
    {
        var tree = Parse("---\nid: a\nheadline: b\n---\nFirst line\nsecond line   \n \t \nThird\n\n\nFourth\n");

        var paragraphs = tree.Blocks.OfType<ParagraphSyntax>().Select(p => tree.Text.ToString(p.Span)).ToList();
        Assert.Equal(new[] { "First line\nsecond line", "Third", "Fourth" }, paragraphs);
    }

    [Fact]
    public void Indented_paragraph_starts_at_its_first_character()
    {
        var tree = Parse("---\nid: a\nheadline: b\n---\n   “Indented,” he said.\n");

        var paragraph = Assert.Single(tree.Blocks.OfType<ParagraphSyntax>());
        AssertSpan(tree.Text, paragraph.Span, 29, 20, "“Indented,” he said.", 5, 4);
    }

    [Theory]
    [InlineData("# Heading", 1)]
    [InlineData("## Heading", 2)]
    [InlineData("### Heading", 0)]
    [InlineData("#Heading", 0)]
    [InlineData("##", 0)]
    [InlineData(" ## Heading", 0)]
    public void Only_hash_space_and_two_hashes_space_start_a_heading(string line, int level)
    {
        var tree = Parse("---\nid: a\nheadline: b\n---\n" + line + "\n");

        var block = Assert.Single(tree.Blocks);
        if (level == 0)
        {
            Assert.IsType<ParagraphSyntax>(block);
        }
        else
        {
            Assert.Equal(level, Assert.IsType<HeadingSyntax>(block).Level);
        }
    }

    [Fact]
    public void Unclosed_front_matter_ends_at_the_first_line_that_is_not_key_value()
    {
        var tree = Parse("---\nid: a\nheadline: b\n\n“Quote,” he said.\n");

        var frontMatter = tree.FrontMatter!;
        Assert.False(frontMatter.IsClosed);
        AssertSpan(tree.Text, frontMatter.Span, 0, 21, "---\nid: a\nheadline: b", 1, 1);
        var error = Assert.Single(tree.Errors);
        AssertSpan(tree.Text, error.Span, 0, 3, "---", 1, 1);
        Assert.IsType<ParagraphSyntax>(Assert.Single(tree.Blocks));
    }

    [Fact]
    public void Syntax_errors_point_at_the_offending_text()
    {
        const string text =
            "---\nid: Bad-Id\nheadline: b\npublished: 2020-01-08 05:55\n---\n" +
            "@source zarif minister name=\"Z\" role=\"x\"\n\n" +
            "“Quote,”{@zarif mood=\"calm\"} he said. {@zarif} “Film”{flim}\n";
        var tree = Parse(text);

        var errors = tree.Errors.Select(e => tree.Text.ToString(e.Span)).ToList();
        Assert.Equal(new[] { "Bad-Id", "2020-01-08 05:55", "minister", "role", "mood", "{@zarif}", "{flim}" }, errors.OrderBy(e => text.IndexOf(e, StringComparison.Ordinal)));
    }

    // ------------------------------------------------------------------ line endings and the byte order mark

    private const string EveryFinding =
        "---\nid: line-endings\nheadline: Iran strikes back\npublished: 2020-01-08 05:55\n---\n" +
        "%% Every NEWS001-NEWS007 finding, for comparing line endings.\n" +
        "@source zarif person name=\"Mohammad Javad Zarif\"\n" +
        "@source zarif person name=\"Javad Zarif\"\n" +
        "@source trump person name=\"Donald Trump\"\n" +
        "@source officials anonymous name=\"Two Iraqi security officials\"\n\n" +
        "## ‘Slap in the face’\n\n" +
        "“Iran took and concluded proportionate measures in self-defense,”{@zarif} Zarif said,\n" +
        "adding that Tehran did “not seek escalation” and [more could come]{@officials}.\n\n" +
        "The Pentagon said: \"Iran launched more than a dozen ballistic missiles.\n\n" +
        "\"It is clear that these missiles were launched from Iran.\"{@pentagon}\n\n" +
        "“Military actions in this form are not sufficient for that issue.\n\n" +
        "Ayatollah Khamenei ruled out any resumption of talks {@zarif mood=\"x\"}.\n";

    public static TheoryData<string> Articles()
    {
        var data = new TheoryData<string>
        {
            EveryFinding,
            "“Iran took proportionate measures,” Zarif said on line 1, with no front matter.\n\n“Second,” he said.",
        };
        data.Add(File.ReadAllText(RepositoryPaths.TestData("Seed", "press-tv-unmarked.news")).ReplaceLineEndings("\n"));
        data.Add(File.ReadAllText(RepositoryPaths.Samples("press-tv-264060-iran-strikes-back.news")).ReplaceLineEndings("\n"));
        return data;
    }

    private static List<string> Positions(string text)
    {
        var result = NewsChecker.Check(NewsText.From(text, "a.news"));
        return result.Diagnostics.Select(d => $"{d.Id} {d.Start} {d.End}")
            .Concat(result.Model.Quotations.Select(q => $"quote {q.Start} {q.Text}"))
            .Concat(result.Model.Claims.Select(c => $"claim {c.Start} {c.Text}"))
            .ToList();
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Crlf_and_cr_give_the_same_lines_columns_and_texts_as_lf(string lf)
    {
        var expected = Positions(lf);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, Positions(lf.Replace("\n", "\r\n")));
        Assert.Equal(expected, Positions(lf.Replace("\n", "\r")));
    }

    [Fact]
    public void Every_finding_article_reports_every_rule_it_is_meant_to()
    {
        var ids = NewsChecker.Check(NewsText.From(EveryFinding, "a.news")).Diagnostics.Select(d => d.Id).ToHashSet();

        Assert.Superset(new HashSet<string> { "NEWS001", "NEWS002", "NEWS003", "NEWS004", "NEWS005", "NEWS006", "NEWS007" }, ids);
    }

    [Fact]
    public void Crlf_positions_are_the_hand_counted_ones()
    {
        var result = NewsChecker.Check(NewsText.From(EveryFinding.Replace("\n", "\r\n"), "a.news"));

        // Line 12 is "## ‘Slap in the face’": the untagged heading quote is NEWS001 at column 4.
        Assert.Contains(result.Diagnostics, d => d.Id == "NEWS001" && d.Start == new LinePosition(11, 3));
        // Line 21 opens a quotation that is never closed.
        Assert.Contains(result.Diagnostics, d => d.Id == "NEWS007" && d.Start == new LinePosition(20, 0));
        // The second declaration of zarif (line 8) is NEWS006 at its id, column 9.
        Assert.Contains(result.Diagnostics, d => d.Id == "NEWS006" && d.Start == new LinePosition(7, 8));
        var pentagon = Assert.Single(result.Model.Quotes, q => q.Text.StartsWith("Iran launched", StringComparison.Ordinal));
        Assert.Equal("Iran launched more than a dozen ballistic missiles.\nIt is clear that these missiles were launched from Iran.", pentagon.Text);
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void A_byte_order_mark_shifts_no_offset_line_or_column(string text)
    {
        var plain = NewsChecker.Check(NewsText.From(text, "a.news"));
        var withBom = NewsChecker.Check(NewsText.From("\uFEFF" + text, "a.news"));

        Assert.True(withBom.Syntax.Text.HadByteOrderMark);
        Assert.Equal(
            plain.Diagnostics.Select(d => (d.Id, d.Span, d.Start)),
            withBom.Diagnostics.Select(d => (d.Id, d.Span, d.Start)));
        Assert.Equal(plain.Model.Quotations.Select(q => (q.Start, q.Text)), withBom.Model.Quotations.Select(q => (q.Start, q.Text)));
    }

    [Fact]
    public void A_byte_order_mark_decoded_from_utf8_bytes_keeps_line_one_column_one()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(System.Text.Encoding.UTF8.GetBytes("“Quote,” he said.\n")).ToArray();
        var decoded = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.Equal('\uFEFF', decoded[0]);

        var result = NewsChecker.Check(NewsText.From(decoded, "a.news"));

        Assert.Equal(
            new[] { "NEWS001 1,1", "NEWS008 1,1" },
            result.Diagnostics.Where(d => d.Id.StartsWith("NEWS00", StringComparison.Ordinal)).Select(d => $"{d.Id} {d.Start}").OrderBy(s => s, StringComparer.Ordinal));
        Assert.Equal(new LinePosition(0, 0), Assert.Single(result.Model.Quotes).Start);
    }

    [Fact]
    public void Front_matter_is_found_after_a_byte_order_mark_and_with_crlf()
    {
        var tree = Parse("\uFEFF---\r\nid: iran-strikes-back\r\nheadline: Iran strikes back\r\n---\r\n");

        Assert.Empty(tree.Errors);
        var id = tree.FrontMatter!.Entries[0];
        AssertSpan(tree.Text, id.ValueSpan, 9, 17, "iran-strikes-back", 2, 5);
        Assert.Equal("Iran strikes back", tree.FrontMatter.Entries[1].Value);
    }
}
