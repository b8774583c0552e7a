using System.Collections.Generic;
using System.Threading;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Syntax;

/// <summary>
/// The green form of a paragraph's or heading's inline nodes: rows (<see cref="GreenInline"/>) and lists of
/// children as runs of row numbers, in a <see cref="GreenChunk"/> the block shares with others of its parse,
/// and where its top-level list starts. Immutable once made and kept by value in its block, so a block costs
/// no object for it; the red nodes (<see cref="InlineSyntax"/> and its kinds) are made from it only when
/// someone asks for them.
/// </summary>
internal readonly struct GreenInlineTable
{
    public GreenInlineTable(GreenChunk chunk, int rootFirst, int rootCount)
    {
        Chunk = chunk;
        RootFirst = rootFirst;
        RootCount = rootCount;
    }

    public GreenChunk Chunk { get; }

    public GreenInline[] Rows => Chunk.Rows;

    public int[] Links => Chunk.Links;

    public int RootFirst { get; }

    public int RootCount { get; }

    public bool IsEmpty => Chunk is null;

    /// <summary>The string a row's <see cref="GreenInline.S"/> names, or null.</summary>
    public string? StringOf(in GreenInline row) => row.S < 0 ? null : Chunk.Strings[row.S];

    /// <summary>The row of top-level node <paramref name="index"/>.</summary>
    public int Root(int index) => Links[RootFirst + index];

    /// <summary>Red nodes for the rows <c>Links[first..first+count)</c>, <paramref name="delta"/> characters on from where they were parsed; the caller adopts them.</summary>
    public IReadOnlyList<InlineSyntax> MakeList(int first, int count, int delta)
    {
        if (count == 0)
        {
            return System.Array.Empty<InlineSyntax>();
        }

        var list = new InlineSyntax[count];
        for (var i = 0; i < count; i++)
        {
            list[i] = Make(Links[first + i], delta);
        }

        return list;
    }

    /// <summary>The red node of row <paramref name="row"/> (its children are made when asked for).</summary>
    public InlineSyntax Make(int row, int delta) => Rows[row].Kind switch
    {
        GreenKind.Quotation => new QuotationSyntax(this, row, delta),
        GreenKind.Span => new AttributedSpanSyntax(this, row, delta),
        _ => new TagSyntax(this, row, delta),
    };

    /// <summary>The value of attribute <paramref name="name"/> of tag row <paramref name="tag"/>, read from the table (no node is made).</summary>
    public string? GetAttribute(int tag, string name)
    {
        ref readonly var row = ref Rows[tag];
        var rows = Rows;
        for (var i = row.P2; i < row.P2 + row.P3; i++)
        {
            if (string.Equals(GreenInline.AttributeNames[rows[i].Sub], name, System.StringComparison.Ordinal))
            {
                return StringOf(rows[i]);
            }
        }

        return null;
    }

    /// <summary>Stores <paramref name="made"/> in <paramref name="slot"/> unless another thread stored one first; returns the one stored.</summary>
    internal static T Publish<T>(ref T? slot, T made)
        where T : class => Interlocked.CompareExchange(ref slot, made, null) ?? made;

    internal static TextSpan Span(int start, int length, int delta) => new(start + delta, length);
}
