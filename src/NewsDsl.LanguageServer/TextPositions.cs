using System;
using NewsDsl.LanguageServer.Protocol;

namespace NewsDsl.LanguageServer;

/// <summary>LSP positions (line, UTF-16 character) in a document's text as the client holds it.</summary>
internal static class TextPositions
{
    /// <summary>
    /// The offset of <paramref name="position"/>; a character past the end of its line means the line's end
    /// and a line past the last means the end of the text, as the specification asks.
    /// </summary>
    public static int ToOffset(string text, Position position)
    {
        if (position.Line < 0 || position.Character < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(position), "positions are zero-based and never negative");
        }

        var offset = 0;
        var span = text.AsSpan();
        for (var line = 0; line < position.Line; line++)
        {
            var next = span.Slice(offset).IndexOfAny('\r', '\n');
            if (next < 0)
            {
                return text.Length;
            }

            offset += next;
            offset += span[offset] == '\r' && offset + 1 < span.Length && span[offset + 1] == '\n' ? 2 : 1;
        }

        var lineEnd = span.Slice(offset).IndexOfAny('\r', '\n');
        var lineLength = lineEnd < 0 ? span.Length - offset : lineEnd;
        return offset + Math.Min(position.Character, lineLength);
    }

    /// <summary>Applies one content change: a whole replacement when it has no range.</summary>
    public static string Apply(string text, TextDocumentContentChangeEvent change)
    {
        if (change.Text is null)
        {
            throw new ArgumentException("a content change needs 'text'", nameof(change));
        }

        if (change.Range is not { } range)
        {
            return change.Text;
        }

        if (range.Start is null || range.End is null)
        {
            throw new ArgumentException("a range needs 'start' and 'end'", nameof(change));
        }

        var start = ToOffset(text, range.Start);
        var end = ToOffset(text, range.End);
        if (end < start)
        {
            (start, end) = (end, start);
        }

        return string.Concat(text.AsSpan(0, start), change.Text, text.AsSpan(end));
    }
}
