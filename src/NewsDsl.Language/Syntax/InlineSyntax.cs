using NewsDsl.Language.Text;

namespace NewsDsl.Language.Syntax;

/// <summary>
/// A structural piece of prose: a quotation, an attributed span or a tag. Plain text is not a node;
/// it is whatever lies between nodes, so ordinary prose costs no allocations.
/// </summary>
public abstract class InlineSyntax : NewsSyntaxNode
{
    protected InlineSyntax(TextSpan span)
        : base(span)
    {
        GreenRow = -1;
    }

    private protected InlineSyntax(TextSpan span, int greenRow)
        : base(span)
    {
        GreenRow = greenRow;
    }

    /// <summary>The row of its block's green table this node was made from; -1 for a node built by hand.</summary>
    internal int GreenRow { get; }
}
