using System.Collections.Generic;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Syntax;

/// <summary>Consecutive prose lines, ended by a blank line or another kind of block.</summary>
public sealed class ParagraphSyntax : InlineContainerSyntax
{
    public ParagraphSyntax(TextSpan span, IReadOnlyList<InlineSyntax> inlines)
        : base(span, span, inlines)
    {
    }

    internal ParagraphSyntax(TextSpan span, GreenInlineTable green, int delta)
        : base(span, span, green, delta)
    {
    }

    // A parsed paragraph moves by sharing its green table: nothing under it is copied.
    internal override NewsSyntaxNode? MovedBy(int delta) =>
        !Green.IsEmpty ? new ParagraphSyntax(Move(Span, delta), Green, GreenDelta + delta)
        : MoveAll(Inlines, delta) is { } inlines ? new ParagraphSyntax(Move(Span, delta), inlines) : null;
}
