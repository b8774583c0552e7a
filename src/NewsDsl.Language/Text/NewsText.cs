using System;
using System.Collections.Generic;

namespace NewsDsl.Language.Text;

/// <summary>
/// The text of one <c>.news</c> file. A leading byte order mark is dropped so that offsets,
/// lines and columns match what editors and the compiler show; line starts are found once, lazily.
/// </summary>
public sealed class NewsText
{
    // Line starts and how many of the array's entries are used: handed over by the parser, which finds
    // every line break anyway, or found here on first use.
    private LineTable? _lines;

    private NewsText(string content, string path, bool hadByteOrderMark)
    {
        Content = content;
        Path = path;
        HadByteOrderMark = hadByteOrderMark;
    }

    /// <summary>The text, without a leading byte order mark.</summary>
    public string Content { get; }

    /// <summary>The file's path as given by the caller (may be empty).</summary>
    public string Path { get; }

    /// <summary>Whether the given text started with U+FEFF (then removed).</summary>
    public bool HadByteOrderMark { get; }

    public int Length => Content.Length;

    public static NewsText From(string text, string path = "")
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var bom = text.Length > 0 && text[0] == '\uFEFF';
        return new NewsText(bom ? text.Substring(1) : text, path ?? string.Empty, bom);
    }

    public ReadOnlySpan<char> AsSpan(TextSpan span) => Content.AsSpan(span.Start, span.Length);

    public string ToString(TextSpan span) => Content.Substring(span.Start, span.Length);

    /// <summary>Number of lines (a text ending in a line break has an empty last line).</summary>
    public int LineCount => Lines.Count;

    /// <summary>Offsets at which each line starts; <c>\n</c>, <c>\r\n</c> and <c>\r</c> all end a line.</summary>
    public IReadOnlyList<int> LineStartOffsets => Lines.View;

    private LineTable Lines => _lines ??= ComputeLineStarts(Content);

    /// <summary>Takes the line starts the parser found (the first <paramref name="count"/> entries of <paramref name="starts"/>), unless they are known already.</summary>
    internal void SetLineStarts(int[] starts, int count) => _lines ??= new LineTable(starts, count);

    /// <summary>
    /// Takes the line starts of <paramref name="previous"/>, of which this text is an edit: the text before
    /// <paramref name="changeStart"/> and from <paramref name="oldChangeEnd"/> (in the previous text; from
    /// <paramref name="newChangeEnd"/> in this one) is the same. Only the changed part is searched for line
    /// breaks; the rest is copied, moved by the change in length. Nothing happens when the previous text
    /// never found its lines, or this one already has.
    /// </summary>
    internal void SpliceLineStarts(NewsText previous, int changeStart, int oldChangeEnd, int newChangeEnd)
    {
        if (_lines is not null || previous._lines is not { } old)
        {
            return;
        }

        var text = Content;
        var delta = text.Length - previous.Content.Length;
        var starts = new int[old.Count + 16];
        var count = 0;

        // Whether a line starts at s depends on the characters at s - 1 and s: those before the change keep theirs.
        var i = 0;
        for (; i < old.Count && old.Starts[i] <= changeStart - 1; i++)
        {
            starts[count++] = old.Starts[i];
        }

        if (count == 0)
        {
            starts[count++] = 0;
        }

        for (var t = Math.Max(1, changeStart); t <= newChangeEnd && t <= text.Length; t++)
        {
            var before = text[t - 1];
            if (before == '\n' || (before == '\r' && (t == text.Length || text[t] != '\n')))
            {
                if (count == starts.Length)
                {
                    Array.Resize(ref starts, starts.Length * 2);
                }

                starts[count++] = t;
            }
        }

        // A start after the change has its line break (at s - 1) and the character after it unchanged.
        while (i < old.Count && old.Starts[i] < oldChangeEnd + 1)
        {
            i++;
        }

        if (count + (old.Count - i) > starts.Length)
        {
            Array.Resize(ref starts, count + (old.Count - i));
        }

        for (; i < old.Count; i++)
        {
            starts[count++] = old.Starts[i] + delta;
        }

        _lines = new LineTable(starts, count);
    }

    private int ClampOffset(int offset) => offset < 0 ? 0 : offset > Content.Length ? Content.Length : offset;

    public LinePosition GetLinePosition(int offset)
    {
        offset = ClampOffset(offset);
        var lines = Lines;
        var starts = lines.Starts;
        var index = Array.BinarySearch(starts, 0, lines.Count, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return new LinePosition(index, offset - starts[index]);
    }

    /// <summary>
    /// <see cref="GetLinePosition(int)"/> for callers that ask in (mostly) increasing order, such as the binder
    /// walking the blocks: the line of the previous answer (<paramref name="lineHint"/>) and the few after it are
    /// tried before a binary search of all the line starts (30,000 in a 1 MB article). The answer is the same.
    /// </summary>
    internal LinePosition GetLinePosition(int offset, ref int lineHint)
    {
        offset = ClampOffset(offset);
        var lines = Lines;
        var starts = lines.Starts;
        var count = lines.Count;
        int index;
        var hint = lineHint;
        if ((uint)hint < (uint)count && starts[hint] <= offset)
        {
            // Line starts increase strictly: the answer is the last start at or before the offset.
            var limit = Math.Min(count, hint + 9);
            var next = hint + 1;
            while (next < limit && starts[next] <= offset)
            {
                next++;
            }

            if (next < limit || next == count)
            {
                lineHint = next - 1;
                return new LinePosition(next - 1, offset - starts[next - 1]);
            }
        }

        index = Array.BinarySearch(starts, 0, count, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        lineHint = index;
        return new LinePosition(index, offset - starts[index]);
    }

    private static LineTable ComputeLineStarts(string text)
    {
        var starts = new List<int>(Math.Max(16, text.Length / 64)) { 0 };
        var span = text.AsSpan();
        var offset = 0;
        while (true)
        {
            var next = span.Slice(offset).IndexOfAny('\r', '\n');
            if (next < 0)
            {
                break;
            }

            offset += next;
            offset += span[offset] == '\r' && offset + 1 < span.Length && span[offset + 1] == '\n' ? 2 : 1;
            starts.Add(offset);
        }

        var array = starts.ToArray();
        return new LineTable(array, array.Length);
    }

    private sealed class LineTable
    {
        private IReadOnlyList<int>? _view;

        public LineTable(int[] starts, int count)
        {
            Starts = starts;
            Count = count;
        }

        public int[] Starts { get; }

        public int Count { get; }

        /// <summary>Exactly the used entries: the array itself when it is full, else a view of it.</summary>
        public IReadOnlyList<int> View => _view ??= Count == Starts.Length ? Starts : new ArraySegment<int>(Starts, 0, Count);
    }
}
