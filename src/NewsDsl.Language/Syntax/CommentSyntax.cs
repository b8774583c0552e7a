using System.Collections.Generic;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Syntax;

/// <summary>An editor's note: a line starting with <c>%%</c>; not part of the article.</summary>
public sealed class CommentSyntax : BlockSyntax
{
    public CommentSyntax(TextSpan span)
        : this(span, null)
    {
    }

    public CommentSyntax(TextSpan span, SuppressionDirectiveSyntax? directive)
        : base(span)
    {
        Directive = directive;
        Adopt(directive);
    }

    /// <summary>The suppression directive this note holds (<c>%% newsdsl-…</c>), or null for a plain note.</summary>
    public SuppressionDirectiveSyntax? Directive { get; }

    internal override NewsSyntaxNode? MovedBy(int delta)
    {
        if (Directive is null)
        {
            return new CommentSyntax(Move(Span, delta));
        }

        return Directive.MovedBy(delta) is SuppressionDirectiveSyntax directive ? new CommentSyntax(Move(Span, delta), directive) : null;
    }

    internal override void CollectChildren(ref List<NewsSyntaxNode>? children) => Add(ref children, Directive);
}
