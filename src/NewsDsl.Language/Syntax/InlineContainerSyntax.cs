using System;
using System.Collections.Generic;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Syntax;

/// <summary>A block whose text is prose: a paragraph or a heading.</summary>
public abstract class InlineContainerSyntax : BlockSyntax
{
    protected InlineContainerSyntax(TextSpan span, TextSpan contentSpan, IReadOnlyList<InlineSyntax> inlines)
        : base(span)
    {
        ContentSpan = contentSpan;
        _inlines = inlines;
        AdoptAll(inlines);
    }

    /// <summary>A block whose inlines are made from <paramref name="green"/> on first access, <paramref name="delta"/> characters on from where it was parsed.</summary>
    private protected InlineContainerSyntax(TextSpan span, TextSpan contentSpan, GreenInlineTable green, int delta)
        : base(span)
    {
        ContentSpan = contentSpan;
        Green = green;
        GreenDelta = delta;
        if (green.IsEmpty)
        {
            _inlines = System.Array.Empty<InlineSyntax>();
        }
    }

    private IReadOnlyList<InlineSyntax>? _inlines;

    /// <summary>The green form of the inlines (<see cref="GreenInlineTable.IsEmpty"/> for none, or for a block built by hand: then <see cref="Inlines"/> is all there is).</summary>
    internal GreenInlineTable Green { get; }

    /// <summary>What to add to the green table's offsets for this block's positions.</summary>
    internal int GreenDelta { get; }

    /// <summary>The prose itself (for a heading, after the <c>#</c> marks).</summary>
    public TextSpan ContentSpan { get; }

    /// <summary>Top-level quotations, attributed spans and stray tags, in document order.</summary>
    public IReadOnlyList<InlineSyntax> Inlines => _inlines ?? MakeInlines();

    /// <summary>
    /// The red node of row <paramref name="row"/> of the green table: found from the top-level list down by
    /// position (a row's start lies inside each of its ancestors), making on the way only the lists it passes.
    /// </summary>
    internal InlineSyntax NodeAt(int row)
    {
        var target = Green.Rows[row].Start + GreenDelta;
        var list = Inlines;
        while (true)
        {
            InlineSyntax? inner = null;
            for (var i = 0; i < list.Count; i++)
            {
                var node = list[i];
                if (node.GreenRow == row)
                {
                    return node;
                }

                if (target >= node.Span.Start && target < node.Span.End)
                {
                    inner = node;
                    break;
                }
            }

            switch (inner)
            {
                case QuotationSyntax quotation:
                    if (quotation.Tag is { } tag && tag.GreenRow == row)
                    {
                        return tag;
                    }

                    list = quotation.Children;
                    break;
                case AttributedSpanSyntax span:
                    if (span.Tag.GreenRow == row)
                    {
                        return span.Tag;
                    }

                    list = span.Children;
                    break;
                default:
                    // Every row of the table is reachable this way; only a caller's bug gets here.
                    throw new InvalidOperationException($"Row {row} is not a node of this block's inlines.");
            }
        }
    }

    /// <summary>A view of top-level inline <paramref name="index"/> (a green row, or the node of a block built by hand).</summary>
    internal InlineView InlineAt(int index) => Green.IsEmpty ? new InlineView(Inlines[index]) : new InlineView(this, Green.Root(index));

    /// <summary>The span of top-level inline <paramref name="index"/>, without making it.</summary>
    internal TextSpan InlineSpan(int index)
    {
        if (Green.IsEmpty)
        {
            return Inlines[index].Span;
        }

        ref readonly var row = ref Green.Rows[Green.Root(index)];
        return new TextSpan(row.Start + GreenDelta, row.Length);
    }

    /// <summary>How many top-level inlines there are, without making them.</summary>
    internal int InlineCount => Green.IsEmpty ? Inlines.Count : Green.RootCount;

    private IReadOnlyList<InlineSyntax> MakeInlines()
    {
        var made = Green.MakeList(Green.RootFirst, Green.RootCount, GreenDelta);
        AdoptAll(made);
        return GreenInlineTable.Publish(ref _inlines, made);
    }

    internal override void CollectChildren(ref List<NewsSyntaxNode>? children) => AddAll(ref children, Inlines);
}
