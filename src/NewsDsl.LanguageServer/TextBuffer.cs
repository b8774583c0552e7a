using System;
using System.Collections.Generic;
using NewsDsl.LanguageServer.Protocol;

namespace NewsDsl.LanguageServer;

/// <summary>
/// An open document's text as the client holds it, kept as a list of chunks of a few thousand UTF-16 code
/// units each (a simple rope). An edit rewrites only the chunks it touches, and an LSP position is found by
/// summing each chunk's line breaks, so typing into a 20 MB article never copies the article; the whole
/// text is made once, when it is checked (<see cref="ToString"/>). Not thread-safe: its owner locks.
/// </summary>
/// <remarks>
/// Line breaks are LF, CRLF and CR, as LSP counts them. A chunk never ends with the CR of a CRLF whose LF
/// starts the next chunk (edits re-cut the boundaries they touch), so each chunk counts its own breaks.
/// </remarks>
internal sealed class TextBuffer
{
    internal const int ChunkSize = 8 * 1024;

    private readonly List<Chunk> _chunks = new();

    public TextBuffer(string text)
    {
        Length = text.Length;
        _chunks.AddRange(Cut(text));
    }

    /// <summary>UTF-16 code units.</summary>
    public int Length { get; private set; }

    internal int ChunkCount => _chunks.Count;

    /// <summary>The whole text, made anew.</summary>
    public override string ToString() => string.Create(Length, _chunks, static (destination, chunks) =>
    {
        var at = 0;
        foreach (var chunk in chunks)
        {
            chunk.Text.AsSpan().CopyTo(destination.Slice(at));
            at += chunk.Text.Length;
        }
    });

    /// <summary>
    /// The offset of an LSP position: a character past the end of its line means the line's end, a line past
    /// the last means the end of the text, as the specification asks.
    /// </summary>
    public int ToOffset(Position position)
    {
        if (position.Line < 0 || position.Character < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(position), "positions are zero-based and never negative");
        }

        // 1. The chunk in which line 'position.Line' starts, and the line's start offset.
        var lineStart = 0;
        var linesBefore = 0;
        var index = 0;
        if (position.Line > 0)
        {
            var offset = 0;
            for (index = 0; index < _chunks.Count; index++)
            {
                var chunk = _chunks[index];
                if (linesBefore + chunk.Breaks >= position.Line)
                {
                    break;
                }

                linesBefore += chunk.Breaks;
                offset += chunk.Text.Length;
            }

            if (index == _chunks.Count)
            {
                return Length;
            }

            var text = _chunks[index].Text;
            var i = 0;
            while (linesBefore < position.Line)
            {
                i = text.AsSpan(i).IndexOfAny('\r', '\n') + i;
                i += text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                linesBefore++;
            }

            lineStart = offset + i;
            if (i == text.Length)
            {
                index++;
            }
        }

        // 2. Up to 'position.Character' code units along the line, stopping at its break.
        var wanted = position.Character;
        var at = lineStart;
        var chunkStart = ChunkStart(index);
        for (; index < _chunks.Count && wanted > 0; index++)
        {
            var text = _chunks[index].Text;
            var from = at - chunkStart;
            var rest = text.AsSpan(from);
            var limit = Math.Min(wanted, rest.Length);
            var lineBreak = rest.Slice(0, limit).IndexOfAny('\r', '\n');
            if (lineBreak >= 0)
            {
                return at + lineBreak;
            }

            at += limit;
            wanted -= limit;
            chunkStart += text.Length;
        }

        return at;
    }

    /// <summary>Replaces <c>[start, end)</c> with <paramref name="text"/>.</summary>
    public void Replace(int start, int end, string text)
    {
        if (start < 0 || end < start || end > Length)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"[{start}, {end}) is not within the text (length {Length})");
        }

        if (_chunks.Count == 0)
        {
            _chunks.AddRange(Cut(text));
            Length = text.Length;
            return;
        }

        // The chunks the edit touches: from the one holding 'start' (a start on a boundary belongs to the later
        // chunk) to the one holding 'end' (an end on a boundary to the earlier), so an insertion rewrites one chunk.
        var first = Locate(start, out var firstStart);
        var last = first;
        var lastStart = firstStart;
        while (end > lastStart + _chunks[last].Text.Length && last + 1 < _chunks.Count)
        {
            lastStart += _chunks[last].Text.Length;
            last++;
        }

        var before = _chunks[first].Text.AsSpan(0, start - firstStart);
        var after = _chunks[last].Text.AsSpan(end - lastStart);
        var merged = string.Concat(before, text.AsSpan(), after);

        // Small leftovers join a neighbour, so deleting never leaves a trail of tiny chunks behind.
        if (merged.Length < ChunkSize / 4 && last + 1 < _chunks.Count)
        {
            last++;
            merged += _chunks[last].Text;
        }

        _chunks.RemoveRange(first, last - first + 1);
        var pieces = Cut(merged);
        _chunks.InsertRange(first, pieces);
        Length += text.Length - (end - start);

        // The two outer boundaries may now split a CRLF: re-cut each one that does.
        var after1 = first + pieces.Count;
        if (after1 < _chunks.Count && after1 > 0)
        {
            Rejoin(after1 - 1);
        }

        if (first > 0 && first < _chunks.Count)
        {
            Rejoin(first - 1);
        }
    }

    /// <summary>Applies one LSP content change: a whole replacement when it has no range. Returns the edit made, in offsets of the text before it.</summary>
    public (int Start, int End) Apply(TextDocumentContentChangeEvent change)
    {
        if (change.Text is null)
        {
            throw new ArgumentException("a content change needs 'text'", nameof(change));
        }

        if (change.Range is not { } range)
        {
            var length = Length;
            Replace(0, length, change.Text);
            return (0, length);
        }

        if (range.Start is null || range.End is null)
        {
            throw new ArgumentException("a range needs 'start' and 'end'", nameof(change));
        }

        var start = ToOffset(range.Start);
        var end = ToOffset(range.End);
        if (end < start)
        {
            (start, end) = (end, start);
        }

        Replace(start, end, change.Text);
        return (start, end);
    }

    private int ChunkStart(int index)
    {
        var start = 0;
        for (var i = 0; i < index && i < _chunks.Count; i++)
        {
            start += _chunks[i].Text.Length;
        }

        return start;
    }

    /// <summary>The chunk holding <paramref name="offset"/> (the last one for the end of the text) and where it starts.</summary>
    private int Locate(int offset, out int chunkStart)
    {
        chunkStart = 0;
        for (var i = 0; i < _chunks.Count; i++)
        {
            var length = _chunks[i].Text.Length;
            if (offset < chunkStart + length || i == _chunks.Count - 1)
            {
                return i;
            }

            chunkStart += length;
        }

        return 0;
    }

    /// <summary>Re-cuts chunks <paramref name="index"/> and the next when the first ends with CR and the next starts with LF.</summary>
    private void Rejoin(int index)
    {
        var left = _chunks[index].Text;
        var right = _chunks[index + 1].Text;
        if (left.Length == 0 || right.Length == 0 || left[^1] != '\r' || right[0] != '\n')
        {
            return;
        }

        var pieces = Cut(left + right);
        _chunks.RemoveRange(index, 2);
        _chunks.InsertRange(index, pieces);
    }

    /// <summary>Cuts text into chunks of about <see cref="ChunkSize"/>, never between the CR and LF of a CRLF.</summary>
    private static List<Chunk> Cut(string text)
    {
        var pieces = new List<Chunk>(text.Length / ChunkSize + 1);
        var at = 0;
        while (at < text.Length)
        {
            var length = Math.Min(ChunkSize, text.Length - at);
            if (at + length < text.Length && text[at + length - 1] == '\r' && text[at + length] == '\n')
            {
                length++;
            }

            pieces.Add(new Chunk(at == 0 && length == text.Length ? text : text.Substring(at, length)));
            at += length;
        }

        return pieces;
    }

    private readonly struct Chunk
    {
        public Chunk(string text)
        {
            Text = text;
            Breaks = CountBreaks(text);
        }

        public string Text { get; }

        /// <summary>Line breaks that end in this chunk: each LF, and each CR not followed by an LF.</summary>
        public int Breaks { get; }

        private static int CountBreaks(string text)
        {
            var span = text.AsSpan();
            var count = 0;
            var i = span.IndexOfAny('\r', '\n');
            while (i >= 0)
            {
                if (span[i] == '\r' && i + 1 < span.Length && span[i + 1] == '\n')
                {
                    i++;
                }

                count++;
                var next = span.Slice(i + 1).IndexOfAny('\r', '\n');
                i = next < 0 ? -1 : i + 1 + next;
            }

            return count;
        }
    }
}
