using System.Collections.Generic;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Syntax;

/// <summary>A block whose text is prose: a paragraph or a heading.</summary>
public abstract class InlineContainerSyntax : BlockSyntax
{
    protected InlineContainerSyntax(TextSpan span, TextSpan contentSpan, IReadOnlyList<InlineSyntax> inlines)
        : base(span)
    {
        ContentSpan = contentSpan;
        Inlines = inlines;
        AdoptAll(inlines);
    }

    /// <summary>The prose itself (for a heading, after the <c>#</c> marks).</summary>
    public TextSpan ContentSpan { get; }

    /// <summary>Top-level quotations, attributed spans and stray tags, in document order.</summary>
    public IReadOnlyList<InlineSyntax> Inlines { get; }

    internal override void CollectChildren(ref List<NewsSyntaxNode>? children) => AddAll(ref children, Inlines);
}
