using NewsDsl.Language.Semantics;
using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;
using Xunit;

namespace NewsDsl.Language.Tests;

/// <summary>
/// Every edge of quotation detection (contract §3), asserted exactly: the quoted text, where its
/// opening mark is, whose words it is, what kind, and which findings it causes. Positions are found
/// by searching the article text, never taken from the parser.
/// </summary>
public sealed class QuotationDetectionTests
{
    private const string Sources =
        "@source zarif person name=\"Mohammad Javad Zarif\" title=\"Foreign Minister of Iran\"\n" +
        "@source khamenei person name=\"Ayatollah Seyyed Ali Khamenei\" title=\"Leader of Iran\"\n" +
        "@source rouhani person name=\"Hassan Rouhani\" title=\"President of Iran\"\n" +
        "@source pentagon organization name=\"The Pentagon\"\n" +
        "@source irgc organization name=\"Islamic Revolution Guards Corps\"\n" +
        "@source national-tv media name=\"National TV\"\n" +
        "@source khazali person name=\"Qais al-Khazali\"\n" +
        "@source spokesman person name=\"Government spokesman\"\n";

    private static string Article(string body) =>
        "---\nid: quotation-case\nheadline: Iran strikes back at US with missile attack at bases in Iraq\n---\n" + Sources + "\n" + body;

    private static NewsCheckResult Check(string body) => NewsChecker.Check(NewsText.From(Article(body), "case.news"));

    /// <summary>1-based line and column of the <paramref name="occurrence"/>-th <paramref name="needle"/> in the article around <paramref name="body"/>.</summary>
    private static (int Line, int Column) At(string body, string needle, int occurrence = 1)
    {
        var text = Article(body);
        var index = -1;
        for (var n = 0; n < occurrence; n++)
        {
            index = text.IndexOf(needle, index + 1, StringComparison.Ordinal);
            Assert.True(index >= 0, $"'{needle}' #{occurrence} is not in the test text");
        }

        var line = text.Take(index).Count(c => c == '\n') + 1;
        var column = index - (text.LastIndexOf('\n', index - 1) + 1) + 1;
        return (line, column);
    }

    private static (string Text, string? Source, QuotationKind Kind, int Line, int Column) Row(Quotation q) =>
        (q.Text, q.Source?.Id, q.Kind, q.Start.Line + 1, q.Start.Character + 1);

    private static (string Text, string? Source, QuotationKind Kind, int Line, int Column) Expect(string body, string text, string? source, QuotationKind kind, string openingNeedle, int occurrence = 1)
    {
        var (line, column) = At(body, openingNeedle, occurrence);
        return (text, source, kind, line, column);
    }

    /// <summary>The findings quotation detection is responsible for: NEWS001, NEWS002, NEWS004, NEWS007.</summary>
    private static List<string> Findings(NewsCheckResult result) =>
        result.Diagnostics
            .Where(d => d.Id is "NEWS001" or "NEWS002" or "NEWS004" or "NEWS007")
            .Select(d => $"{d.Id} {d.Start.Line + 1},{d.Start.Character + 1}")
            .ToList();

    private static string Finding(string id, (int Line, int Column) at) => $"{id} {at.Line},{at.Column}";

    // ------------------------------------------------------------------ the four contract marks

    [Fact]
    public void Curly_double_quotation_with_tag_is_one_attributed_quote()
    {
        const string body = "“Iran took and concluded proportionate measures in self-defense,”{@zarif cue=\"said\" via=\"Twitter\"} Zarif said on Twitter.\n";
        var result = Check(body);

        var quote = Assert.Single(result.Model.Quotes);
        Assert.Equal(Expect(body, "Iran took and concluded proportionate measures in self-defense,", "zarif", QuotationKind.FullSentence, "“Iran"), Row(quote));
        Assert.Equal(AttributionKind.Tagged, quote.Attribution);
        Assert.Equal(QuotationMarkFamily.Double, quote.Family);
        Assert.True(quote.IsTerminated);
        Assert.Equal("said", quote.Cue);
        Assert.Equal("Twitter", quote.Via);
        Assert.Empty(Findings(result));
    }

    [Fact]
    public void Straight_double_quotation_opens_after_a_space_and_closes_before_its_tag()
    {
        const string body = "The Pentagon said the facilities had been on \"high alert\"{@pentagon} after days of steadily mounting tension.\n";
        var result = Check(body);

        var quote = Assert.Single(result.Model.Quotes);
        Assert.Equal(Expect(body, "high alert", "pentagon", QuotationKind.Partial, "\"high"), Row(quote));
        Assert.Empty(Findings(result));
    }

    [Fact]
    public void Curly_single_quotation_is_a_quotation()
    {
        const string body = "‘The situation is not currently a war situation,’{@spokesman} the minister told reporters.\n";
        var result = Check(body);

        var quote = Assert.Single(result.Model.Quotes);
        Assert.Equal(Expect(body, "The situation is not currently a war situation,", "spokesman", QuotationKind.FullSentence, "‘The"), Row(quote));
        Assert.Equal(QuotationMarkFamily.Single, quote.Family);
    }

    [Fact]
    public void Straight_single_quotation_is_a_quotation()
    {
        const string body = "Officials described the bases as on 'high alert'{@pentagon} all night.\n";
        var result = Check(body);

        var quote = Assert.Single(result.Model.Quotes);
        Assert.Equal(Expect(body, "high alert", "pentagon", QuotationKind.Partial, "'high"), Row(quote));
        Assert.Equal(QuotationMarkFamily.Single, quote.Family);
    }

    [Fact]
    public void Untagged_quotation_is_NEWS001_at_its_opening_mark_and_listed_without_source()
    {
        const string body = "The office said it had received \"an official verbal message\" from Iran.\n";
        var result = Check(body);

        var quote = Assert.Single(result.Model.Quotes);
        Assert.Equal(Expect(body, "an official verbal message", null, QuotationKind.Partial, "\"an"), Row(quote));
        Assert.Equal(AttributionKind.None, quote.Attribution);
        Assert.Equal(new[] { Finding("NEWS001", At(body, "\"an")) }, Findings(result));
    }

    [Fact]
    public void Two_quotations_in_a_sentence_each_take_only_their_own_tag()
    {
        const string body = "Zarif said it was “legitimate self-defense”{@zarif} against “legitimate targets” under international law.\n";
        var result = Check(body);

        Assert.Equal(
            new[]
            {
                Expect(body, "legitimate self-defense", "zarif", QuotationKind.Partial, "“legitimate self"),
                Expect(body, "legitimate targets", null, QuotationKind.Partial, "“legitimate targets"),
            },
            result.Model.Quotes.Select(Row));
        Assert.Equal(new[] { Finding("NEWS001", At(body, "“legitimate targets")) }, Findings(result));
    }

    [Theory]
    [InlineData("“", "”", QuotationMarkFamily.Double)]
    [InlineData("\"", "\"", QuotationMarkFamily.Double)]
    [InlineData("‘", "’", QuotationMarkFamily.Single)]
    [InlineData("'", "'", QuotationMarkFamily.Single)]
    [InlineData("«", "»", QuotationMarkFamily.Guillemet)]
    [InlineData("»", "«", QuotationMarkFamily.Guillemet)]
    [InlineData("‹", "›", QuotationMarkFamily.SingleGuillemet)]
    [InlineData("›", "‹", QuotationMarkFamily.SingleGuillemet)]
    [InlineData("„", "“", QuotationMarkFamily.Double)]
    [InlineData("„", "”", QuotationMarkFamily.Double)]
    [InlineData("‚", "‘", QuotationMarkFamily.Single)]
    public void Every_pair_of_marks_makes_a_quotation(string open, string close, QuotationMarkFamily family)
    {
        var body = $"Khazali threatened: {open}Das ist ein Versprechen{close}{{@khazali}} und ging.\n";
        var result = Check(body);

        var quote = Assert.Single(result.Model.Quotes);
        Assert.Equal(Expect(body, "Das ist ein Versprechen", "khazali", QuotationKind.Partial, open + "Das"), Row(quote));
        Assert.Equal(family, quote.Family);
        Assert.Empty(Findings(result));
    }

    [Theory]
    [InlineData("„", "“")]
    [InlineData("«", "»")]
    [InlineData("»", "«")]
    public void International_quotation_without_tag_is_NEWS001(string open, string close)
    {
        var body = $"{open}Das ist ein Versprechen{close}, drohte Khazali.\n";
        var result = Check(body);

        var quote = Assert.Single(result.Model.Quotes);
        Assert.Null(quote.Source);
        Assert.Equal(new[] { Finding("NEWS001", At(body, open + "Das")) }, Findings(result));
    }

    [Fact]
    public void French_guillemets_with_no_break_spaces_trim_the_spaces_from_the_text()
    {
        const string body = "M. Zarif a déclaré : «\u00a0Nous ne cherchons pas l’escalade\u00a0»{@zarif}.\n";
        var quote = Assert.Single(Check(body).Model.Quotes);

        Assert.Equal(Expect(body, "Nous ne cherchons pas l’escalade", "zarif", QuotationKind.Partial, "«"), Row(quote));
    }

    [Fact]
    public void German_single_marks_nest_inside_German_double_marks()
    {
        const string body = "„Chamenei sprach von einer ‚Ohrfeige‘ für Amerika“{@rouhani}, sagte Rohani.\n";
        var result = Check(body);

        var quote = Assert.Single(result.Model.Quotes);
        Assert.Equal(Expect(body, "Chamenei sprach von einer ‚Ohrfeige‘ für Amerika", "rouhani", QuotationKind.Partial, "„"), Row(quote));
        var nested = Assert.Single(quote.Nested);
        Assert.Equal("Ohrfeige", nested.Text);
        Assert.Equal(AttributionKind.Inherited, nested.Attribution);
        Assert.Equal("rouhani", nested.Source?.Id);
    }

    // ------------------------------------------------------------------ apostrophes

    [Theory]
    [InlineData("President Hassan Rouhani said Iran’s missile strike was a warning.")]
    [InlineData("We don’t retreat, the president said.")]
    [InlineData("Muhandis was the deputy head of Iraq's Hashd al-Sha’abi, a military network.")]
    [InlineData("The office of Iraq's premier said it had been told.")]
    [InlineData("US Persian Gulf allies’ bases host thousands of American troops.")]
    [InlineData("US Persian Gulf allies' bases host thousands of American troops.")]
    [InlineData("Oil prices had not jumped like this since the ’90s, traders said.")]
    [InlineData("Oil prices had not jumped like this since the '90s, traders said.")]
    [InlineData("Oil prices had not jumped like this since the ‘90s, traders said.")]
    [InlineData("It was the '90s' biggest oil shock since ’91.")]
    public void Apostrophes_are_not_quotation_marks(string sentence)
    {
        var result = Check(sentence + "\n");

        Assert.Empty(result.Model.Quotations);
        Assert.Empty(Findings(result));
    }

    [Fact]
    public void Apostrophes_inside_a_quotation_stay_in_its_text()
    {
        const string body = "“If America’s leg is cut off, we don’t retreat from the allies’ demands,”{@rouhani} he added.\n";
        var quote = Assert.Single(Check(body).Model.Quotes);

        Assert.Equal(Expect(body, "If America’s leg is cut off, we don’t retreat from the allies’ demands,", "rouhani", QuotationKind.FullSentence, "“If"), Row(quote));
        Assert.Empty(quote.Nested);
    }

    [Fact]
    public void Apostrophe_inside_a_word_does_not_close_an_open_single_quotation()
    {
        const string body = "Rouhani said the strike showed ‘we don’t retreat in the face of America’{@rouhani}.\n";
        var quote = Assert.Single(Check(body).Model.Quotes);

        Assert.Equal(Expect(body, "we don’t retreat in the face of America", "rouhani", QuotationKind.Partial, "‘we"), Row(quote));
    }

    [Fact]
    public void Straight_apostrophe_inside_a_word_does_not_close_an_open_straight_single_quotation()
    {
        const string body = "Hatami said 'Iran's next response will be proportionate,'{@spokesman} in a statement.\n";
        var quote = Assert.Single(Check(body).Model.Quotes);

        Assert.Equal(Expect(body, "Iran's next response will be proportionate,", "spokesman", QuotationKind.FullSentence, "'Iran"), Row(quote));
    }

    [Fact]
    public void Closing_mark_after_a_word_closes_an_open_single_quotation_as_documented()
    {
        // docs/language.md: in ‘the allies’ bases’ the first ’ closes the quotation; the last one is then an apostrophe.
        const string body = "The IRGC threatened ‘the allies’ bases’ in the region.\n";
        var result = Check(body);

        var quote = Assert.Single(result.Model.Quotes);
        Assert.Equal(Expect(body, "the allies", null, QuotationKind.Partial, "‘the"), Row(quote));
        Assert.Equal(new[] { Finding("NEWS001", At(body, "‘the")) }, Findings(result));
    }

    // ------------------------------------------------------------------ nesting

    [Fact]
    public void Quotation_nested_in_a_quotation_is_part_of_the_outer_text_and_not_a_quote_of_its_own()
    {
        const string body = "“He told us ‘we will respond’ and he meant it,”{@spokesman} the spokesman said.\n";
        var result = Check(body);

        var quote = Assert.Single(result.Model.Quotes);
        Assert.Equal(Expect(body, "He told us ‘we will respond’ and he meant it,", "spokesman", QuotationKind.FullSentence, "“He"), Row(quote));
        Assert.Equal(2, result.Model.Quotations.Count);
        var nested = result.Model.Quotations[1];
        Assert.Same(quote, nested.Parent);
        Assert.Equal(Expect(body, "we will respond", "spokesman", QuotationKind.Partial, "‘we"), Row(nested));
        Assert.Equal(AttributionKind.Inherited, nested.Attribution);
        Assert.Empty(Findings(result));
    }

    [Fact]
    public void Untagged_outer_quotation_is_one_NEWS001_not_one_per_level()
    {
        const string body = "“He told us ‘we will respond’ and he meant it,” the spokesman said.\n";
        var result = Check(body);

        Assert.Equal(new[] { Finding("NEWS001", At(body, "“He")) }, Findings(result));
    }

    [Fact]
    public void Three_levels_of_nesting_are_one_quote_with_every_mark_kept_inside()
    {
        const string body = "“Rouhani told us ‘the Leader called it a “slap” against America’ this morning,”{@spokesman} he said.\n";
        var result = Check(body);

        var quote = Assert.Single(result.Model.Quotes);
        Assert.Equal("Rouhani told us ‘the Leader called it a “slap” against America’ this morning,", quote.Text);
        Assert.Equal(3, result.Model.Quotations.Count);
        Assert.Equal(new[] { "spokesman", "spokesman", "spokesman" }, result.Model.Quotations.Select(q => q.Source?.Id));
        Assert.Equal("slap", result.Model.Quotations[2].Text);
        Assert.Same(result.Model.Quotations[1], result.Model.Quotations[2].Parent);
    }

    [Fact]
    public void Quotation_inside_an_attributed_span_takes_the_span_source()
    {
        const string body = "National TV said [80 “American terrorists” had been killed]{@national-tv about=\"casualties\" value=\"80\"}.\n";
        var result = Check(body);

        var quote = Assert.Single(result.Model.Quotes);
        Assert.Equal(Expect(body, "American terrorists", "national-tv", QuotationKind.Partial, "“American"), Row(quote));
        Assert.Equal(AttributionKind.Inherited, quote.Attribution);
        var claim = Assert.Single(result.Model.Claims);
        Assert.Equal("80 “American terrorists” had been killed", claim.Text);
        Assert.Equal("80", claim.Value);
        Assert.Empty(Findings(result));
    }

    [Fact]
    public void Quotation_inside_a_span_with_its_own_tag_keeps_its_own_source()
    {
        const string body = "Iranian television said [Zarif called the strikes “proportionate measures”{@zarif} taken in self-defense]{@national-tv}.\n";
        var result = Check(body);

        var quote = Assert.Single(result.Model.Quotes);
        Assert.Equal("zarif", quote.Source?.Id);
        Assert.Equal(AttributionKind.Tagged, quote.Attribution);
        Assert.Equal("Zarif called the strikes “proportionate measures” taken in self-defense", Assert.Single(result.Model.Claims).Text);
    }

    // ------------------------------------------------------------------ several paragraphs

    [Fact]
    public void Quotation_over_two_paragraphs_is_one_quote_joined_by_a_newline()
    {
        const string body =
            "The Pentagon said: \"Iran launched more than a dozen ballistic missiles against US military and coalition forces in Iraq.\n\n" +
            "\"It is clear that these missiles were launched from Iran and targeted at least two Iraqi military bases.\"{@pentagon cue=\"said\"}\n";
        var result = Check(body);

        var quote = Assert.Single(result.Model.Quotes);
        Assert.Equal(
            Expect(
                body,
                "Iran launched more than a dozen ballistic missiles against US military and coalition forces in Iraq.\nIt is clear that these missiles were launched from Iran and targeted at least two Iraqi military bases.",
                "pentagon",
                QuotationKind.FullSentence,
                "\"Iran"),
            Row(quote));
        Assert.Equal(2, quote.Parts.Count);
        Assert.Equal("said", quote.Cue);
        Assert.Empty(Findings(result));
    }

    [Fact]
    public void Quotation_over_three_paragraphs_has_three_parts_and_its_first_mark_as_position()
    {
        const string body =
            "“An important incident has happened.\n\n" +
            "“The question of revenge is another issue.\n\n" +
            "“What is important is that America’s corrupt presence must come to an end in this region.”{@khamenei}\n";
        var result = Check(body);

        var quote = Assert.Single(result.Model.Quotes);
        Assert.Equal(
            Expect(
                body,
                "An important incident has happened.\nThe question of revenge is another issue.\nWhat is important is that America’s corrupt presence must come to an end in this region.",
                "khamenei",
                QuotationKind.FullSentence,
                "“An"),
            Row(quote));
        Assert.Equal(3, quote.Parts.Count);
        Assert.Empty(Findings(result));
    }

    [Theory]
    [InlineData("\n\n%% Editor: the speech continues; check the transcript.\n\n")]
    [InlineData("\n%% Editor: the speech continues.\n")]
    [InlineData("\n\n%% Editor: first note.\n%% Editor: second note.\n\n")]
    public void Quotation_continues_across_an_editors_note(string between)
    {
        var body = "“An important incident has happened." + between + "“The question of revenge is another issue.”{@khamenei}\n";
        var result = Check(body);

        var quote = Assert.Single(result.Model.Quotes);
        Assert.Equal(Expect(body, "An important incident has happened.\nThe question of revenge is another issue.", "khamenei", QuotationKind.FullSentence, "“An"), Row(quote));
        Assert.Empty(Findings(result));
    }

    [Fact]
    public void Open_paragraph_followed_by_plain_paragraph_is_NEWS007_and_not_NEWS001()
    {
        const string body = "“Military actions in this form are not sufficient for that issue.\n\nAyatollah Khamenei ruled out any resumption of talks.\n";
        var result = Check(body);

        var quote = Assert.Single(result.Model.Quotations);
        Assert.False(quote.IsTerminated);
        Assert.Equal("Military actions in this form are not sufficient for that issue.", quote.Text);
        Assert.Equal(new[] { Finding("NEWS007", At(body, "“Military")) }, Findings(result));
    }

    [Fact]
    public void Opening_mark_later_in_the_next_paragraph_does_not_continue_the_quotation()
    {
        const string body = "“An important incident has happened.\n\nHe added: “The question of revenge is another issue.”{@khamenei}\n";
        var result = Check(body);

        Assert.Equal(
            new[]
            {
                Expect(body, "An important incident has happened.", null, QuotationKind.FullSentence, "“An"),
                Expect(body, "The question of revenge is another issue.", "khamenei", QuotationKind.FullSentence, "“The"),
            },
            result.Model.Quotes.Select(Row));
        Assert.Equal(new[] { Finding("NEWS007", At(body, "“An")) }, Findings(result));
    }

    [Fact]
    public void Open_single_quotation_does_not_continue_into_the_next_paragraph()
    {
        const string body = "‘An important incident has happened.\n\n‘The question of revenge is another issue.’{@khamenei}\n";
        var result = Check(body);

        Assert.Equal(2, result.Model.Quotes.Count);
        Assert.Equal(new[] { Finding("NEWS007", At(body, "‘An")) }, Findings(result));
    }

    [Fact]
    public void Guillemet_quotation_continues_into_a_paragraph_opening_with_a_guillemet()
    {
        const string body = "«Les actions militaires ne suffisent pas.\n\n«La présence de l’Amérique doit prendre fin.»{@khamenei}\n";
        var quote = Assert.Single(Check(body).Model.Quotes);

        Assert.Equal(Expect(body, "Les actions militaires ne suffisent pas.\nLa présence de l’Amérique doit prendre fin.", "khamenei", QuotationKind.FullSentence, "«Les"), Row(quote));
    }

    [Fact]
    public void Untagged_multi_paragraph_quotation_is_one_NEWS001_at_its_first_opening_mark()
    {
        const string body = "“An important incident has happened.\n\n“The question of revenge is another issue.”\n";
        var result = Check(body);

        Assert.Single(result.Model.Quotes);
        Assert.Equal(new[] { Finding("NEWS001", At(body, "“An")) }, Findings(result));
    }

    [Fact]
    public void Heading_between_paragraphs_ends_an_open_quotation()
    {
        const string body = "“An important incident has happened.\n\n## Iraq to take its own revenge\n\n“The question of revenge is another issue.”{@khamenei}\n";
        var result = Check(body);

        Assert.Equal(2, result.Model.Quotes.Count);
        Assert.Equal(new[] { Finding("NEWS007", At(body, "“An")) }, Findings(result));
    }

    [Fact]
    public void Line_break_inside_a_paragraph_reads_as_one_space()
    {
        const string body = "“We communicated a message to Americans   \nvia the country’s interests section,”{@zarif} he said.\n";
        var quote = Assert.Single(Check(body).Model.Quotes);

        Assert.Equal("We communicated a message to Americans via the country’s interests section,", quote.Text);
    }

    // ------------------------------------------------------------------ headings

    [Fact]
    public void Quoted_heading_is_a_heading_quote_with_its_source()
    {
        const string body = "## ‘Slap in the face’{@khamenei}\n";
        var result = Check(body);

        var quote = Assert.Single(result.Model.Quotes);
        Assert.Equal(Expect(body, "Slap in the face", "khamenei", QuotationKind.Heading, "‘Slap"), Row(quote));
        Assert.Equal(4, quote.Start.Character + 1);
        Assert.True(quote.InHeading);
    }

    [Fact]
    public void Untagged_quoted_heading_is_NEWS001_at_its_opening_mark()
    {
        const string body = "# ‘Proportionate measures concluded’\n";
        var result = Check(body);

        Assert.Equal(QuotationKind.Heading, Assert.Single(result.Model.Quotes).Kind);
        Assert.Equal(new[] { Finding("NEWS001", At(body, "‘Proportionate")) }, Findings(result));
    }

    [Fact]
    public void Three_hashes_are_prose_not_a_heading()
    {
        const string body = "### ‘Slap in the face’{@khamenei}\n";
        var quote = Assert.Single(Check(body).Model.Quotes);

        Assert.Equal(QuotationKind.Partial, quote.Kind);
        Assert.False(quote.InHeading);
    }

    // ------------------------------------------------------------------ editorial brackets and escapes

    [Fact]
    public void Editorial_insertion_in_brackets_stays_in_the_quote_and_makes_no_claim()
    {
        const string body = "“If they [US officials] are wise, they won’t take any other action at this juncture,”{@rouhani cue=\"said\"} Rouhani said.\n";
        var result = Check(body);

        var quote = Assert.Single(result.Model.Quotes);
        Assert.Equal(Expect(body, "If they [US officials] are wise, they won’t take any other action at this juncture,", "rouhani", QuotationKind.FullSentence, "“If"), Row(quote));
        Assert.Empty(result.Model.Claims);
        Assert.Empty(Findings(result));
    }

    [Theory]
    [InlineData(@"“Iran took \{and concluded\} measures,”{@zarif}", "Iran took {and concluded} measures,")]
    [InlineData(@"“If they \[US officials\] are wise,”{@zarif}", "If they [US officials] are wise,")]
    [InlineData(@"“A backslash \\ stays one,”{@zarif}", @"A backslash \ stays one,")]
    [InlineData(@"“He wrote \” on the banner,”{@zarif}", "He wrote ” on the banner,")]
    [InlineData(@"“A 12\"" gun was shown,”{@zarif}", "A 12\" gun was shown,")]
    [InlineData(@"“Files are in C:\news\iran now,”{@zarif}", @"Files are in C:\news\iran now,")]
    [InlineData(@"“Write \@zarif to tag,”{@zarif}", "Write @zarif to tag,")]
    public void Escapes_inside_a_quotation_are_undone_in_its_text(string line, string text)
    {
        var result = Check(line + " Zarif said.\n");

        var quote = Assert.Single(result.Model.Quotes);
        Assert.Equal(text, quote.Text);
        Assert.Equal("zarif", quote.Source?.Id);
        Assert.Empty(result.Model.Claims);
        Assert.Empty(Findings(result));
    }

    [Theory]
    [InlineData(@"The footage showed a 12\"" gun on the deck.")]
    [InlineData(@"The so-called \“maximum pressure\” campaign went on.")]
    [InlineData(@"The draft read \{@zarif\} where the tag belonged.")]
    [InlineData(@"The filing lists \[TEHRAN-8]{2020} on its cover.")]
    [InlineData(@"It was the \'big one\', traders said.")]
    public void Escaped_markup_in_prose_makes_no_quotation_and_no_finding(string sentence)
    {
        var result = Check(sentence + "\n");

        Assert.Empty(result.Model.Quotations);
        Assert.Empty(result.Model.Claims);
        Assert.Empty(Findings(result));
    }

    [Fact]
    public void Escaped_backslash_before_a_mark_leaves_the_mark_a_quotation_mark()
    {
        const string body = @"The statement ended with a backslash \\“We will respond,”{@irgc} it said." + "\n";
        var quote = Assert.Single(Check(body).Model.Quotes);

        Assert.Equal(Expect(body, "We will respond,", "irgc", QuotationKind.FullSentence, "“We"), Row(quote));
    }

    // ------------------------------------------------------------------ tags

    [Fact]
    public void Tag_attributes_are_read_with_escapes()
    {
        const string body = "“Iran took proportionate measures,”{@zarif cue=\"said \\\"firmly\\\"\" via=\"Twitter\" about=\"self-defense\" value=\"1\"} Zarif said.\n";
        var result = Check(body);

        var quote = Assert.Single(result.Model.Quotes);
        Assert.Equal("said \"firmly\"", quote.Cue);
        Assert.Equal("Twitter", quote.Via);
        Assert.Equal("self-defense", quote.About);
        Assert.Equal("1", quote.Value);
        Assert.Empty(Findings(result));
    }

    [Theory]
    [InlineData("title", AttributionKind.Title)]
    [InlineData("term", AttributionKind.Term)]
    public void Title_and_term_quotations_are_nobodys_words_and_not_listed(string tag, AttributionKind attribution)
    {
        var body = $"State television showed the 2012 film “Argo”{{{tag}}} again.\n";
        var result = Check(body);

        var quotation = Assert.Single(result.Model.Quotations);
        Assert.Equal(attribution, quotation.Attribution);
        Assert.True(quotation.IsTitleOrTerm);
        Assert.Null(quotation.Source);
        Assert.Empty(result.Model.Quotes);
        Assert.Empty(Findings(result));
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("  ")]
    [InlineData("\t")]
    [InlineData("\n")]
    public void White_space_between_mark_and_tag_is_NEWS004_at_the_space_but_the_quotation_is_attributed(string space)
    {
        var body = "“Iran took and concluded proportionate measures in self-defense,”" + space + "{@zarif} Zarif said.\n";
        var result = Check(body);

        var quote = Assert.Single(result.Model.Quotes);
        Assert.Equal("zarif", quote.Source?.Id);
        Assert.Equal(AttributionKind.Tagged, quote.Attribution);
        var (line, column) = At(body, ",”" + space);
        Assert.Equal(new[] { $"NEWS004 {line},{column + 2}" }, Findings(result));
    }

    [Fact]
    public void Space_between_mark_and_title_tag_is_NEWS004_and_still_marks_a_title()
    {
        const string body = "State television showed the 2012 film “Argo” {title} again.\n";
        var result = Check(body);

        Assert.Equal(AttributionKind.Title, Assert.Single(result.Model.Quotations).Attribution);
        var (line, column) = At(body, "” {");
        Assert.Equal(new[] { $"NEWS004 {line},{column + 1}" }, Findings(result));
    }

    [Fact]
    public void Tag_after_nothing_is_a_dangling_NEWS004_at_its_brace_and_makes_no_quotation()
    {
        const string body = "Zarif said on Twitter {@zarif} that Tehran did not seek escalation.\n";
        var result = Check(body);

        Assert.Empty(result.Model.Quotations);
        Assert.Equal(new[] { Finding("NEWS004", At(body, "{@zarif}")) }, Findings(result));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "NEWS003" && d.Message.Contains("'zarif'", StringComparison.Ordinal));
    }

    [Fact]
    public void Second_tag_right_after_a_tag_is_dangling()
    {
        const string body = "“Iran took proportionate measures,”{@zarif}{@rouhani} Zarif said.\n";
        var result = Check(body);

        Assert.Equal("zarif", Assert.Single(result.Model.Quotes).Source?.Id);
        Assert.Equal(new[] { Finding("NEWS004", At(body, "{@rouhani}")) }, Findings(result));
    }

    [Fact]
    public void Unclosed_tag_is_one_NEWS004_and_keeps_its_source_and_attributes()
    {
        const string body = "“Iran took proportionate measures,”{@zarif cue=\"said\" Zarif said on Twitter.\n";
        var result = Check(body);

        var quote = Assert.Single(result.Model.Quotes);
        Assert.Equal("zarif", quote.Source?.Id);
        Assert.Equal("said", quote.Cue);
        Assert.Equal(new[] { Finding("NEWS004", At(body, "{@zarif")) }, Findings(result));
    }

    [Fact]
    public void Tag_naming_an_undeclared_source_is_NEWS002_at_its_at_sign()
    {
        const string body = "“Iran took proportionate measures,”{@zarf} Zarif said.\n";
        var result = Check(body);

        var quote = Assert.Single(result.Model.Quotes);
        Assert.Null(quote.Source);
        Assert.Equal(AttributionKind.Tagged, quote.Attribution);
        Assert.Equal(new[] { Finding("NEWS002", At(body, "@zarf")) }, Findings(result));
    }

    // ------------------------------------------------------------------ stray and unbalanced marks

    [Fact]
    public void Stray_closing_marks_are_text()
    {
        const string body = "Trump said the strikes were over” and markets rallied, then Iraq’ and Tehran’ stayed quiet» all day›.\n";
        var result = Check(body);

        Assert.Empty(result.Model.Quotations);
        Assert.Empty(Findings(result));
    }

    [Fact]
    public void Stray_closing_bracket_before_a_tag_is_a_dangling_tag_not_a_claim()
    {
        const string body = "Trump said they should stay]{@spokesman} despite calls for their expulsion.\n";
        var result = Check(body);

        Assert.Empty(result.Model.Claims);
        Assert.Equal(new[] { Finding("NEWS004", At(body, "{@spokesman}")) }, Findings(result));
    }

    [Fact]
    public void Unclosed_quotation_inside_a_closed_one_is_NEWS007_at_its_own_mark()
    {
        const string body = "“He told us ‘we will respond and he meant it,”{@spokesman} the spokesman said.\n";
        var result = Check(body);

        var quote = Assert.Single(result.Model.Quotes);
        Assert.Equal("He told us ‘we will respond and he meant it,", quote.Text);
        Assert.True(quote.IsTerminated);
        Assert.Equal(new[] { Finding("NEWS007", At(body, "‘we")) }, Findings(result));
    }

    [Fact]
    public void Empty_quotation_is_a_quotation_with_empty_text()
    {
        const string body = "The screen showed “”{@spokesman} for a minute.\n";
        var quote = Assert.Single(Check(body).Model.Quotes);

        Assert.Equal(Expect(body, string.Empty, "spokesman", QuotationKind.Partial, "“”"), Row(quote));
    }

    [Fact]
    public void Column_counts_utf16_code_units_before_the_mark()
    {
        // U+1F4F0 (newspaper) is two UTF-16 code units, so the opening mark is at column 4, not 3.
        const string body = "\U0001F4F0 “Breaking,”{@spokesman} he said.\n";
        var quote = Assert.Single(Check(body).Model.Quotes);

        Assert.Equal(4, quote.Start.Character + 1);
    }
}
