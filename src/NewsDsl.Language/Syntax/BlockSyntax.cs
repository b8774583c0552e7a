using NewsDsl.Language.Text;

namespace NewsDsl.Language.Syntax;

/// <summary>A line-level construct of the body: paragraph, heading, source declaration or editor's note.</summary>
public abstract class BlockSyntax : NewsSyntaxNode
{
    protected BlockSyntax(TextSpan span)
        : base(span)
    {
    }
}
