using System.Text;
using NewsDsl.Language;
using NewsDsl.Language.Text;
using Xunit;

namespace NewsDsl.Import.Tests;

/// <summary>
/// Issue 15 section 4: the holes found by hand in the importer, one test (or more) each. Every input here
/// was written for these tests.
/// </summary>
public sealed class ImportRobustnessTests
{
    private static NewsCheckResult Draft(string input, ImportFormat format) => ImporterTests.Check(ArticleImporter.Import(input, format).Draft);

    private static void AssertParsesCleanly(NewsCheckResult check, string draft)
    {
        var problem = check.Diagnostics.FirstOrDefault(d => d.Id is "NEWS004" or "NEWS008" or "NEWS002");
        Assert.True(problem is null, $"{problem}\ndraft:\n{draft}");
    }

    // --- Nothing from the input may ever become a directive.

    [Fact]
    public void A_headline_repeated_as_a_note_that_reads_like_a_directive_never_becomes_one()
    {
        // The second copy of the headline is kept as a note; a bidi control and an untagged quotation give findings to suppress.
        const string headline = "newsdsl-disable NEWS001, NEWS100 -- x";
        var input = headline + "\n\n" + headline + "\n\nCrowds were “angry” at the \u202Eplan.\n";
        var result = ArticleImporter.Import(input, ImportFormat.PlainText);
        var check = ImporterTests.Check(result.Draft);
        Assert.Contains(headline, result.Document.Notes);
        Assert.Empty(check.Syntax.SuppressionDirectives);
        Assert.Empty(check.SuppressedDiagnostics);
        Assert.Contains(check.Diagnostics, d => d.Id == "NEWS001");
        Assert.Contains(check.Diagnostics, d => d.Id == "NEWS100");
        Assert.Contains("%% From the input: " + headline, result.Draft, StringComparison.Ordinal);
    }

    [Fact]
    public void Yaml_front_matter_keys_that_read_like_directives_never_become_ones()
    {
        var markdown = "---\ntitle: Budget vote\nnewsdsl-disable: NEWS001 -- x\nnewsdsl-disable-next-line: NEWS001\nnewsdsl-enable: NEWS001\n---\n\nPrices were “sticky” all year.\n";
        var check = Draft(markdown, ImportFormat.Markdown);
        Assert.Empty(check.Syntax.SuppressionDirectives);
        Assert.Empty(check.SuppressedDiagnostics);
        Assert.Contains(check.Diagnostics, d => d.Id == "NEWS001");
    }

    // --- Quotation marks nested past the parser's limit.

    [Theory]
    [InlineData(65)]
    [InlineData(64)]
    [InlineData(500)]
    public void Unclosed_opening_marks_past_the_nesting_limit_are_escaped_not_a_syntax_error(int count)
    {
        var paragraph = string.Concat(Enumerable.Repeat("“a ", count)) + "end";
        var result = ArticleImporter.Import("Headline\n\n" + paragraph + "\n", ImportFormat.PlainText);
        var check = ImporterTests.Check(result.Draft);
        AssertParsesCleanly(check, result.Draft);
        Assert.Equal(new[] { paragraph }, ImporterTests.Prose(check));
    }

    [Fact]
    public void Mixed_marks_past_the_nesting_limit_keep_the_pairs_the_parser_made()
    {
        // Opening marks of every family past the limit, then as many closing ones: the outer pairs stay quotations.
        var opening = string.Concat(Enumerable.Range(0, 90).Select(i => (i % 3) switch { 0 => "“x ", 1 => "‘y ", _ => "«z " }));
        var closing = string.Concat(Enumerable.Range(0, 90).Reverse().Select(i => (i % 3) switch { 0 => " x”", 1 => " y’", _ => " z»" }));
        var paragraph = "Said " + opening + "middle" + closing + " she said.";
        var result = ArticleImporter.Import("Headline\n\n" + paragraph + "\n", ImportFormat.PlainText);
        var check = ImporterTests.Check(result.Draft);
        AssertParsesCleanly(check, result.Draft);
        Assert.Equal(new[] { paragraph }, ImporterTests.Prose(check));
        Assert.NotEmpty(check.Model.Quotations);
    }

    // --- HTML and Markdown text that was dropped, glued or leaked.

    [Fact]
    public void Html_text_outside_paragraphs_is_kept_and_its_quotations_attributed()
    {
        var html = "<html><body><h1>Council meets</h1><div>“We will respond,” John Smith said.</div>"
            + "<section>Text straight in a section.</section><table><tr><td>A cell, with words.</td></tr></table>Loose text in the body.</body></html>";
        var document = ArticleImporter.Read(html, ImportFormat.Html);
        Assert.Equal(new[] { "“We will respond,” John Smith said.", "Text straight in a section.", "A cell, with words.", "Loose text in the body." }, document.Blocks.Select(b => b.Text));
        var check = Draft(html, ImportFormat.Html);
        var quotation = Assert.Single(check.Model.Quotations);
        Assert.Equal("smith", quotation.Source?.Id);
    }

    [Fact]
    public void Html_line_breaks_separate_words_and_two_in_a_row_separate_paragraphs()
    {
        var html = "<html><body><h1>Letters</h1><p>Line one<br>line two<br/>line three</p><p>First part<br><br>Second part</p></body></html>";
        var document = ArticleImporter.Read(html, ImportFormat.Html);
        Assert.Equal(new[] { "Line one line two line three", "First part", "Second part" }, document.Blocks.Select(b => b.Text));
        var check = Draft(html, ImportFormat.Html);
        Assert.Empty(check.Model.Sources);
    }

    [Fact]
    public void Html_q_elements_get_the_quotation_marks_a_browser_draws()
    {
        var document = ArticleImporter.Read("<body><h1>H</h1><p><q>We will <q>never</q> yield</q>, she said.</p></body>", ImportFormat.Html);
        Assert.Equal("“We will ‘never’ yield”, she said.", Assert.Single(document.Blocks).Text);
    }

    [Fact]
    public void Html_page_furniture_is_left_out_and_counted_in_a_note()
    {
        var html = "<body><nav>Home News Sport</nav><article><h1>Bridge</h1><p>Body text.</p><div class=\"share-bar\">Share this story</div></article><footer>Copyright</footer></body>";
        var document = ArticleImporter.Read(html, ImportFormat.Html);
        Assert.Equal(new[] { "Body text." }, document.Blocks.Select(b => b.Text));
        Assert.Contains(document.Notes, n => n.Contains("1 element, 3 words", StringComparison.Ordinal));
    }

    [Fact]
    public void Markdown_raw_html_blocks_give_their_text_not_their_tags_scripts_styles_or_comments()
    {
        var markdown = "# Council meets\n\n<script>\nvar a = \"“x,” he said\";\n</script>\n\n<!-- an editor's comment “y” -->\n\n<style>p { color: red }</style>\n\n<div>“We will respond,” John Smith said.</div>\n\nPlain paragraph with a <br> break.\n";
        var document = ArticleImporter.Read(markdown, ImportFormat.Markdown);
        Assert.Equal(new[] { "“We will respond,” John Smith said.", "Plain paragraph with a break." }, document.Blocks.Select(b => b.Text));
        var check = Draft(markdown, ImportFormat.Markdown);
        Assert.Equal("smith", Assert.Single(check.Model.Quotations).Source?.Id);
    }

    // --- Markdown nested past Markdig's limit.

    [Theory]
    [InlineData("blockquotes")]
    [InlineData("lists")]
    [InlineData("emphasis")]
    public void Markdown_nested_past_markdigs_limit_is_read_as_plain_text_with_a_note(string shape)
    {
        var body = shape switch
        {
            "blockquotes" => new string('>', 128) + " deep words\n",
            "lists" => string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', i * 2) + "- item" + i + "\n")),
            _ => string.Concat(Enumerable.Repeat("*a ", 100_000)) + "words" + string.Concat(Enumerable.Repeat(" b*", 100_000)) + "\n",
        };
        var result = ArticleImporter.Import("# Deep copy\n\n" + body, ImportFormat.Markdown);
        var check = ImporterTests.Check(result.Draft);
        AssertParsesCleanly(check, result.Draft);
        Assert.Equal("Deep copy", check.Model.Metadata.Headline);
        Assert.Contains(result.Document.Notes, n => n.StartsWith("newsdsl import read this file as plain text", StringComparison.Ordinal));
        Assert.Contains(shape == "lists" ? "item199" : "words", result.Draft, StringComparison.Ordinal);
    }

    // --- The headline reads back exactly.

    [Theory]
    [InlineData("\"We will respond,\" he said")]
    [InlineData("\"Quoted whole\"")]
    [InlineData("A backslash \\ and an escaped \\\" quote")]
    [InlineData("\"\\\\\"")]
    [InlineData("Ends with a backslash \\")]
    [InlineData("“Curly” and 'straight' and a # hash: colon")]
    public void The_headline_reads_back_exactly_from_the_front_matter(string headline)
    {
        foreach (var format in new[] { ImportFormat.PlainText, ImportFormat.Markdown, ImportFormat.Html })
        {
            var input = format switch
            {
                ImportFormat.Markdown => "---\ntitle: '" + headline.Replace("'", "''") + "'\n---\n\nBody.\n",
                ImportFormat.Html => "<body><h1>" + System.Net.WebUtility.HtmlEncode(headline) + "</h1><p>Body.</p></body>",
                _ => headline + "\n\nBody.\n",
            };
            var result = ArticleImporter.Import(input, format);
            var check = ImporterTests.Check(result.Draft);
            AssertParsesCleanly(check, result.Draft);
            Assert.Equal(headline, check.Model.Metadata.Headline);
        }
    }

    // --- Lone surrogates: the API never throws on content.

    [Theory]
    [InlineData(ImportFormat.PlainText)]
    [InlineData(ImportFormat.Markdown)]
    [InlineData(ImportFormat.Html)]
    public void A_lone_surrogate_anywhere_becomes_U_FFFD_with_a_note_and_never_throws(ImportFormat format)
    {
        var input = format switch
        {
            ImportFormat.Markdown => "---\ntitle: Head\uD800line\nauthor: A\uDC00B\n---\n\n“Low \uDFFF,” Ann Lee said.\n",
            ImportFormat.Html => "<body><h1>Head\uD800line</h1><p>“Low \uDFFF,” Ann Lee said.</p></body>",
            _ => "Head\uD800line\n\n“Low \uDFFF,” Ann Lee said.\n",
        };
        var result = ArticleImporter.Import(input, format);
        Assert.DoesNotContain(result.Draft, char.IsSurrogate);
        var check = ImporterTests.Check(result.Draft);
        AssertParsesCleanly(check, result.Draft);
        Assert.Equal("Head\uFFFDline", check.Model.Metadata.Headline);
        Assert.Contains("with U+FFFD", result.Draft, StringComparison.Ordinal);

        // A real pair (an emoji) is text, not a lone surrogate.
        var emoji = ArticleImporter.Import("Head \U0001F600 line\n\nBody.\n", ImportFormat.PlainText);
        Assert.Contains("\U0001F600", emoji.Draft, StringComparison.Ordinal);
        Assert.DoesNotContain("U+FFFD", emoji.Draft, StringComparison.Ordinal);
    }

    // --- Invisible characters from pasted copy.

    [Fact]
    public void Zero_width_spaces_word_joiners_stray_bom_and_soft_hyphens_are_dropped_and_counted_bidi_controls_kept()
    {
        var input = "Head\u200Bline\n\nThe re\u00ADport said \u201Cyes\u2060\u201D and\uFEFF more, \u200B in a row.\n\nAn \u202Eoverride, an \u2066isolate\u2069 and a joiner: \u0645\u200C\u06CC.\n";
        var result = ArticleImporter.Import(input, ImportFormat.PlainText);
        var check = ImporterTests.Check(result.Draft);
        Assert.Equal("Headline", check.Model.Metadata.Headline);
        Assert.Equal(new[] { "The report said “yes” and more, in a row.", "An \u202Eoverride, an \u2066isolate\u2069 and a joiner: \u0645\u200C\u06CC." }, ImporterTests.Prose(check));
        Assert.Equal(5, result.Document.RemovedInvisibleCharacters);
        Assert.Contains("%% newsdsl import dropped 5 invisible characters", result.Draft, StringComparison.Ordinal);
        var hidden = check.Diagnostics.Where(d => d.Id == "NEWS100").Select(d => check.Syntax.Text.Content[d.Span.Start]).ToArray();
        Assert.Equal(new[] { '\u202E', '\u2066', '\u2069', '\u200C' }, hidden);
    }

    [Fact]
    public void Html_entities_for_invisible_characters_are_dropped_too()
    {
        var document = ArticleImporter.Read("<body><h1>H</h1><p>Soft&shy;ware and zero&#8203;width and &#xFEFF;start</p></body>", ImportFormat.Html);
        Assert.Equal("Software and zerowidth and start", Assert.Single(document.Blocks).Text);
        Assert.Equal(3, document.RemovedInvisibleCharacters);
    }

    // --- Encodings: only text comes in.

    [Fact]
    public void Invalid_utf8_is_refused_with_its_line_and_column()
    {
        var bytes = Encoding.UTF8.GetBytes("Headline\n\nCaf").Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes(" news\n")).ToArray();
        Assert.False(ImportEncoding.TryDecode(bytes, out _, out var problem));
        Assert.Contains("not UTF-8", problem, StringComparison.Ordinal);
        Assert.Contains("0xE9 at line 3, column 4", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_without_a_byte_order_mark_is_refused_not_spaced_out()
    {
        Assert.False(ImportEncoding.TryDecode(Encoding.Unicode.GetBytes("Headline\n\nBody.\n"), out _, out var problem));
        Assert.Contains("NUL byte", problem, StringComparison.Ordinal);
        Assert.Contains("UTF-16", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("utf-32le")]
    [InlineData("utf-8")]
    public void Text_with_a_byte_order_mark_or_plain_utf8_is_read(string encoding)
    {
        const string text = "Headline “é” \U0001F600\n\nBody.\n";
        var bytes = encoding switch
        {
            "utf-8-bom" => new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray(),
            "utf-16le" => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray(),
            "utf-16be" => Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(text)).ToArray(),
            "utf-32le" => Encoding.UTF32.GetPreamble().Concat(Encoding.UTF32.GetBytes(text)).ToArray(),
            _ => Encoding.UTF8.GetBytes(text),
        };
        Assert.True(ImportEncoding.TryDecode(bytes, out var decoded, out var problem), problem);
        Assert.Equal(text, decoded);
    }

    [Fact]
    public void A_byte_order_mark_that_lies_is_refused()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(new byte[] { 0x00, 0xD8, 0x41, 0x00 }).ToArray();
        Assert.False(ImportEncoding.TryDecode(bytes, out _, out var problem));
        Assert.Contains("not valid UTF-16", problem, StringComparison.Ordinal);
    }

    // --- Deep HTML is read in linear time (measured in benchmarks/; here: it reads, whole, item by item).

    [Fact]
    public void Html_nested_twenty_thousand_lists_deep_reads_every_item_as_a_paragraph()
    {
        const int depth = 20_000;
        var html = new StringBuilder("<html><body><h1>Deep</h1>");
        for (var i = 0; i < depth; i++)
        {
            html.Append("<ul><li>item").Append(i).Append(' ');
        }

        for (var i = 0; i < depth; i++)
        {
            html.Append("</li></ul>");
        }

        html.Append("</body></html>");
        var document = ArticleImporter.Read(html.ToString(), ImportFormat.Html);
        Assert.Equal(depth, document.Blocks.Count);
        Assert.Equal("item0", document.Blocks[0].Text);
        Assert.Equal("item19999", document.Blocks[depth - 1].Text);
        Assert.Contains(document.Notes, n => n.StartsWith("The page nests elements more than 256 deep", StringComparison.Ordinal));
    }

    [Fact]
    public void Html_that_nests_no_deeper_than_the_limit_is_not_changed()
    {
        var html = "<body><h1>H</h1>" + string.Concat(Enumerable.Repeat("<div><p>x</p>", 200)) + string.Concat(Enumerable.Repeat("</div>", 200)) + "</body>";
        var document = ArticleImporter.Read(html, ImportFormat.Html);
        Assert.Equal(200, document.Blocks.Count);
        Assert.DoesNotContain(document.Notes, n => n.StartsWith("The page nests", StringComparison.Ordinal));
        Assert.Same(html, HtmlDepthLimiter.Limit(html, out var cut));
        Assert.Equal(0, cut);
    }

    // --- Large input: read in chunks, the same answers as one piece.

    [Fact]
    public void A_body_larger_than_a_chunk_gets_the_same_tags_in_every_repetition()
    {
        const string story = "“The bridge will open in spring,” Mayor Linda Okafor said.\n\n“We are ready,” she added.\n\nThe council voted 7 to 2.\n\n“It is a waste,” said Councillor Tom Reyes.\n\n";
        var one = ArticleImporter.Import("Bridge vote\n\n" + story, ImportFormat.PlainText);
        var copies = (DraftWriter.ChunkChars * 2 / story.Length) + 7;
        var many = ArticleImporter.Import("Bridge vote\n\n" + string.Concat(Enumerable.Repeat(story, copies)), ImportFormat.PlainText);
        var check = ImporterTests.Check(many.Draft);
        AssertParsesCleanly(check, many.Draft);
        Assert.Equal(one.Quotations * copies, many.Quotations);
        Assert.Equal(one.Suggested * copies, many.Suggested);
        Assert.Equal(one.Sources, many.Sources);
        Assert.Equal(many.Quotations, check.Model.Quotations.Count(q => q.Parent is null));
        Assert.Equal(many.Suggested, check.Model.Quotations.Count(q => q.IsSuggested));
    }
}
