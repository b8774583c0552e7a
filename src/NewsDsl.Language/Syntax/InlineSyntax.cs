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
    }
}
