using System.Collections.Generic;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Syntax;

/// <summary>The parsed form of one article: front matter, body blocks and the syntax errors found.</summary>
public sealed class NewsSyntaxTree
{
    public NewsSyntaxTree(NewsText text, FrontMatterSyntax? frontMatter, IReadOnlyList<BlockSyntax> blocks, IReadOnlyList<SyntaxError> errors)
        : this(text, frontMatter, blocks, errors, CollectDirectives(blocks))
    {
    }

    internal NewsSyntaxTree(NewsText text, FrontMatterSyntax? frontMatter, IReadOnlyList<BlockSyntax> blocks, IReadOnlyList<SyntaxError> errors, IReadOnlyList<SuppressionDirectiveSyntax> directives)
    {
        Text = text;
        FrontMatter = frontMatter;
        Blocks = blocks;
        Errors = errors;
        SuppressionDirectives = directives;
    }

    /// <summary>Every suppression comment (<c>%% newsdsl-…</c>) in document order.</summary>
    public IReadOnlyList<SuppressionDirectiveSyntax> SuppressionDirectives { get; }

    public NewsText Text { get; }

    /// <summary>Null when the file does not start with <c>---</c>.</summary>
    public FrontMatterSyntax? FrontMatter { get; }

    public IReadOnlyList<BlockSyntax> Blocks { get; }

    public IReadOnlyList<SyntaxError> Errors { get; }

    /// <summary>How many quotation parts, attributed spans and tags the parser made (0 for a tree built elsewhere): the binder sizes its lists with them.</summary>
    internal (int Quotations, int Spans, int Tags) NodeCounts { get; set; }

    /// <summary>True for a tree the parser made (whole or incrementally): only such a tree is the parse of its text, which an incremental parse relies on.</summary>
    internal bool IsParsed { get; set; }

    private static IReadOnlyList<SuppressionDirectiveSyntax> CollectDirectives(IReadOnlyList<BlockSyntax> blocks)
    {
        List<SuppressionDirectiveSyntax>? directives = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is CommentSyntax { Directive: { } directive })
            {
                (directives ??= new List<SuppressionDirectiveSyntax>()).Add(directive);
            }
        }

        return (IReadOnlyList<SuppressionDirectiveSyntax>?)directives ?? System.Array.Empty<SuppressionDirectiveSyntax>();
    }

    /// <summary>The front matter (when present) and the body's blocks, in document order: the tree's top-level nodes.</summary>
    public IEnumerable<NewsSyntaxNode> TopLevelNodes()
    {
        if (FrontMatter is not null)
        {
            yield return FrontMatter;
        }

        for (var i = 0; i < Blocks.Count; i++)
        {
            yield return Blocks[i];
        }
    }

    /// <summary>Every node of the tree in document order, each parent before its children.</summary>
    public IEnumerable<NewsSyntaxNode> Descendants()
    {
        foreach (var top in TopLevelNodes())
        {
            yield return top;
            foreach (var node in top.Descendants())
            {
                yield return node;
            }
        }
    }

    /// <summary>
    /// The innermost node whose span contains <paramref name="position"/>, a UTF-16 offset
    /// (<c>Span.Start &lt;= position &lt; Span.End</c>), or null where there is none (a blank line, the
    /// plain text of the front matter's fences). Blocks are found by binary search.
    /// </summary>
    public NewsSyntaxNode? FindNode(int position)
    {
        if (FrontMatter?.FindNode(position) is { } inFrontMatter)
        {
            return inFrontMatter;
        }

        var blocks = Blocks;
        int low = 0, high = blocks.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) >> 1;
            var span = blocks[mid].Span;
            if (position < span.Start)
            {
                high = mid - 1;
            }
            else if (position >= span.End)
            {
                low = mid + 1;
            }
            else
            {
                return blocks[mid].FindNode(position);
            }
        }

        return null;
    }
}
