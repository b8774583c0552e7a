using NewsDsl.Language.Semantics;
using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;
using Xunit;

namespace NewsDsl.Language.Tests;

/// <summary>Parent, children, descendants, FindNode and references: what an editor needs from the tree and the model.</summary>
public sealed class NavigationTests
{
    private const string Article =
        "---\nid: a\nheadline: h\n---\n"
        + "@source zarif person name=\"Mohammad Javad Zarif\"\n"
        + "@source hatami person name=\"Amir Hatami\"\n"
        + "\n"
        + "“He called it ‘madness’,”{@zarif cue=\"said\"} and [it was “proportionate”]{@hatami?}.\n"
        + "\n"
        + "“Again,”{@zarif} he said.\n";

    private static NewsCheckResult Check(string text = Article) => NewsChecker.Check(NewsText.From(text, "a.news"));

    [Fact]
    public void Every_node_is_a_child_of_its_parent_and_inside_its_span()
    {
        var tree = Check(NewsDsl.Language.Tests.SeedText.Sample).Syntax;
        var count = 0;
        foreach (var node in tree.Descendants())
        {
            count++;
            if (node.Parent is { } parent)
            {
                Assert.Contains(node, parent.ChildNodes());
                Assert.True(parent.Span.Start <= node.Span.Start && node.Span.End <= parent.Span.End, $"{node.GetType().Name} at {node.Span} is outside its parent {parent.Span}");
            }
            else
            {
                Assert.Contains(node, tree.TopLevelNodes());
            }

            foreach (var child in node.ChildNodes())
            {
                Assert.Same(node, child.Parent);
            }
        }

        Assert.True(count > 200, $"the sample has hundreds of nodes, found {count}");
    }

    [Fact]
    public void Children_are_in_document_order_and_a_quotation_lists_its_tag_after_its_nested_inlines()
    {
        var tree = Check().Syntax;
        var quotation = tree.Descendants().OfType<QuotationSyntax>().First();

        var children = quotation.ChildNodes();
        Assert.IsType<QuotationSyntax>(children[0]);
        Assert.Same(quotation.Tag, children[1]);
        Assert.IsType<AttributeSyntax>(Assert.Single(children[1].ChildNodes()));
        foreach (var node in tree.Descendants().Where(n => n.ChildNodes().Count > 1))
        {
            var starts = node.ChildNodes().Select(c => c.Span.Start).ToList();
            Assert.Equal(starts.OrderBy(s => s), starts);
        }
    }

    [Fact]
    public void FindNode_returns_the_innermost_node_at_an_offset()
    {
        var result = Check();
        var tree = result.Syntax;

        var madness = Article.IndexOf("madness", StringComparison.Ordinal);
        var inner = Assert.IsType<QuotationSyntax>(tree.FindNode(madness));
        Assert.Equal("‘madness’", tree.Text.ToString(TextSpan.FromBounds(inner.OpeningMark.Start, inner.ClosingMark!.Value.End)));
        Assert.Equal(new[] { typeof(QuotationSyntax), typeof(ParagraphSyntax) }, inner.Ancestors().Select(a => a.GetType()));

        var cue = Article.IndexOf("said", StringComparison.Ordinal);
        Assert.Equal("cue", Assert.IsType<AttributeSyntax>(tree.FindNode(cue)).Name);

        var tagId = Article.IndexOf("@hatami", StringComparison.Ordinal) + 1;
        Assert.IsType<TagSyntax>(tree.FindNode(tagId));

        Assert.IsType<FrontMatterEntrySyntax>(tree.FindNode(Article.IndexOf("headline", StringComparison.Ordinal)));
        Assert.IsType<SourceDeclarationSyntax>(tree.FindNode(Article.IndexOf("hatami person", StringComparison.Ordinal)));

        // A blank line between paragraphs holds no node; nor does a position past the end.
        Assert.Null(tree.FindNode(Article.IndexOf("\n\n“Again", StringComparison.Ordinal) + 1));
        Assert.Null(tree.FindNode(Article.Length + 5));
    }

    [Fact]
    public void FindNode_agrees_with_a_brute_force_search_at_every_offset_of_the_sample()
    {
        var tree = Check(SeedText.Sample).Syntax;
        var nodes = tree.Descendants().ToList();
        for (var position = 0; position < SeedText.Sample.Length; position += 7)
        {
            // The innermost containing node is the last one in document (pre-)order that contains the position.
            var expected = nodes.LastOrDefault(n => n.Span.Start <= position && position < n.Span.End);
            Assert.Same(expected, tree.FindNode(position));
        }
    }

    [Fact]
    public void Model_objects_lead_back_to_their_syntax_and_back()
    {
        var result = Check();
        var model = result.Model;

        var quote = model.Quotes[0];
        Assert.Same(quote, model.FindQuotation(quote.Syntax));
        Assert.Same(quote.Tag, quote.Syntax.Tag);
        var claim = Assert.Single(model.Claims);
        Assert.Same(claim, model.FindClaim(claim.Syntax));
        Assert.True(claim.IsSuggested);
        var citation = model.FindCitation(claim.Tag)!;
        Assert.Equal("hatami", citation.Source?.Id);
        Assert.Equal("hatami", result.Syntax.Text.ToString(model.FindSource("hatami")!.Declaration.IdSpan));
    }

    [Fact]
    public void FindReferences_lists_the_declaration_and_every_tag_id_in_document_order()
    {
        var model = Check().Model;
        var text = model.Text;

        var zarif = model.FindReferences("zarif");
        Assert.Same(model.FindSource("zarif"), zarif.Source);
        Assert.Equal(Article.IndexOf("zarif person", StringComparison.Ordinal), zarif.Definition!.Value.Start);
        Assert.Equal(2, zarif.References.Count);
        Assert.All(zarif.References, span => Assert.Equal("zarif", text.ToString(span)));
        Assert.True(zarif.References[0].Start < zarif.References[1].Start);

        // The suggested tag's span is the id alone, without the '?'.
        var hatami = model.FindReferences("hatami");
        Assert.Equal("hatami", text.ToString(Assert.Single(hatami.References)));
    }

    [Fact]
    public void FindReferences_finds_the_tags_of_an_undeclared_id_and_every_duplicate_declaration()
    {
        var model = Check("---\nid: a\nheadline: h\n---\n@source z person name=\"A\"\n@source z person name=\"B\"\n\n“One,”{@y} and “two,”{@y} they said.\n").Model;

        var y = model.FindReferences("y");
        Assert.Null(y.Source);
        Assert.Null(y.Definition);
        Assert.Equal(2, y.References.Count);
        Assert.Equal(2, model.FindReferences("z").Declarations.Count);
    }

    [Fact]
    public void FindSourceIdAt_finds_the_id_under_or_just_before_the_cursor()
    {
        var model = Check().Model;
        var declared = Article.IndexOf("zarif person", StringComparison.Ordinal);
        var tagged = Article.IndexOf("@hatami", StringComparison.Ordinal) + 1;

        Assert.Equal("zarif", model.FindSourceIdAt(declared));
        Assert.Equal("zarif", model.FindSourceIdAt(declared + "zarif".Length));
        Assert.Equal("hatami", model.FindSourceIdAt(tagged + 3));
        Assert.Equal("hatami", model.FindSourceIdAt(tagged + "hatami".Length));
        Assert.Null(model.FindSourceIdAt(Article.IndexOf("madness", StringComparison.Ordinal)));
    }
}
