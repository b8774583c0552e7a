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
        Children = children;
        Tag = tag;
        AdoptAll(children);
        Adopt(tag);
    }

    public QuotationMarkFamily Family { get; }

    public TextSpan OpeningMark { get; }

    /// <summary>Null when the paragraph ended before the quotation closed.</summary>
    public TextSpan? ClosingMark { get; }

    public bool IsClosed => ClosingMark.HasValue;

    /// <summary>The quoted text between the marks.</summary>
    public TextSpan ContentSpan => TextSpan.FromBounds(OpeningMark.End, ClosingMark?.Start ?? Span.End);

    /// <summary>Nested quotations, attributed spans and tags inside.</summary>
    public IReadOnlyList<InlineSyntax> Children { get; }

    /// <summary>The tag right after the closing mark, if any.</summary>
    public TagSyntax? Tag { get; }

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
