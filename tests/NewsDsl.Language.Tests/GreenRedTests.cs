using System.Text;
using NewsDsl.Language.Parsing;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;
using Xunit;

namespace NewsDsl.Language.Tests;

/// <summary>
/// Issue 18: a paragraph's or heading's inline nodes are kept green (rows of a table) and the public nodes are
/// made only when asked for, from whichever end: a walk from the top, <see cref="NewsSyntaxTree.FindNode"/>, or
/// the model's <see cref="Quotation.Syntax"/>, <see cref="Citation.Tag"/> and the like. These tests check over
/// the whole corpus that every way in gives the same nodes (same kind, spans, strings and parents) as a full
/// walk of another parse of the same text, that each node is made once (the same object whichever way it was
/// reached), and that a model bound from hand-built nodes is the model bound from the green table.
/// </summary>
public sealed class GreenRedTests
{
    public static TheoryData<string> Articles() => EquivalenceTests.Articles();

    [Theory]
    [MemberData(nameof(Articles))]
    public void Nodes_made_on_demand_from_the_model_and_FindNode_equal_a_full_walk_and_are_made_once(string path)
    {
        var text = Read(path);
        var expected = Dump(NewsParser.Parse(NewsText.From(text, "a.news")));

        // A second parse, entered from the bottom first: the model's nodes, then FindNode deepest-first.
        var tree = NewsParser.Parse(NewsText.From(text, "a.news"));
        var model = Binder.Bind(tree);
        var reached = new List<NewsSyntaxNode>();
        foreach (var quotation in model.Quotations)
        {
            reached.Add(quotation.Syntax);
            reached.AddRange(quotation.Parts);
            if (quotation.Tag is { } tag)
            {
                reached.Add(tag);
            }
        }

        foreach (var claim in model.Claims)
        {
            reached.Add(claim.Syntax);
            reached.Add(claim.Tag);
        }

        foreach (var citation in model.Citations)
        {
            reached.Add(citation.Tag);
        }

        foreach (var group in model.Figures)
        {
            foreach (var figure in group.Figures)
            {
                reached.Add(figure.Tag);
            }
        }

        for (var position = text.Length - 1; position >= 0; position -= 3)
        {
            if (tree.FindNode(position) is { } found)
            {
                reached.Add(found);
            }
        }

        // Each node reached is one of the tree's (by identity) at the place and depth the full walk puts it.
        var all = tree.Descendants().ToList();
        var index = new Dictionary<NewsSyntaxNode, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < all.Count; i++)
        {
            index[all[i]] = i;
        }

        var expectedLines = expected.Split('\n');
        foreach (var node in reached)
        {
            Assert.True(index.TryGetValue(node, out var at), $"{path}: {Line(node)} was made twice: it is not the node the tree's walk finds");
            Assert.Equal(expectedLines[at], Line(node));
        }

        Assert.Equal(expected, Dump(tree));
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Every_node_is_among_its_parents_children_and_FindNode_finds_it_or_a_node_under_it(string path)
    {
        var tree = NewsParser.Parse(NewsText.From(Read(path), "a.news"));
        foreach (var node in tree.Descendants())
        {
            if (node.Parent is { } parent)
            {
                Assert.Contains(parent.ChildNodes(), child => ReferenceEquals(child, node));
                Assert.True(parent.Span.Start <= node.Span.Start && node.Span.End <= parent.Span.End, $"{path}: {Line(node)} lies outside its parent");
            }

            if (node.Span.Length > 0 && node is InlineSyntax)
            {
                var found = tree.FindNode(node.Span.Start);
                Assert.NotNull(found);
                Assert.True(ReferenceEquals(found, node) || found!.Ancestors().Contains(node), $"{path}: FindNode({node.Span.Start}) gave {Line(found!)}, not {Line(node)} or a node under it");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void A_model_bound_from_hand_built_nodes_equals_the_model_bound_from_the_green_table(string path)
    {
        var text = NewsText.From(Read(path), "a.news");
        var parsed = NewsParser.Parse(text);
        var blocks = parsed.Blocks.Select(Copy).ToList();
        var built = new NewsSyntaxTree(text, parsed.FrontMatter, blocks, parsed.Errors);

        // The copy really is made of hand-built nodes: no green table under it.
        Assert.All(blocks.OfType<InlineContainerSyntax>(), block => Assert.True(block.Green.IsEmpty));

        Assert.Equal(Describe(Binder.Bind(parsed)), Describe(Binder.Bind(built)));
        Assert.Equal(Dump(parsed), Dump(built));
    }

    [Fact]
    public void A_paragraph_moved_by_an_edit_before_it_shares_its_green_table_and_makes_the_nodes_a_fresh_parse_makes()
    {
        var before = "---\nid: a\nheadline: h\n---\n@source z person name=\"Z\"\n\nFirst.\n\n“Hello there,”{@z cue=\"said\"} Z said [of the plan]{@z about=\"plan\" value=\"2\"}.\n";
        var old = NewsParser.Parse(NewsText.From(before, "a.news"));
        var oldParagraph = (ParagraphSyntax)old.Blocks[^1];

        var after = before.Replace("First.", "The first line.", StringComparison.Ordinal);
        var edited = NewsParser.Reparse(old, NewsText.From(after, "a.news"));
        var moved = (ParagraphSyntax)edited.Blocks[^1];

        Assert.NotSame(oldParagraph, moved);
        Assert.Same(oldParagraph.Green.Chunk, moved.Green.Chunk);
        Assert.Equal(Dump(NewsParser.Parse(NewsText.From(after, "a.news"))), Dump(edited));
        Assert.Equal(9, moved.GreenDelta - oldParagraph.GreenDelta);
    }

    private static string Read(string path) => File.ReadAllText(Path.Combine(RepositoryPaths.Root, path));

    private static string Line(NewsSyntaxNode node)
    {
        var builder = new StringBuilder();
        builder.Append(' ', 2 * node.Ancestors().Count());
        EquivalenceTests.AppendNode(builder, node);
        return builder.ToString();
    }

    private static string Dump(NewsSyntaxTree tree) => string.Join("\n", tree.Descendants().Select(Line));

    private static string Describe(ArticleModel model)
    {
        var builder = new StringBuilder();
        foreach (var quotation in model.Quotations)
        {
            builder.Append("Q ").Append(quotation.OpeningMark).Append(' ').Append(quotation.Family).Append(' ').Append(quotation.Attribution).Append(' ')
                .Append(quotation.Source?.Id ?? "-").Append(quotation.IsSuggested ? "?" : string.Empty).Append(' ').Append(quotation.IsTerminated).Append(' ')
                .Append(quotation.Parts.Count).Append(' ').Append(quotation.Nested.Count).Append(' ').Append(quotation.Start.Line).Append(',').Append(quotation.Start.Character)
                .Append(' ').Append(quotation.Cue ?? "-").Append(' ').Append(quotation.About ?? "-").Append(' ').Append(quotation.Value ?? "-").Append(' ')
                .Append(quotation.Tag?.Span.ToString() ?? "-").Append(' ').Append(quotation.Kind).Append(" | ").Append(quotation.Text).Append('\n');
        }

        foreach (var claim in model.Claims)
        {
            builder.Append("C ").Append(claim.Span).Append(' ').Append(claim.Source?.Id ?? "-").Append(' ').Append(claim.IsSuggested).Append(' ').Append(claim.IsOwn)
                .Append(' ').Append(claim.Via ?? "-").Append(' ').Append(claim.Tag.Span).Append(" | ").Append(claim.Text).Append('\n');
        }

        foreach (var citation in model.Citations)
        {
            builder.Append("T ").Append(citation.Tag.Span).Append(' ').Append(citation.Tag.SourceId).Append(' ').Append(citation.Source?.Id ?? "-").Append('\n');
            Assert.Same(citation, model.FindCitation(citation.Tag));
        }

        foreach (var group in model.Figures)
        {
            foreach (var figure in group.Figures)
            {
                builder.Append("F ").Append(group.About).Append(' ').Append(figure.Tag.Span).Append(' ').Append(figure.IsOwn).Append(" | ").Append(figure.Text).Append('\n');
            }
        }

        return builder.ToString();
    }

    private static BlockSyntax Copy(BlockSyntax block) => block switch
    {
        ParagraphSyntax paragraph => new ParagraphSyntax(paragraph.Span, paragraph.Inlines.Select(Copy).ToArray()),
        HeadingSyntax heading => new HeadingSyntax(heading.Span, heading.Level, heading.ContentSpan, heading.Inlines.Select(Copy).ToArray()),
        _ => block,
    };

    private static InlineSyntax Copy(InlineSyntax inline) => inline switch
    {
        QuotationSyntax quotation => new QuotationSyntax(quotation.Span, quotation.Family, quotation.OpeningMark, quotation.ClosingMark, quotation.Children.Select(Copy).ToArray(), quotation.Tag is { } tag ? Copy(tag) : null),
        AttributedSpanSyntax span => new AttributedSpanSyntax(span.Span, span.OpenBracket, span.CloseBracket, span.Children.Select(Copy).ToArray(), Copy(span.Tag)),
        TagSyntax tag => Copy(tag),
        _ => throw new InvalidOperationException(inline.GetType().Name),
    };

    private static TagSyntax Copy(TagSyntax tag) =>
        new(tag.Span, tag.Kind, tag.SourceId, tag.SourceIdSpan, tag.Attributes.Select(a => new AttributeSyntax(a.Span, a.Name, a.NameSpan, a.Value, a.ValueSpan)).ToArray(), tag.IsDangling, tag.SuggestionMark);
}
