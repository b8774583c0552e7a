using System.Collections.Generic;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Syntax;

/// <summary>
/// Prose between a pair of quotation marks within one paragraph. A quotation over several
/// paragraphs is several of these (the binder joins them); an unclosed one runs to the end
/// of its paragraph and has no closing mark.
/// </summary>
public sealed class QuotationSyntax : InlineSyntax
{
    public QuotationSyntax(
        TextSpan span,
        QuotationMarkFamily family,
        TextSpan openingMark,
        TextSpan? closingMark,
        IReadOnlyList<InlineSyntax> children,
        TagSyntax? tag)
        : base(span)
    {
        Family = family;
        OpeningMark = openingMark;
        ClosingMark = closingMark;
        _children = children;
        _tag = tag;
        _tagRow = -1;
        AdoptAll(children);
        Adopt(tag);
    }

    /// <summary>The red node of row <paramref name="row"/> of a block's green table; children and tag are made on first access.</summary>
    internal QuotationSyntax(GreenInlineTable green, int row, int delta)
        : base(GreenInlineTable.Span(green.Rows[row].Start, green.Rows[row].Length, delta), row)
    {
        ref readonly var r = ref green.Rows[row];
        Family = (QuotationMarkFamily)r.Sub;
        OpeningMark = new TextSpan(r.Start + delta, r.Flags & 0xF);
        ClosingMark = r.P0 < 0 ? null : new TextSpan(r.P0 + delta, r.Flags >> 4);
        _green = green;
        _delta = delta;
        _tagRow = r.P1;
    }

    // Set for a node made from a green table: what its lazily made children and tag come from.
    private readonly GreenInlineTable _green;
    private readonly int _delta;
    private readonly int _tagRow;
    private IReadOnlyList<InlineSyntax>? _children;
    private TagSyntax? _tag;

    public QuotationMarkFamily Family { get; }

    public TextSpan OpeningMark { get; }

    /// <summary>Null when the paragraph ended before the quotation closed.</summary>
    public TextSpan? ClosingMark { get; }

    public bool IsClosed => ClosingMark.HasValue;

    /// <summary>The quoted text between the marks.</summary>
    public TextSpan ContentSpan => TextSpan.FromBounds(OpeningMark.End, ClosingMark?.Start ?? Span.End);

    /// <summary>Nested quotations, attributed spans and tags inside.</summary>
    public IReadOnlyList<InlineSyntax> Children => _children ?? MakeChildren();

    /// <summary>The tag right after the closing mark, if any.</summary>
    public TagSyntax? Tag => _tag ?? (_tagRow < 0 ? null : MakeTag());

    /// <summary>The green table and row this node was made from (<see cref="GreenInlineTable.IsEmpty"/> for a node built by hand).</summary>
    internal GreenInlineTable Green => _green;

    private IReadOnlyList<InlineSyntax> MakeChildren() => MakeContentChildren(_green, _delta, ref _children);

    private TagSyntax MakeTag()
    {
        var made = new TagSyntax(_green, _tagRow, _delta);
        Adopt(made);
        return GreenInlineTable.Publish(ref _tag, made);
    }

    internal override NewsSyntaxNode? MovedBy(int delta)
    {
        var children = MoveAll(Children, delta);
        TagSyntax? tag = null;
        if (children is null || (Tag is not null && (tag = Tag.MovedBy(delta) as TagSyntax) is null))
        {
            return null;
        }

        return new QuotationSyntax(Move(Span, delta), Family, Move(OpeningMark, delta), Move(ClosingMark, delta), children, tag);
    }

    internal override void CollectChildren(ref List<NewsSyntaxNode>? children)
    {
        AddAll(ref children, Children);
        Add(ref children, Tag);
    }
}
