using System.Collections.Generic;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Syntax;

/// <summary>A paraphrase or claim: <c>[text]{@source}</c>.</summary>
public sealed class AttributedSpanSyntax : InlineSyntax
{
    public AttributedSpanSyntax(TextSpan span, TextSpan openBracket, TextSpan closeBracket, IReadOnlyList<InlineSyntax> children, TagSyntax tag)
        : base(span)
    {
        OpenBracket = openBracket;
        CloseBracket = closeBracket;
        Children = children;
        Tag = tag;
        AdoptAll(children);
        Adopt(tag);
    }

    public TextSpan OpenBracket { get; }

    public TextSpan CloseBracket { get; }

    public TextSpan ContentSpan => TextSpan.FromBounds(OpenBracket.End, CloseBracket.Start);

    public IReadOnlyList<InlineSyntax> Children { get; }

    public TagSyntax Tag { get; }

    internal override NewsSyntaxNode? MovedBy(int delta) =>
        MoveAll(Children, delta) is { } children && Tag.MovedBy(delta) is TagSyntax tag
            ? new AttributedSpanSyntax(Move(Span, delta), Move(OpenBracket, delta), Move(CloseBracket, delta), children, tag)
            : null;

    internal override void CollectChildren(ref List<NewsSyntaxNode>? children)
    {
        AddAll(ref children, Children);
        Add(ref children, Tag);
    }
}
