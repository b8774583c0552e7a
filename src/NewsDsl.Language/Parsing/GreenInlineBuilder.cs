using System;
using System.Collections.Generic;
using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Parsing;

/// <summary>
/// Collects one paragraph's or heading's inline nodes as rows of a table (<see cref="GreenInline"/>) and the
/// lists of children as runs of row numbers, in reused buffers; <see cref="Take"/> copies them into the
/// parse's current <see cref="GreenChunk"/>. A node costs a row of a struct array instead of an object, its
/// list of children a run of ints instead of an array of references, and a tag's attributes are the rows
/// right before it.
/// </summary>
internal sealed class GreenInlineBuilder
{
    // Chunks grow from small (an incremental parse of one paragraph, a short article) to this many rows,
    // 64 KB of rows: below the large object heap's 85 KB.
    private const int FirstChunkRows = 64;
    private const int MaxChunkRows = 2048;

    private GreenInline[] _rows = new GreenInline[64];
    private int _rowCount;
    private int[] _links = new int[64];
    private int _linkCount;
    private string?[] _strings = new string?[16];
    private int _stringCount;
    private GreenChunk? _chunk;
    private int _nextChunkRows = FirstChunkRows;

    public void Reset()
    {
        // The strings are references: clear them so a long-gone paragraph's strings are not kept alive.
        Array.Clear(_strings, 0, _stringCount);
        _rowCount = 0;
        _linkCount = 0;
        _stringCount = 0;
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
            Sub = (byte)Array.IndexOf(GreenInline.AttributeNames, attribute.Name),
            S = AddString(attribute.Value),
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
            S = sourceId is null ? -1 : AddString(sourceId),
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
            S = -1,
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
            S = -1,
        });
    }

    /// <summary>
    /// The table of the paragraph: its rows, links and strings copied into the current chunk (a new one when
    /// they do not fit), every row number, link and string number moved by where they landed; the top-level
    /// list is the last run of links. Null when the paragraph has no node.
    /// </summary>
    public GreenInlineTable? Take(List<int> root)
    {
        if (_rowCount == 0)
        {
            return null;
        }

        var rootFirst = AddLinks(root);
        var chunk = _chunk;
        if (chunk is null || !chunk.HasRoom(_rowCount, _linkCount, _stringCount))
        {
            var size = Math.Max(_nextChunkRows, Math.Max(_rowCount, Math.Max(_linkCount, _stringCount)));
            _nextChunkRows = Math.Min(MaxChunkRows, _nextChunkRows * 2);
            // Links and strings: about two thirds of the rows each in news prose (an attribute has no link, a
            // quotation no string); a paragraph that does not fit starts the next chunk.
            _chunk = chunk = new GreenChunk(size, Math.Max(_linkCount, size * 3 / 4), Math.Max(_stringCount, size * 3 / 4));
        }

        int rowBase = chunk.RowCount, linkBase = chunk.LinkCount, stringBase = chunk.StringCount;
        var rows = chunk.Rows;
        for (var i = 0; i < _rowCount; i++)
        {
            var row = _rows[i];
            if (row.S >= 0)
            {
                row.S += stringBase;
            }

            switch (row.Kind)
            {
                case GreenKind.Quotation:
                case GreenKind.Span:
                    row.P1 = row.P1 < 0 ? -1 : row.P1 + rowBase;
                    row.P2 += linkBase;
                    break;
                case GreenKind.Tag:
                    row.P2 += rowBase;
                    break;
            }

            rows[rowBase + i] = row;
        }

        var links = chunk.Links;
        for (var i = 0; i < _linkCount; i++)
        {
            links[linkBase + i] = _links[i] + rowBase;
        }

        Array.Copy(_strings, 0, chunk.Strings, stringBase, _stringCount);
        chunk.RowCount += _rowCount;
        chunk.LinkCount += _linkCount;
        chunk.StringCount += _stringCount;
        return new GreenInlineTable(chunk, linkBase + rootFirst, root.Count);
    }

    private int AddString(string value)
    {
        if (_stringCount == _strings.Length)
        {
            Array.Resize(ref _strings, _strings.Length * 2);
        }

        _strings[_stringCount] = value;
        return _stringCount++;
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
