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

    internal override NewsSyntaxNode? MovedBy(int delta) =>
        MoveAll(Inlines, delta) is { } inlines ? new HeadingSyntax(Move(Span, delta), Level, Move(ContentSpan, delta), inlines) : null;
}
