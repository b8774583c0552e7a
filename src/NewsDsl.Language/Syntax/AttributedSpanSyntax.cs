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
        _children = children;
        _tag = tag;
        AdoptAll(children);
        Adopt(tag);
    }

    /// <summary>The red node of row <paramref name="row"/> of a block's green table; children and tag are made on first access.</summary>
    internal AttributedSpanSyntax(GreenInlineTable green, int row, int delta)
        : base(GreenInlineTable.Span(green.Rows[row].Start, green.Rows[row].Length, delta), row)
    {
        ref readonly var r = ref green.Rows[row];
        OpenBracket = new TextSpan(r.Start + delta, 1);
        CloseBracket = new TextSpan(r.P0 + delta, 1);
        _green = green;
        _delta = delta;
    }

    private readonly GreenInlineTable _green;
    private readonly int _delta;
    private IReadOnlyList<InlineSyntax>? _children;
    private TagSyntax? _tag;

    public TextSpan OpenBracket { get; }

    public TextSpan CloseBracket { get; }

    public TextSpan ContentSpan => TextSpan.FromBounds(OpenBracket.End, CloseBracket.Start);

    public IReadOnlyList<InlineSyntax> Children => _children ?? MakeChildren();

    public TagSyntax Tag => _tag ?? MakeTag();

    /// <summary>The green table and row this node was made from (<see cref="GreenInlineTable.IsEmpty"/> for a node built by hand).</summary>
    internal GreenInlineTable Green => _green;

    private IReadOnlyList<InlineSyntax> MakeChildren() => MakeContentChildren(_green, _delta, ref _children);

    private TagSyntax MakeTag()
    {
        var made = new TagSyntax(_green, _green.Rows[GreenRow].P1, _delta);
        Adopt(made);
        return GreenInlineTable.Publish(ref _tag, made);
    }

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
