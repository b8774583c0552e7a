using NewsDsl.Language.Text;

namespace NewsDsl.Language.Syntax;

/// <summary>Base of every syntax node: each knows exactly which text it covers.</summary>
public abstract class NewsSyntaxNode
{
    protected NewsSyntaxNode(TextSpan span)
    {
        Span = span;
    }

    public TextSpan Span { get; }
}
