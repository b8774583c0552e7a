using NewsDsl.LanguageServer.Protocol;

namespace NewsDsl.LanguageServer.Tests;

/// <summary>
/// The document buffer edited in place against the plain string it stands for: random edits at LSP positions
/// over texts mixing LF, CRLF and lone CR line breaks, chunk boundaries included (small chunks are forced by
/// texts many times the chunk size). Each step compares the whole text and the offset of every probed position.
/// </summary>
public sealed class TextBufferTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_edits_at_LSP_positions_give_the_same_text_and_offsets_as_editing_a_string(int seed)
    {
        var random = new Random(seed);
        var pieces = new[] { "a", "bc", "\n", "\r\n", "\r", "😀", "“q”", "word ", "\n\n", "\r\r\n" };
        string Text(int length) => string.Concat(Enumerable.Range(0, length).Select(_ => pieces[random.Next(pieces.Length)]));

        var expected = Text(20_000);
        var buffer = new TextBuffer(expected);
        Assert.True(buffer.ChunkCount > 3, "the text must span several chunks");
        for (var step = 0; step < 400; step++)
        {
            var start = new Position(random.Next(0, 4000), random.Next(0, 12));
            var end = random.Next(3) == 0 ? start : new Position(start.Line + random.Next(0, 3), random.Next(0, 12));
            var insert = random.Next(10) == 0 ? Text(random.Next(0, 9000)) : Text(random.Next(0, 4));
            var change = new TextDocumentContentChangeEvent(new Protocol.Range(start, end), insert);

            var (from, to) = (ReferenceOffset(expected, start), ReferenceOffset(expected, end));
            if (to < from)
            {
                (from, to) = (to, from);
            }

            Assert.Equal(ReferenceOffset(expected, start), buffer.ToOffset(start));
            buffer.Apply(change);
            expected = string.Concat(expected.AsSpan(0, from), insert, expected.AsSpan(to));
            Assert.Equal(expected.Length, buffer.Length);
            if (step % 20 == 0)
            {
                Assert.Equal(expected, buffer.ToString());
            }

            for (var probe = 0; probe < 5; probe++)
            {
                var position = new Position(random.Next(0, 5000), random.Next(0, 20));
                Assert.Equal(ReferenceOffset(expected, position), buffer.ToOffset(position));
            }
        }

        Assert.Equal(expected, buffer.ToString());
        buffer.Apply(new TextDocumentContentChangeEvent(null, "whole\r\nnew"));
        Assert.Equal("whole\r\nnew", buffer.ToString());
        Assert.Equal(7, buffer.ToOffset(new Position(1, 0)));
    }

    [Fact]
    public void A_CRLF_split_by_deleting_what_was_between_its_halves_counts_as_one_line_break()
    {
        // "\r" ends one chunk-sized run, "x\n" starts the next: deleting the x joins CR and LF across chunks.
        var text = new string('a', TextBuffer.ChunkSize - 1) + "\r" + "x\n" + new string('b', TextBuffer.ChunkSize) + "\nlast";
        var buffer = new TextBuffer(text);
        buffer.Replace(TextBuffer.ChunkSize, TextBuffer.ChunkSize + 1, string.Empty);
        var expected = text.Remove(TextBuffer.ChunkSize, 1);

        Assert.Equal(expected, buffer.ToString());
        Assert.Equal(TextBuffer.ChunkSize + 1, buffer.ToOffset(new Position(1, 0)));
        Assert.Equal(expected.IndexOf("last", StringComparison.Ordinal), buffer.ToOffset(new Position(2, 0)));
    }

    /// <summary>The specification's rule on a plain string: a character past the line's end is its end; a line past the last, the text's end.</summary>
    private static int ReferenceOffset(string text, Position position)
    {
        var offset = 0;
        for (var line = 0; line < position.Line; line++)
        {
            var next = text.IndexOfAny(new[] { '\r', '\n' }, offset);
            if (next < 0)
            {
                return text.Length;
            }

            offset = next + (text[next] == '\r' && next + 1 < text.Length && text[next + 1] == '\n' ? 2 : 1);
        }

        var lineEnd = text.IndexOfAny(new[] { '\r', '\n' }, offset);
        var length = (lineEnd < 0 ? text.Length : lineEnd) - offset;
        return offset + Math.Min(position.Character, length);
    }
}
