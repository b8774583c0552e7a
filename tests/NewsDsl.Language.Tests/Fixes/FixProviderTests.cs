using NewsDsl.Language.Fixes;
using Xunit;
using static NewsDsl.Language.Tests.Fixes.FixAssertions;

namespace NewsDsl.Language.Tests.Fixes;

/// <summary>Each fix on a small article: the exact text it makes, whether it is safe, and that its finding goes.</summary>
public sealed class FixProviderTests
{
    private const string Zarif = "@source zarif person name=\"Mohammad Javad Zarif\"\n";
    private const string Trump = "@source trump person name=\"Donald Trump\" aka=\"the president\"\n";

    private static NewsFix Fix(NewsCheckResult result, string id, string title)
    {
        var fixes = NewsFixes.GetFixes(result, Single(result, id));
        return Assert.Single(fixes, f => f.Title == title);
    }

    private static string ApplyAndCheckGone(NewsCheckResult result, NewsFix fix)
    {
        AssertKeepsPromises(result, fix, fix.Edits, fix.Title);
        return Apply(result, fix);
    }

    [Fact]
    public void NEWS001_offers_every_source_ranked_then_term_and_title()
    {
        var result = Check(FrontMatter + Zarif + Trump + "\nThe president spoke first. “We took proportionate measures,” Zarif said on Twitter.\n");
        var fixes = NewsFixes.GetFixes(result, Single(result, "NEWS001"));

        Assert.Equal(
            new[] { "Attribute to Mohammad Javad Zarif (“Zarif said”, line 8)", "Attribute to {@trump} (Donald Trump)", "Mark as {term}", "Mark as {title}", "Suggest all attributions (1)", "Suppress NEWS001 on this line" },
            fixes.Select(f => f.Title));
        Assert.All(fixes, f => Assert.False(f.IsSafe));
        Assert.Equal("“Zarif said”, line 8", fixes[0].Detail);
        Assert.Equal("'president' is named in the same paragraph", fixes[1].Detail);
        Assert.Equal(new[] { "NEWS001.attribute.zarif", "NEWS001.attribute.trump", "NEWS001.mark-term", "NEWS001.mark-title", "NEWS001.suggest-all", "NEWS001.suppress-line" }, fixes.Select(f => f.EquivalenceKey));

        Assert.EndsWith("“We took proportionate measures,”{@zarif} Zarif said on Twitter.\n", ApplyAndCheckGone(result, fixes[0]));
        Assert.EndsWith("“We took proportionate measures,”{term} Zarif said on Twitter.\n", ApplyAndCheckGone(result, fixes[2]));
        Assert.EndsWith("“We took proportionate measures,”{title} Zarif said on Twitter.\n", ApplyAndCheckGone(result, fixes[3]));
    }

    [Fact]
    public void NEWS001_offers_no_tag_where_a_tag_would_turn_the_rest_of_the_line_into_a_syntax_error()
    {
        // Found by FixPropertyTests (seed 8ifrOGUfjC02): after "Straight," a tag makes the next ” open a
        // quotation instead of closing one, and the unquoted cue=said that was prose becomes a bad tag.
        var content = FrontMatter + Zarif + "\n\"Straight,\"”close”{@zarif cue=said}\n";
        var result = Check(content);
        var finding = result.Diagnostics.First(d => d.Id == "NEWS001" && d.Span.Start == content.IndexOf('"', content.IndexOf("\n\n", System.StringComparison.Ordinal)));

        var tagged = content.Insert(content.IndexOf("\"Straight,\"", System.StringComparison.Ordinal) + "\"Straight,\"".Length, "{@zarif}");
        Assert.True(
            Check(tagged).Diagnostics.Count(d => d.Id == "NEWS004") > result.Diagnostics.Count(d => d.Id == "NEWS004"),
            "the scenario no longer shows the problem: a tag here no longer adds a syntax error");
        var fixes = NewsFixes.GetFixes(result, finding);
        Assert.DoesNotContain(fixes, f => f.EquivalenceKey.StartsWith("NEWS001.attribute.", System.StringComparison.Ordinal) || f.EquivalenceKey.StartsWith("NEWS001.mark-", System.StringComparison.Ordinal));
        Assert.Contains(fixes, f => f.EquivalenceKey == "NEWS001.suppress-line");
    }

    [Fact]
    public void NEWS001_ranking_ignores_names_inside_the_quotation_and_keeps_declaration_order_otherwise()
    {
        var result = Check(FrontMatter + Trump + Zarif + "\n“Zarif is wrong,” he said.\n");
        var fixes = NewsFixes.GetFixes(result, Single(result, "NEWS001"));
        Assert.Equal("NEWS001.attribute.trump", fixes[0].EquivalenceKey);
        Assert.Equal("NEWS001.attribute.zarif", fixes[1].EquivalenceKey);
        Assert.Equal("a declared source not named near the quotation", fixes[1].Detail);
    }

    [Fact]
    public void NEWS001_ranking_prefers_the_nearest_name_in_the_sentence()
    {
        var result = Check(FrontMatter + Zarif + Trump + "\nTrump and Zarif met. Trump was angry when Zarif said “no,” and left.\n");
        var fixes = NewsFixes.GetFixes(result, Single(result, "NEWS001"));
        Assert.Equal("NEWS001.attribute.zarif", fixes[0].EquivalenceKey);
        Assert.Equal("NEWS001.attribute.trump", fixes[1].EquivalenceKey);
        Assert.Equal("'Trump' is named in the same sentence", fixes[1].Detail);
    }

    [Fact]
    public void NEWS001_on_a_quotation_tagged_own_turns_the_tag_into_an_attribution_keeping_its_figure()
    {
        var result = Check(FrontMatter + Zarif + "\n“Eighty died,”{own about=\"deaths\" value=\"80\"} Zarif said.\n");
        var fixed1 = ApplyAndCheckGone(result, Fix(result, "NEWS001", "Attribute to Mohammad Javad Zarif (“Zarif said”, line 7)"));
        Assert.EndsWith("“Eighty died,”{@zarif about=\"deaths\" value=\"80\"} Zarif said.\n", fixed1);
        var fixed2 = ApplyAndCheckGone(result, Fix(result, "NEWS001", "Mark as {term}"));
        Assert.EndsWith("“Eighty died,”{term} Zarif said.\n", fixed2);
    }

    [Fact]
    public void NEWS001_over_paragraphs_is_tagged_after_its_last_closing_mark()
    {
        var result = Check(FrontMatter + Zarif + "\n“We acted.\n\n“We are done,” Zarif said.\n");
        var fixedText = ApplyAndCheckGone(result, Fix(result, "NEWS001", "Attribute to Mohammad Javad Zarif (“Zarif said”, line 9)"));
        Assert.EndsWith("“We are done,”{@zarif} Zarif said.\n", fixedText);
    }

    [Fact]
    public void NEWS002_offers_the_nearest_id_and_a_declaration()
    {
        var result = Check(FrontMatter + Zarif + "%% note\n\n“We acted,”{@zarf} he said.\n");
        var fixes = NewsFixes.GetFixes(result, Single(result, "NEWS002"));
        Assert.Equal(new[] { "Change to {@zarif} (Mohammad Javad Zarif)", "Declare source 'zarf'", "Suppress NEWS002 on this line" }, fixes.Select(f => f.Title));
        Assert.All(fixes, f => Assert.False(f.IsSafe));

        Assert.EndsWith("“We acted,”{@zarif} he said.\n", ApplyAndCheckGone(result, fixes[0]));
        Assert.Equal(
            FrontMatter + Zarif + "@source zarf person name=\"TODO\"\n%% note\n\n“We acted,”{@zarf} he said.\n",
            ApplyAndCheckGone(result, fixes[1]));
    }

    [Fact]
    public void NEWS002_with_no_near_id_offers_only_the_declaration_after_the_front_matter_with_the_files_line_breaks()
    {
        var result = Check((FrontMatter + "“We acted,”{@ghost} he said.\n").Replace("\n", "\r\n"));
        var fix = Assert.Single(NewsFixes.GetFixes(result, Single(result, "NEWS002")), f => !IsSuppression(f));
        Assert.Equal(
            (FrontMatter + "@source ghost person name=\"TODO\"\n“We acted,”{@ghost} he said.\n").Replace("\n", "\r\n"),
            ApplyAndCheckGone(result, fix));
    }

    [Fact]
    public void NEWS003_removes_the_declaration_line()
    {
        var result = Check(FrontMatter + Zarif + Trump + "\n“We acted,”{@zarif} he said.\n");
        var fixedText = ApplyAndCheckGone(result, Fix(result, "NEWS003", "Remove the declaration of 'trump'"));
        Assert.Equal(FrontMatter + Zarif + "\n“We acted,”{@zarif} he said.\n", fixedText);
    }

    [Fact]
    public void NEWS003_between_two_prose_lines_leaves_a_blank_line_so_paragraphs_stay_apart()
    {
        var result = Check(FrontMatter + Zarif + "“We acted,”{@zarif} he said.\n" + Trump + "Then he left.");
        var fixedText = ApplyAndCheckGone(result, Fix(result, "NEWS003", "Remove the declaration of 'trump'"));
        Assert.Equal(FrontMatter + Zarif + "“We acted,”{@zarif} he said.\n\nThen he left.", fixedText);
    }

    [Fact]
    public void NEWS003_on_the_last_line_takes_the_line_break_before_it_and_removes_duplicates_too()
    {
        var declaration = Trump.TrimEnd('\n');
        var result = Check(FrontMatter + Zarif + declaration + "\n“We acted,”{@zarif} he said.\n" + declaration);
        var fix = Fix(result, "NEWS003", "Remove the declaration of 'trump'");
        Assert.Equal(2, fix.Edits.Count);
        var fixedText = ApplyAndCheckGone(result, fix);
        Assert.Equal(FrontMatter + Zarif + "“We acted,”{@zarif} he said.", fixedText);
        Assert.DoesNotContain(Check(fixedText).Diagnostics, d => d.Id is "NEWS003" or "NEWS006");
    }

    [Fact]
    public void NEWS005_adds_a_reason_placeholder_that_is_not_safe()
    {
        var result = Check(FrontMatter + "@source officials anonymous name=\"Two Iraqi security officials\"\n\n[Missiles hit]{@officials}.\n");
        var fix = Fix(result, "NEWS005", "Add reason=\"…\" for the anonymity");
        Assert.False(fix.IsSafe);
        Assert.Equal("NEWS005.add-reason", fix.EquivalenceKey);
        Assert.Contains(
            "@source officials anonymous name=\"Two Iraqi security officials\" reason=\"TODO: say why the source cannot be named\"\n",
            ApplyAndCheckGone(result, fix));
    }

    [Fact]
    public void NEWS005_fills_an_empty_reason_in_place()
    {
        var result = Check(FrontMatter + "@source officials anonymous name=\"Officials\" reason=\"\" aka=\"they\"\n\n[Missiles hit]{@officials}.\n");
        Assert.Contains(
            "name=\"Officials\" reason=\"TODO: say why the source cannot be named\" aka=\"they\"\n",
            ApplyAndCheckGone(result, Fix(result, "NEWS005", "Add reason=\"…\" for the anonymity")));
    }

    [Fact]
    public void NEWS004_space_before_a_tag_is_removed_safely()
    {
        var result = Check(FrontMatter + Zarif + "\n“We acted,” \t{@zarif} he said.\n");
        var fix = Fix(result, "NEWS004", "Remove the space before the tag");
        Assert.True(fix.IsSafe);
        Assert.EndsWith("“We acted,”{@zarif} he said.\n", ApplyAndCheckGone(result, fix));
    }

    [Fact]
    public void NEWS004_a_line_break_between_mark_and_tag_is_removed_too()
    {
        var result = Check((FrontMatter + Zarif + "\n“We acted,”\n{@zarif} he said.\n").Replace("\n", "\r\n"));
        var fix = Fix(result, "NEWS004", "Remove the space before the tag");
        Assert.EndsWith("“We acted,”{@zarif} he said.\r\n", ApplyAndCheckGone(result, fix));
    }

    [Theory]
    [InlineData("\n“We acted,”{@zarif cue=said} he said.\n", "cue=\"said\"")]
    [InlineData("\n“We acted,”{@zarif cue=said via=\"X\"} he said.\n", "cue=\"said\"")]
    public void NEWS004_an_unquoted_single_word_value_in_a_tag_is_quoted_safely(string body, string expected)
    {
        var result = Check(FrontMatter + Zarif + body);
        var fix = Fix(result, "NEWS004", $"Put the value in double quotes: {expected.Substring(4)}");
        Assert.True(fix.IsSafe);
        Assert.Contains("{@zarif " + expected, ApplyAndCheckGone(result, fix));
    }

    [Fact]
    public void NEWS004_an_unquoted_value_in_a_declaration_is_quoted_safely()
    {
        var result = Check(FrontMatter + "@source zarif person name=Zarif title=\"Minister\"\n\n“We acted,”{@zarif} he said.\n");
        var fix = Fix(result, "NEWS004", "Put the value in double quotes: \"Zarif\"");
        Assert.True(fix.IsSafe);
        Assert.Contains("@source zarif person name=\"Zarif\" title=\"Minister\"\n", ApplyAndCheckGone(result, fix));
    }

    [Fact]
    public void NEWS004_an_unquoted_value_followed_by_more_words_is_offered_but_not_safe()
    {
        var result = Check(FrontMatter + "@source zarif person name=Mohammad Javad Zarif\n\n“We acted,”{@zarif} he said.\n");
        var first = result.Diagnostics.First(d => d.Id == "NEWS004");
        var fix = Assert.Single(NewsFixes.GetFixes(result, first));
        Assert.Equal("Put the value in double quotes: \"Mohammad\"", fix.Title);
        Assert.False(fix.IsSafe);
    }

    [Fact]
    public void NEWS004_other_syntax_errors_have_no_fix()
    {
        var result = Check(FrontMatter + "@source zarif person name=\"Mohammad Javad Zarif\" role=\"Minister\"\n\n“We acted,”{@zarif} he said.\n");
        Assert.Empty(NewsFixes.GetFixes(result, Single(result, "NEWS004")));
    }

    [Theory]
    [InlineData('\u200B')]
    [InlineData('\u202E')]
    [InlineData('\uFEFF')]
    public void NEWS100_the_hidden_character_is_removed_safely(char hidden)
    {
        var result = Check(FrontMatter + Zarif + $"\n“We ac{hidden}ted,”{{@zarif}} he said.\n");
        var fix = NewsFixes.GetFixes(result, Single(result, "NEWS100"))[0];
        Assert.True(fix.IsSafe);
        Assert.Equal($"Remove the hidden character U+{(int)hidden:X4}", fix.Title);
        Assert.EndsWith("“We acted,”{@zarif} he said.\n", ApplyAndCheckGone(result, fix));
    }

    [Theory]
    [InlineData("“We acted,”{@zarif?} Zarif said.", "“We acted,”{@zarif} Zarif said.")]
    [InlineData("“We acted,”{@zarif? cue=\"said\"} Zarif said.", "“We acted,”{@zarif cue=\"said\"} Zarif said.")]
    [InlineData("[Iran will respond]{@zarif?}.", "[Iran will respond]{@zarif}.")]
    public void NEWS108_confirm_removes_the_question_mark_but_is_left_to_a_person(string body, string expected)
    {
        var result = Check(FrontMatter + Zarif + "\n" + body + "\n");
        var fix = Fix(result, "NEWS108", "Confirm the attribution (remove the '?')");
        Assert.False(fix.IsSafe);
        Assert.Equal("NEWS108.confirm", fix.EquivalenceKey);
        Assert.EndsWith(expected + "\n", ApplyAndCheckGone(result, fix));
        Assert.Empty(NewsFixes.GetSafeFixes(result));
    }

    [Fact]
    public void NEWS001_on_wire_copy_is_tagged_after_the_two_character_closing_mark()
    {
        var result = Check(FrontMatter + Zarif + "\n``We acted,'' Zarif said.\n");
        var attribute = NewsFixes.GetFixes(result, Single(result, "NEWS001")).Single(f => f.EquivalenceKey == "NEWS001.attribute.zarif");
        var fixedText = ApplyAndCheckGone(result, attribute);
        Assert.EndsWith("``We acted,''{@zarif} Zarif said.\n", fixedText);
    }

    [Fact]
    public void Suppress_is_not_offered_for_a_finding_about_the_whole_file()
    {
        // No headline: NEWS107 has no line to sit on (offset 0, no length), so no line above can suppress it.
        var result = Check(Zarif + "\n“We acted,”{@zarif} Zarif said.\n");
        var single = result.Diagnostics.Single(d => d.Id == "NEWS107");
        Assert.DoesNotContain(NewsFixes.GetFixes(result, single), f => IsSuppression(f));
    }

    [Fact]
    public void NEWS009_a_directive_without_a_reason_gets_a_placeholder()
    {
        var body = "\n%% newsdsl-disable-next-line NEWS001\n“We acted,” he said.\n";
        var result = Check(FrontMatter + Zarif + body);
        var fix = Fix(result, "NEWS009", "Add the reason after '--'");
        Assert.False(fix.IsSafe);
        Assert.Contains("%% newsdsl-disable-next-line NEWS001 -- TODO: say why this is acceptable\n“We", ApplyAndCheckGone(result, fix));

        var emptyReason = Check(FrontMatter + Zarif + body.Replace("NEWS001\n", "NEWS001 --  \n"));
        Assert.Contains(
            "%% newsdsl-disable-next-line NEWS001 -- TODO: say why this is acceptable  \n“We",
            ApplyAndCheckGone(emptyReason, Fix(emptyReason, "NEWS009", "Add the reason after '--'")));
    }

    [Fact]
    public void NEWS009_an_unknown_id_is_removed_from_the_list()
    {
        var result = Check(FrontMatter + Zarif + "\n%% newsdsl-disable-next-line NEWS999, NEWS001 -- quoted as printed\n“We acted,” he said.\n");
        var fix = Fix(result, "NEWS009", "Remove NEWS999 from this comment");
        Assert.Contains("%% newsdsl-disable-next-line NEWS001 -- quoted as printed\n", ApplyAndCheckGone(result, fix));
    }

    [Fact]
    public void NEWS010_a_comment_that_suppresses_nothing_is_removed_keeping_paragraphs_apart()
    {
        var result = Check(FrontMatter + Zarif + "\n“We acted,”{@zarif} he said.\n%% newsdsl-disable-next-line NEWS105 -- verb checked\nThen he left.\n");
        var fix = Fix(result, "NEWS010", "Remove this suppression comment");
        Assert.False(fix.IsSafe);
        Assert.EndsWith("“We acted,”{@zarif} he said.\n\nThen he left.\n", ApplyAndCheckGone(result, fix));
    }

    [Fact]
    public void NEWS010_an_id_that_suppresses_nothing_is_removed_from_the_list()
    {
        var result = Check(FrontMatter + Zarif + "\n%% newsdsl-disable-next-line NEWS001, NEWS105 -- as printed\n“We acted,” he said.\n");
        var fix = Fix(result, "NEWS010", "Remove NEWS105 from this comment");
        Assert.Contains("%% newsdsl-disable-next-line NEWS001 -- as printed\n", ApplyAndCheckGone(result, fix));
    }

    [Fact]
    public void Suppress_inserts_a_directive_above_the_line_with_the_files_line_break_at_column_zero()
    {
        var result = Check((FrontMatter + Zarif + "\n   “We acted,” he said.\n").Replace("\n", "\r\n"));
        var fix = Fix(result, "NEWS001", "Suppress NEWS001 on this line");
        Assert.False(fix.IsSafe);
        Assert.Equal("NEWS001.suppress-line", fix.EquivalenceKey);
        Assert.EndsWith("\r\n\r\n%% newsdsl-disable-next-line NEWS001 -- TODO: say why this is acceptable\r\n   “We acted,” he said.\r\n", ApplyAndCheckGone(result, fix));
    }

    [Fact]
    public void Suppress_is_offered_for_declaration_findings()
    {
        var result = Check(FrontMatter + Zarif + Trump + "\n“We acted,”{@zarif} he said.\n");
        var fix = Fix(result, "NEWS003", "Suppress NEWS003 on this line");
        Assert.Contains(Zarif + "%% newsdsl-disable-next-line NEWS003 -- TODO: say why this is acceptable\n" + Trump, ApplyAndCheckGone(result, fix));
    }

    [Fact]
    public void Suppress_is_not_offered_for_NEWS004_NEWS008_or_in_the_front_matter()
    {
        var syntax = Check(FrontMatter + "@source zarif person name=\"Z\" role=\"x\"\n\n“We acted,”{@zarif} he said.\n");
        Assert.DoesNotContain(NewsFixes.GetFixes(syntax, Single(syntax, "NEWS004")), f => IsSuppression(f));

        var missing = Check("no front matter\n");
        Assert.Empty(NewsFixes.GetFixes(missing, Single(missing, "NEWS008")));

        // NEWS100 inside the front matter: a %% line there would break it.
        var inFrontMatter = Check("---\nid: a\nheadline: H\u200B\n---\n");
        Assert.DoesNotContain(NewsFixes.GetFixes(inFrontMatter, Single(inFrontMatter, "NEWS100")), f => IsSuppression(f));
    }

    [Fact]
    public void Suppress_inside_a_paragraph_is_offered_only_when_splitting_it_changes_nothing_else()
    {
        // The second line's quotation stands alone: a note above it changes nothing else.
        var harmless = Check(FrontMatter + Zarif + "\n“One,”{@zarif} Zarif said.\n“Two,” he added.\n");
        var second = harmless.Diagnostics.Single(d => d.Id == "NEWS001");
        Assert.Contains(NewsFixes.GetFixes(harmless, second), f => IsSuppression(f));

        // Here the first quotation runs over the line break: a note there would cut it in two (NEWS007).
        var harmful = Check(FrontMatter + Zarif + "\nHe said “one\ntwo” and then “three,” and left.\n");
        var onSecondLine = harmful.Diagnostics.Single(d => d.Id == "NEWS001" && d.Start.Line == 7);
        Assert.DoesNotContain(NewsFixes.GetFixes(harmful, onSecondLine), f => IsSuppression(f));
        Assert.Contains(NewsFixes.GetFixes(harmful, harmful.Diagnostics.First(d => d.Id == "NEWS001")), f => IsSuppression(f));
    }

    [Fact]
    public void A_diagnostic_that_does_not_fit_the_text_gets_no_fixes()
    {
        var other = Check(FrontMatter + Zarif + "\n\n\n\n\n\n\n“We acted at length, and more,” he said.\n");
        var short1 = Check(FrontMatter + "x\n");
        Assert.Empty(NewsFixes.GetFixes(short1, Single(other, "NEWS001")));
    }

    [Fact]
    public void Fix_all_takes_one_safe_fix_per_finding_and_no_unsafe_one()
    {
        var result = Check(FrontMatter + "@source zarif person name=Zarif\n\n“We\u200B acted,” {@zarif cue=said} he said. “Again.”\n");
        var fixes = NewsFixes.GetSafeFixes(result);
        Assert.Equal(
            new[] { "Put the value in double quotes: \"Zarif\"", "Remove the hidden character U+200B", "Remove the space before the tag", "Put the value in double quotes: \"said\"" },
            fixes.Select(f => f.Title));
        var edits = fixes.SelectMany(f => f.Edits).ToList();
        foreach (var fix in fixes)
        {
            AssertKeepsPromises(result, fix, edits, "fix-all");
        }

        var after = Check(NewsTextEdits.Apply(result.Syntax.Text.Content, edits));
        Assert.DoesNotContain(after.Diagnostics, d => d.Id is "NEWS004" or "NEWS100");
        Assert.Contains(after.Diagnostics, d => d.Id == "NEWS001");
    }

    [Fact]
    public void Fixes_are_the_same_from_many_threads()
    {
        var result = Check(FrontMatter + Zarif + Trump + "\nThe president spoke. “We acted,” Zarif said. “No” {@zarif}. [It fell]{@trum}.\n");
        string Render() => string.Join("\n", result.Diagnostics.SelectMany(d => NewsFixes.GetFixes(result, d)).Select(f => f.ToString()));
        var expected = Render();
        var results = new string[16];
        Parallel.For(0, results.Length, i => results[i] = Render());
        Assert.All(results, r => Assert.Equal(expected, r));
        Assert.Contains("NEWS002: Change to {@trump}", expected, StringComparison.Ordinal);
    }
}
