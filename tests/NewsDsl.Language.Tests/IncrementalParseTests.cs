using System.Text;
using NewsDsl.Language.Parsing;
using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;
using Xunit;

namespace NewsDsl.Language.Tests;

/// <summary>
/// Incremental reparse (issue 18): over random edits to every article of the corpus (each
/// conformance case, the seed, the samples and test articles), the tree
/// <see cref="NewsParser.Reparse"/> makes from the previous tree must equal, node for node,
/// error for error, a full parse of the new text. The edits are drawn from a seeded generator (the
/// same every run, different for every article) and favour what changes block structure: line
/// breaks, blank lines, fences, headings, notes, declarations, quotation marks, brackets and tags.
/// The findings of the reparsed tree are compared with those of a full check as well.
/// </summary>
public sealed class IncrementalParseTests
{
    private const int EditsPerArticle = 40;

    private static readonly string[] s_fragments =
    {
        "x", "a", " ", "  ", "\n", "\n\n", "\r\n", "\r", "---", "---\n", "# ", "## ", "### ", "%%", "%% note\n",
        "%% newsdsl-disable-next-line NEWS101 -- checked\n", "%% newsdsl-disable NEWS106\n", "%% newsdsl-enable NEWS106\n",
        "@source", "@source amy person name=\"Amy Lee\"\n", "@source bob official", "id: x-1\n", "headline: H\n",
        "\"", "'", "“", "”", "‘", "’", "«", "»", "''", "``", "[", "]", "]{@amy}", "{@amy}", "{@amy cue=\"said\"}", "{@bob?}",
        "{title}", "{term}", "{", "}", "\\", "\\\"", "\"He said,\" Amy said.", "“Quote.”{@amy}", "[claim]{@bob}", "said", " 42 ",
    };

    public static TheoryData<string> Articles() => EquivalenceTests.Articles();

    [Theory]
    [MemberData(nameof(Articles))]
    public void Random_edits_reparse_to_the_full_parse(string path)
    {
        var random = new Random(StableHash(path));
        var content = File.ReadAllText(Path.Combine(RepositoryPaths.Root, path));
        var tree = NewsParser.Parse(NewsText.From(content, "a.news"));
        for (var edit = 0; edit < EditsPerArticle; edit++)
        {
            var before = content;
            content = RandomEdit(random, content);
            var incremental = NewsParser.Reparse(tree, NewsText.From(content, "a.news"));
            var full = NewsParser.Parse(NewsText.From(content, "a.news"));
            var expected = Dump(full);
            var actual = Dump(incremental);
            if (expected != actual)
            {
                Assert.Fail($"{path}, edit {edit + 1}: the incremental tree differs from a full parse.\nbefore: {EquivalenceTests.Escape(before)}\nafter:  {EquivalenceTests.Escape(content)}\n" + EquivalenceTests.FirstDifference(expected, actual));
            }

            // Lines too: the reparsed text's are spliced from the previous text's.
            Assert.Equal(full.Text.LineStartOffsets, incremental.Text.LineStartOffsets);

            // The findings of the reparsed tree are those of the full check.
            var findings = Findings(NewsChecker.CheckSyntax(incremental));
            Assert.Equal(Findings(NewsChecker.Check(NewsText.From(content, "a.news"))), findings);
            tree = incremental;
        }
    }

    internal static string Findings(NewsCheckResult result) =>
        string.Join("\n", result.Diagnostics.Concat(result.SuppressedDiagnostics).Select(d => $"{d.Span} {d.Start.Line}:{d.Start.Character}-{d.End.Line}:{d.End.Character} {d.Severity} {d.Id} {d.Message}{string.Concat(d.AdditionalLocations.Select(r => $" + {r.Span} {r.Start.Line}:{r.Start.Character} {r.Message}"))}"));

    [Fact]
    public void An_edit_in_the_middle_keeps_the_blocks_before_it_and_the_green_forms_of_those_after_it()
    {
        var content = File.ReadAllText(RepositoryPaths.Samples("press-tv-264060-iran-strikes-back.news"));
        var tree = NewsParser.Parse(NewsText.From(content, "a.news"));
        var middle = tree.Blocks[tree.Blocks.Count / 2];
        var position = middle.Span.Start + (middle.Span.Length / 2);

        // Same length: every block but the edited one and its neighbour is the very same object.
        var sameLength = NewsParser.Reparse(tree, NewsText.From(content.Remove(position, 1).Insert(position, "z"), "a.news"));
        Assert.Equal(tree.Blocks.Count, sameLength.Blocks.Count);
        Assert.Same(tree.Blocks[0], sameLength.Blocks[0]);
        Assert.Same(tree.Blocks[^1], sameLength.Blocks[^1]);
        Assert.Same(tree.FrontMatter, sameLength.FrontMatter);
        var reused = tree.Blocks.Zip(sameLength.Blocks).Count(pair => ReferenceEquals(pair.First, pair.Second));
        Assert.True(reused >= tree.Blocks.Count - 3, $"only {reused} of {tree.Blocks.Count} blocks reused");

        // Longer: the blocks before are reused; those after keep their green forms (the very same objects,
        // not copies) and are only recorded as starting 3 characters on, their red nodes made when read.
        var longer = NewsParser.Reparse(tree, NewsText.From(content.Insert(position, "zzz"), "a.news"));
        Assert.Same(tree.Blocks[0], longer.Blocks[0]);
        var last = tree.Blocks.Count - 1;
        Assert.Same(tree.GreenAt(last), longer.GreenAt(longer.BlockCount - 1));
        Assert.Null(longer.MadeBlockAt(longer.BlockCount - 1));
        var sharedGreens = Enumerable.Range(0, longer.BlockCount).Count(i => ReferenceEquals(longer.GreenAt(i), tree.GreenAt(i)));
        Assert.True(sharedGreens >= tree.Blocks.Count - 1, $"only {sharedGreens} of {tree.Blocks.Count} green blocks shared");

        // The same-length edit: only the edited block is a new green form; even its neighbour, parsed again, is kept.
        var sameGreens = Enumerable.Range(0, sameLength.BlockCount).Count(i => ReferenceEquals(sameLength.GreenAt(i), tree.GreenAt(i)));
        Assert.Equal(tree.Blocks.Count - 1, sameGreens);
        Assert.NotSame(tree.Blocks[^1], longer.Blocks[^1]);
        Assert.Equal(tree.Blocks[^1].Span.Start + 3, longer.Blocks[^1].Span.Start);
        Assert.Same(longer.Blocks[^1], longer.Blocks[^1]);

        // A second edit before them moves them again: still the same green forms, three versions on.
        var again = NewsParser.Reparse(longer, NewsText.From(content.Insert(position, "zzz").Insert(2 * content.Length / 3, "y"), "a.news"));
        Assert.Same(tree.GreenAt(last), again.GreenAt(again.BlockCount - 1));
        Assert.Equal(tree.Blocks[^1].Span.Start + 4, again.Blocks[^1].Span.Start);
    }

    [Fact]
    public void Edits_that_make_or_close_the_front_matter_reparse_everything_correctly()
    {
        var content = "Body \"quote\"{@amy} here.\n\n---\n\n@source amy person name=\"Amy\"\n";
        var tree = NewsParser.Parse(NewsText.From(content, "a.news"));
        foreach (var next in new[] { "---\nid: a\n" + content, "---\n" + content, "---\nid: a\n---\n" + content })
        {
            var incremental = NewsParser.Reparse(tree, NewsText.From(next, "a.news"));
            Assert.Equal(Dump(NewsParser.Parse(NewsText.From(next, "a.news"))), Dump(incremental));
        }
    }

    [Fact]
    public void A_tree_built_by_hand_is_not_trusted_as_the_parse_of_its_text()
    {
        // Same text, but none of its blocks: reusing "what did not change" would lose the front matter.
        var content = File.ReadAllText(RepositoryPaths.Samples("press-tv-264060-iran-strikes-back.news"));
        var byHand = new NewsSyntaxTree(NewsText.From(content, "a.news"), null, Array.Empty<BlockSyntax>(), Array.Empty<SyntaxError>());
        var edited = content.Insert(content.Length / 2, "x");
        Assert.Equal(Dump(NewsParser.Parse(NewsText.From(edited, "a.news"))), Dump(NewsParser.Reparse(byHand, NewsText.From(edited, "a.news"))));
    }

    /// <summary>Everything the public syntax API shows, and the node counts the binder sizes its lists by.</summary>
    internal static string Dump(NewsSyntaxTree tree)
    {
        var builder = new StringBuilder();
        foreach (var error in tree.Errors)
        {
            builder.Append("error ").Append(EquivalenceTests.Span(error.Span)).Append(' ').Append(error.Message).Append('\n');
        }

        foreach (var directive in tree.SuppressionDirectives)
        {
            builder.Append("directive ").Append(EquivalenceTests.Span(directive.Span)).Append('\n');
        }

        builder.Append("counts ").Append(tree.NodeCounts).Append('\n');
        foreach (var node in tree.Descendants())
        {
            builder.Append(' ', 2 * node.Ancestors().Count());
            EquivalenceTests.AppendNode(builder, node);
            builder.Append(" parent ").Append(node.Parent is null ? "-" : EquivalenceTests.Span(node.Parent.Span)).Append('\n');
        }

        return builder.ToString();
    }

    internal static string RandomEdit(Random random, string content)
    {
        var start = random.Next(content.Length + 1);
        var removed = random.Next(4) switch
        {
            0 => 0,
            1 => Math.Min(content.Length - start, random.Next(1, 3)),
            2 => Math.Min(content.Length - start, random.Next(1, 40)),
            _ => Math.Min(content.Length - start, random.Next(0, 400)),
        };
        var inserted = new StringBuilder();
        var pieces = random.Next(3);
        for (var i = 0; i < pieces; i++)
        {
            inserted.Append(s_fragments[random.Next(s_fragments.Length)]);
        }

        return content.Remove(start, removed).Insert(start, inserted.ToString());
    }

    /// <summary>FNV-1a: string.GetHashCode differs from run to run, and a failure must replay.</summary>
    internal static int StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & 0x7FFFFFFF);
    }
}
