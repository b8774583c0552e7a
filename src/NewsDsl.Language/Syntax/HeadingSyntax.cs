using System.Collections.Generic;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Syntax;

/// <summary>A line starting with <c># </c> or <c>## </c> (the contract's two heading levels).</summary>
public sealed class HeadingSyntax : InlineContainerSyntax
{
    public HeadingSyntax(TextSpan span, int level, TextSpan contentSpan, IReadOnlyList<InlineSyntax> inlines)
        : base(span, contentSpan, inlines)
    {
        Level = level;
    }

    public int Level { get; }

    internal HeadingSyntax(TextSpan span, int level, TextSpan contentSpan, GreenInlineTable green, int delta)
        : base(span, contentSpan, green, delta)
    {
        Level = level;
    }

    // A parsed heading moves by sharing its green table: nothing under it is copied.
    internal override NewsSyntaxNode? MovedBy(int delta) =>
        !Green.IsEmpty ? new HeadingSyntax(Move(Span, delta), Level, Move(ContentSpan, delta), Green, GreenDelta + delta)
        : MoveAll(Inlines, delta) is { } inlines ? new HeadingSyntax(Move(Span, delta), Level, Move(ContentSpan, delta), inlines) : null;
}
