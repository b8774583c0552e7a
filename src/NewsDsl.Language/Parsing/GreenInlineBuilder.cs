using System;
using System.Collections.Generic;
using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Parsing;

/// <summary>
/// Collects one paragraph's or heading's inline nodes as rows of a table (<see cref="GreenInline"/>) and the
/// lists of children as runs of row numbers, in reused buffers; <see cref="Take"/> hands out exact copies.
/// A node costs a row of a struct array instead of an object, its list of children a run of ints instead of
/// an array of references, and a tag's attributes are the rows right before it.
/// </summary>
internal sealed class GreenInlineBuilder
{
    private GreenInline[] _rows = new GreenInline[64];
    private int _rowCount;
    private int[] _links = new int[64];
    private int _linkCount;

    public void Reset()
    {
        // The rows hold strings: clear them so a long-gone paragraph's strings are not kept alive.
        Array.Clear(_rows, 0, _rowCount);
        _rowCount = 0;
        _linkCount = 0;
    }

    public GreenKind KindOf(int row) => _rows[row].Kind;

    public int StartOf(int row) => _rows[row].Start;

    public int EndOf(int row) => _rows[row].End;

    public int TagOf(int row) => _rows[row].P1;

    public int AddAttribute(in ParsedAttribute attribute) =>
        Add(new GreenInline
        {
            Kind = GreenKind.Attribute,
            Start = attribute.Span.Start,
            Length = attribute.Span.Length,
            P0 = attribute.NameSpan.Start,
            P1 = attribute.NameSpan.Length,
            P2 = attribute.ValueSpan.Start,
            P3 = attribute.ValueSpan.Length,
            S0 = attribute.Name,
            S1 = attribute.Value,
        });

    /// <summary>A tag whose attributes are the <paramref name="attributeCount"/> rows added last.</summary>
    public int AddTag(TextSpan span, TagKind kind, string? sourceId, TextSpan sourceIdSpan, int attributeCount, bool dangling, bool suggested) =>
        Add(new GreenInline
        {
            Kind = GreenKind.Tag,
            Start = span.Start,
            Length = span.Length,
            Sub = (byte)kind,
            Flags = (byte)((dangling ? GreenInline.DanglingFlag : 0) | (suggested ? GreenInline.SuggestedFlag : 0)),
            P0 = sourceIdSpan.Start,
            P1 = sourceIdSpan.Length,
            P2 = _rowCount - attributeCount,
            P3 = attributeCount,
            S0 = sourceId,
        });

    public int AddQuotation(TextSpan span, QuotationMarkFamily family, int markLength, TextSpan? closingMark, List<int>? children, int tag)
    {
        var first = AddLinks(children);
        return Add(new GreenInline
        {
            Kind = GreenKind.Quotation,
            Start = span.Start,
            Length = span.Length,
            Sub = (byte)family,
            Flags = (byte)(markLength | ((closingMark?.Length ?? 0) << 4)),
            P0 = closingMark?.Start ?? -1,
            P1 = tag,
            P2 = first,
            P3 = children?.Count ?? 0,
        });
    }

    public int AddSpan(TextSpan span, int closeBracket, List<int>? children, int tag)
    {
        var first = AddLinks(children);
        return Add(new GreenInline
        {
            Kind = GreenKind.Span,
            Start = span.Start,
            Length = span.Length,
            P0 = closeBracket,
            P1 = tag,
            P2 = first,
            P3 = children?.Count ?? 0,
        });
    }

    /// <summary>The table of the paragraph: its rows, its links and (last in the links) its top-level nodes; null when it has none.</summary>
    public GreenInlineTable? Take(List<int> root)
    {
        if (_rowCount == 0)
        {
            return null;
        }

        var rootFirst = AddLinks(root);
        var rows = new GreenInline[_rowCount];
        Array.Copy(_rows, rows, _rowCount);
        var links = new int[_linkCount];
        Array.Copy(_links, links, _linkCount);
        return new GreenInlineTable(rows, links, rootFirst, root.Count);
    }

    private int Add(GreenInline row)
    {
        if (_rowCount == _rows.Length)
        {
            Array.Resize(ref _rows, _rows.Length * 2);
        }

        _rows[_rowCount] = row;
        return _rowCount++;
    }

    private int AddLinks(List<int>? rows)
    {
        var first = _linkCount;
        if (rows is null)
        {
            return first;
        }

        if (_linkCount + rows.Count > _links.Length)
        {
            Array.Resize(ref _links, Math.Max(_links.Length * 2, _linkCount + rows.Count));
        }

        rows.CopyTo(_links, _linkCount);
        _linkCount += rows.Count;
        return first;
    }
}
