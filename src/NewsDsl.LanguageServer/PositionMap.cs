using System;
using NewsDsl.Language.Text;
using NewsDsl.LanguageServer.Protocol;

namespace NewsDsl.LanguageServer;

/// <summary>
/// Converts between NewsDsl offsets and line positions and the client's LSP positions of one document.
/// Both count UTF-16 code units and the same line breaks; the one difference is a byte order mark, which
/// the client's text keeps as a character of line 0 and NewsDsl's drops.
/// </summary>
internal sealed class PositionMap
{
    public PositionMap(string uri, NewsText text)
    {
        Uri = uri;
        Text = text;
    }

    public string Uri { get; }

    public NewsText Text { get; }

    private int BomShift => Text.HadByteOrderMark ? 1 : 0;

    public Position ToPosition(int offset) => ToPosition(Text.GetLinePosition(offset));

    public Position ToPosition(LinePosition position) =>
        new(position.Line, position.Line == 0 ? position.Character + BomShift : position.Character);

    public Protocol.Range ToRange(TextSpan span) => new(ToPosition(span.Start), ToPosition(span.End));

    public Protocol.Range ToRange(LinePosition start, LinePosition end) => new(ToPosition(start), ToPosition(end));

    /// <summary>True when <see cref="ToRange(TextSpan)"/> of <paramref name="span"/> is <paramref name="range"/> (nothing is made to compare).</summary>
    public bool Places(TextSpan span, Protocol.Range range) =>
        Is(range.Start, Text.GetLinePosition(span.Start)) && Is(range.End, Text.GetLinePosition(span.End));

    private bool Is(Position position, LinePosition at) =>
        position.Line == at.Line && position.Character == (at.Line == 0 ? at.Character + BomShift : at.Character);

    public Location ToLocation(TextSpan span) => new(Uri, ToRange(span));

    /// <summary>The offset in <see cref="Text"/> of a client position, clamped to its line.</summary>
    public int ToOffset(Position position)
    {
        if (position is null || position.Line < 0 || position.Character < 0)
        {
            throw new ArgumentException("a position needs a line and a character, both zero or more");
        }

        var starts = Text.LineStartOffsets;
        if (position.Line >= starts.Count)
        {
            return Text.Length;
        }

        var start = starts[position.Line];
        var lineEnd = position.Line + 1 < starts.Count ? starts[position.Line + 1] : Text.Length;
        var content = Text.Content;
        while (lineEnd > start && content[lineEnd - 1] is '\n' or '\r')
        {
            lineEnd--;
        }

        var character = position.Line == 0 ? Math.Max(0, position.Character - BomShift) : position.Character;
        return Math.Min(start + character, lineEnd);
    }
}
