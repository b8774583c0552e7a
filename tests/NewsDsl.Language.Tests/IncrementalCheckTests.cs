using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Parsing;
using NewsDsl.Language.Text;
using Xunit;

namespace NewsDsl.Language.Tests;

/// <summary>
/// Incremental checking (issue 18): over random edits to every article of the corpus, each new version
/// reparsed from the previous tree and checked with <see cref="NewsChecker.Recheck"/> from the previous
/// result (the block-local rules' findings of unchanged blocks reused, moved), the findings and suppressed
/// findings must be, finding for finding, those of <see cref="NewsChecker.Check"/> of the new text. The edits
/// are those of <see cref="IncrementalParseTests"/> (seeded, favouring what changes block structure,
/// declarations and suppression comments), chained: each version is checked from the one before.
/// </summary>
public sealed class IncrementalCheckTests
{
    private const int EditsPerArticle = 60;

    // What makes the block-local rules find something (bare cues, loaded verbs, a sentence naming another
    // declared source) and declarations that change what NEWS103 knows, besides the parse tests' edits.
    private static readonly string[] s_findingMakers =
    {
        "Oil prices jumped, it was reported. ", "Allies left, according to. ", " said.", " reported.",
        "“We will not close it,”{@amy} council chair Bob Smith said. ", "“It is final,”{@bob} Lee said. ", "“No,”{@amy} Smith said.",
        "“Yes,”{@bob} Bob admitted. ", "“Fine,”{@amy} Amy insisted, and she claimed victory. ", " claimed", " admitted",
        "\n\n“Done,”{@bob} Amy Lee said.\n\n", "@source bob person name=\"Bob Smith\"\n", "@source amy person name=\"Amy Lee\" aka=\"Smith\"\n",
        "\n@source lee person name=\"Dan Lee\"\n", "\n%% newsdsl-disable-next-line NEWS103 -- checked\n", "\n%% newsdsl-disable NEWS105\n",

        // Figures (NEWS106 reuses its findings while no figure changed): new ones, agreeing or not, in a paragraph or their own.
        "[nine died]{own about=\"casualties\" value=\"9\"}. ", "“Ten,”{@bob about=\"casualties\" value=\"10\"} Bob said. ",
        "\n\n[five were fired]{@amy about=\"missiles\" value=\"5\"}.\n\n", "[about a dozen]{@lee about=\"Missiles \" value=\">=10\"}",
        "\n%% newsdsl-disable NEWS106\n",
    };

    // NEWS101 and NEWS103 off: they then run only on the versions whose suppression comments name them.
    private static readonly NewsCheckOptions s_someLocalRulesOff = new()
    {
        Severities = new Dictionary<string, NewsSeverity?> { ["NEWS101"] = null, ["NEWS103"] = null, ["NEWS001"] = NewsSeverity.Error },
    };

    public static TheoryData<string> Articles() => EquivalenceTests.Articles();

    [Theory]
    [MemberData(nameof(Articles))]
    public void Random_edits_recheck_to_the_findings_of_a_full_check(string path)
    {
        var content = File.ReadAllText(Path.Combine(RepositoryPaths.Root, path));
        foreach (var options in new[] { NewsCheckOptions.Default, s_someLocalRulesOff })
        {
            // Another sequence of edits for each configuration, the same every run.
            var random = new Random(IncrementalParseTests.StableHash(path) ^ (options == NewsCheckOptions.Default ? 0 : 0x5bd1e995));
            var text = content;
            var result = NewsChecker.Recheck(null, NewsParser.Parse(NewsText.From(text, "a.news")), options);
            Assert.Equal(Expected(text, options), IncrementalParseTests.Findings(result));
            for (var edit = 0; edit < EditsPerArticle; edit++)
            {
                var before = text;
                text = RandomEdit(random, text);
                var tree = NewsParser.Reparse(result.Syntax, NewsText.From(text, "a.news"));
                result = NewsChecker.Recheck(result, tree, options);
                var expected = Expected(text, options);
                var actual = IncrementalParseTests.Findings(result);
                if (expected != actual)
                {
                    Assert.Fail($"{path}, edit {edit + 1}: the incremental check differs from a full check.\nbefore: {EquivalenceTests.Escape(before)}\nafter:  {EquivalenceTests.Escape(text)}\n" + EquivalenceTests.FirstDifference(expected, actual));
                }
            }
        }
    }

    [Fact]
    public void An_edit_reuses_the_findings_of_the_blocks_it_did_not_touch()
    {
        // Not vacuous: the seed has findings of the block-local rules, and after an edit near its end those
        // of every block before it are the previous check's very findings (they did not move), not new ones.
        var content = SeedText.Sample;
        var result = NewsChecker.Recheck(null, NewsParser.Parse(NewsText.From(content, "a.news")));
        var before = LocalFindings(result);
        Assert.NotEmpty(before);
        var edited = content.Insert(content.LastIndexOf('.') - 1, "x");
        var again = NewsChecker.Recheck(result, NewsParser.Reparse(result.Syntax, NewsText.From(edited, "a.news")));
        var after = LocalFindings(again);
        var same = before.Zip(after).Count(pair => ReferenceEquals(pair.First, pair.Second));
        Assert.True(same >= before.Count - 2, $"only {same} of {before.Count} findings reused");
        Assert.Equal(IncrementalParseTests.Findings(NewsChecker.Check(NewsText.From(edited, "a.news"))), IncrementalParseTests.Findings(again));
    }

    [Theory]
    [InlineData("name=\"Dan Lee\"", "name=\"Dan Leeds\"")]
    [InlineData("@source chair person name=\"Dan Lee\" title=\"Council chair\"\n", "")]
    [InlineData("name=\"Ann Ortiz\"", "name=\"Ann Ortiz\" aka=\"Lee\"")]
    public void A_changed_declaration_rechecks_NEWS103_in_the_blocks_it_did_not_touch(string declared, string changed)
    {
        // NEWS103 reads the declared sources: its findings in untouched paragraphs must follow a declaration's change.
        var content = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests/NewsDsl.Language.Tests/Conformance/editorial/news103-surname-of-other-source-fires.news"));
        var result = NewsChecker.Recheck(null, NewsParser.Parse(NewsText.From(content, "a.news")));
        Assert.Contains(result.Diagnostics, d => d.Id == "NEWS103");
        Assert.Contains(declared, content);
        var edited = content.Replace(declared, changed);
        var again = NewsChecker.Recheck(result, NewsParser.Reparse(result.Syntax, NewsText.From(edited, "a.news")));
        Assert.Equal(Expected(edited, NewsCheckOptions.Default), IncrementalParseTests.Findings(again));
    }

    private static string RandomEdit(Random random, string text)
    {
        switch (random.Next(8))
        {
            case 0 when text.Length > 0:
                // The same length: blocks after it do not move, but a line break made or removed changes their lines.
                var at = random.Next(text.Length);
                var replacement = "\n .x“”\"{"[random.Next(8)];
                return text.Remove(at, 1).Insert(at, replacement.ToString());
            case 1:
            case 2:
                return text.Insert(random.Next(text.Length + 1), s_findingMakers[random.Next(s_findingMakers.Length)]);
            case 3 when FindDeclaredName(random, text) is var name and >= 0:
                // A declared name changed: what NEWS103 finds in blocks the edit did not touch may change with it.
                return text.Insert(name, s_names[random.Next(s_names.Length)]);
            case 4 when FindValue(random, text, "value=\"") is var value and >= 0:
                // A figure's value changed: NEWS106's findings at other figures, in blocks the edit did not touch, may change with it.
                return text.Insert(value, "1234x "[random.Next(6)].ToString());
            case 5 when FindValue(random, text, "about=\"") is var about and >= 0:
                // What a figure is about changed: it joins or leaves a group.
                return text.Insert(about, random.Next(2) == 0 ? "x" : "casualties\" y=\"");
            default:
                return IncrementalParseTests.RandomEdit(random, text);
        }
    }

    private static readonly string[] s_names = { "Lee ", "Smith ", "Bob ", "Amy ", "Trump ", "Zarif ", "x" };

    /// <summary>Where the value of a random declaration's <c>name="…"</c> starts, or -1 when the text declares none.</summary>
    private static int FindDeclaredName(Random random, string text)
    {
        var found = new List<int>();
        for (var at = text.IndexOf("name=\"", StringComparison.Ordinal); at >= 0; at = text.IndexOf("name=\"", at + 1, StringComparison.Ordinal))
        {
            found.Add(at + 6);
        }

        return found.Count == 0 ? -1 : found[random.Next(found.Count)];
    }

    /// <summary>Where the value of a random <paramref name="attribute"/> (<c>value="</c>) starts, or -1 when the text has none.</summary>
    private static int FindValue(Random random, string text, string attribute)
    {
        var found = new List<int>();
        for (var at = text.IndexOf(attribute, StringComparison.Ordinal); at >= 0; at = text.IndexOf(attribute, at + 1, StringComparison.Ordinal))
        {
            found.Add(at + attribute.Length);
        }

        return found.Count == 0 ? -1 : found[random.Next(found.Count)];
    }

    [Fact]
    public void An_edit_without_figures_reuses_NEWS106_findings_and_one_with_a_figure_does_not()
    {
        // The seed's NEWS106 findings: after an edit to a paragraph with no figure they are the previous ones (those
        // before the edit the very objects); after a figure's value changes, they are found again and differ.
        var content = SeedText.Sample;
        var result = NewsChecker.Recheck(null, NewsParser.Parse(NewsText.From(content, "a.news")));
        var before = result.Diagnostics.Where(d => d.Id == "NEWS106").ToList();
        Assert.NotEmpty(before);
        var edited = content.Insert(content.LastIndexOf('.') - 1, "x");
        var again = NewsChecker.Recheck(result, NewsParser.Reparse(result.Syntax, NewsText.From(edited, "a.news")));
        var after = again.Diagnostics.Where(d => d.Id == "NEWS106").ToList();
        Assert.Equal(before.Count, after.Count);
        Assert.All(before.Zip(after), pair => Assert.Same(pair.First, pair.Second));

        var value = content.IndexOf("value=\"", StringComparison.Ordinal) + "value=\"".Length;
        var changed = content.Insert(value, "7");
        var third = NewsChecker.Recheck(result, NewsParser.Reparse(result.Syntax, NewsText.From(changed, "a.news")));
        Assert.Equal(Expected(changed, NewsCheckOptions.Default), IncrementalParseTests.Findings(third));
        Assert.NotEqual(IncrementalParseTests.Findings(result), IncrementalParseTests.Findings(third));
    }

    [Theory]
    [InlineData("value=\"15\"", "value=\"22\"")]
    [InlineData("value=\"22\"", "value=\"15\"")]
    [InlineData("about=\"casualties\" value=\"80\"", "about=\"missiles\" value=\"80\"")]
    [InlineData("@source iraq-military organization name=\"Iraqi military\"", "@source iraq-military organization name=\"Iraq's army\"")]
    [InlineData("Iranian television said [", "\n\nIranian television said [")]
    public void A_changed_figure_rechecks_NEWS106_in_the_blocks_it_did_not_touch(string figure, string changed)
    {
        // NEWS106 reads every figure: a value, a group or a name changed in one block (or the lines moved) changes its findings in others.
        var content = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests/NewsDsl.Language.Tests/Conformance/editorial/news106-seed-figures-fire.news"));
        var result = NewsChecker.Recheck(null, NewsParser.Parse(NewsText.From(content, "a.news")));
        Assert.Contains(result.Diagnostics, d => d.Id == "NEWS106");
        Assert.Contains(figure, content);
        var edited = content.Replace(figure, changed);
        var again = NewsChecker.Recheck(result, NewsParser.Reparse(result.Syntax, NewsText.From(edited, "a.news")));
        var expected = Expected(edited, NewsCheckOptions.Default);
        Assert.NotEqual(IncrementalParseTests.Findings(result), expected);
        Assert.Equal(expected, IncrementalParseTests.Findings(again));
    }

    [Fact]
    public void Reused_findings_over_a_line_break_keep_their_lines_after_an_edit_before_them()
    {
        // A reused finding is placed again in the new text; one whose span crosses a line break must end on its own
        // line, not on the line it starts on (the shortcut for one-line spans must not apply to it).
        var content = "---\nid: a\nheadline: A\n---\n@source a person name=\"Ann Ortiz\"\n\nFirst paragraph here.\n\n"
            + "Ann said [fifteen died]{@a about=\"deaths\" value=\"15\"}.\n\nAllies left, according\nto. Ann said [twenty died]{@a about=\"deaths\" value=\"20\"}.\n";
        var result = NewsChecker.Recheck(null, NewsParser.Parse(NewsText.From(content, "a.news")));
        Assert.Contains(result.Diagnostics, d => d.Start.Line != d.End.Line);
        var edited = content.Insert(content.IndexOf("First", StringComparison.Ordinal) + 2, "x\n");
        var again = NewsChecker.Recheck(result, NewsParser.Reparse(result.Syntax, NewsText.From(edited, "a.news")));
        Assert.Equal(Expected(edited, NewsCheckOptions.Default), IncrementalParseTests.Findings(again));
    }

    private static List<NewsDiagnostic> LocalFindings(NewsCheckResult result)
    {
        var all = new List<NewsDiagnostic>();
        foreach (var id in new[] { "NEWS101", "NEWS103", "NEWS105" })
        {
            all.AddRange(result.BlockFindings!.FindingsOf(BlockFindings.SlotOf(id)));
        }

        return all;
    }

    private static string Expected(string text, NewsCheckOptions options) =>
        IncrementalParseTests.Findings(NewsChecker.CheckSyntax(NewsParser.Parse(NewsText.From(text, "a.news")), options));
}
