using System.Collections.Generic;
using NewsDsl.Language.Syntax;

namespace NewsDsl.LanguageServer.Features;

/// <summary>Finds what is at an offset: the block, and the chain of inline nodes (outermost first) that contain it.</summary>
internal static class SyntaxLookup
{
    /// <summary>The block whose span contains <paramref name="offset"/> (or ends exactly at it), by binary search.</summary>
    public static BlockSyntax? BlockAt(NewsSyntaxTree syntax, int offset)
    {
        var blocks = syntax.Blocks;
        int low = 0, high = blocks.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) >> 1;
            var span = blocks[mid].Span;
            if (offset < span.Start)
            {
                high = mid - 1;
            }
            else if (offset > span.End)
            {
                low = mid + 1;
            }
            else
            {
                return blocks[mid];
            }
        }

        return null;
    }

    /// <summary>Inline nodes containing <paramref name="offset"/>, outermost first (a tag's end counts as inside it).</summary>
    public static List<InlineSyntax> InlinesAt(NewsSyntaxTree syntax, int offset)
    {
        var path = new List<InlineSyntax>();
        if (BlockAt(syntax, offset) is InlineContainerSyntax container)
        {
            Descend(container.Inlines, offset, path);
        }

        return path;
    }

    public static IReadOnlyList<InlineSyntax> ChildrenOf(InlineSyntax node) => node switch
    {
        QuotationSyntax quotation => quotation.Children,
        AttributedSpanSyntax span => span.Children,
        _ => System.Array.Empty<InlineSyntax>(),
    };

    private static void Descend(IReadOnlyList<InlineSyntax> nodes, int offset, List<InlineSyntax> path)
    {
        foreach (var node in nodes)
        {
            if (offset < node.Span.Start || offset > node.Span.End)
            {
                continue;
            }

            path.Add(node);

            // A quotation's or span's tag lies inside its span: look there as well as among the children.
            var tag = node switch
            {
                QuotationSyntax quotation => quotation.Tag,
                AttributedSpanSyntax span => span.Tag,
                _ => null,
            };
            if (tag is not null && offset >= tag.Span.Start && offset <= tag.Span.End)
            {
                path.Add(tag);
                return;
            }

            Descend(ChildrenOf(node), offset, path);
            return;
        }
    }
}
