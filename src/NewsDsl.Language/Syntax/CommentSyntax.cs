using NewsDsl.Language.Text;

namespace NewsDsl.Language.Syntax;

/// <summary>An editor's note: a line starting with <c>%%</c>; not part of the article.</summary>
public sealed class CommentSyntax : BlockSyntax
{
    public CommentSyntax(TextSpan span)
        : base(span)
    {
    }
}
