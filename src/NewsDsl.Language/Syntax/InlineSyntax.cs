using System.Collections.Generic;
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

    /// <summary>
    /// The red children of a node with an inline content list (a quotation or an attributed span: the list's rows are
    /// its row's P2 and P3), made on first use, adopted, and published into <paramref name="slot"/> once.
    /// </summary>
    private protected IReadOnlyList<InlineSyntax> MakeContentChildren(GreenInlineTable green, int delta, ref IReadOnlyList<InlineSyntax>? slot)
    {
        ref readonly var row = ref green.Rows[GreenRow];
        var made = green.MakeList(row.P2, row.P3, delta);
        AdoptAll(made);
        return GreenInlineTable.Publish(ref slot, made);
    }
}
