using System;
using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace NewsDsl.Import;

/// <summary>
/// Turns the bytes of a file into text for the importer, refusing what is not text rather than
/// guessing: UTF-8 unless a byte order mark says UTF-16 or UTF-32; a byte sequence that is not valid in
/// the encoding, or a NUL byte in UTF-8 (what UTF-16 without a byte order mark looks like), is refused
/// with its line and column, never turned into U+FFFD or into spaced-out letters.
/// </summary>
public static class ImportEncoding
{
    /// <summary>The text of <paramref name="bytes"/>, or false with <paramref name="problem"/> saying what is wrong and how to fix it.</summary>
    public static bool TryDecode(byte[] bytes, out string text, out string problem)
    {
        if (bytes is null)
        {
            throw new ArgumentNullException(nameof(bytes));
        }

        text = string.Empty;
        problem = string.Empty;
        var span = bytes.AsSpan();
        if (span.StartsWith(new byte[] { 0xFF, 0xFE, 0x00, 0x00 }))
        {
            return TryDecodeWith(new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), "UTF-32", bytes, 4, out text, out problem);
        }

        if (span.StartsWith(new byte[] { 0x00, 0x00, 0xFE, 0xFF }))
        {
            return TryDecodeWith(new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), "UTF-32", bytes, 4, out text, out problem);
        }

        if (span.StartsWith(new byte[] { 0xFF, 0xFE }))
        {
            return TryDecodeWith(new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), "UTF-16", bytes, 2, out text, out problem);
        }

        if (span.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            return TryDecodeWith(new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), "UTF-16", bytes, 2, out text, out problem);
        }

        var start = span.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }) ? 3 : 0;
        return TryDecodeUtf8(bytes, start, out text, out problem);
    }

    private static bool TryDecodeUtf8(byte[] bytes, int start, out string text, out string problem)
    {
        text = string.Empty;
        var nul = Array.IndexOf(bytes, (byte)0, start);
        if (nul >= 0)
        {
            problem = $"it is not UTF-8 text: it has a NUL byte at {Where(bytes, start, nul)}, as UTF-16 or UTF-32 text without a byte order mark (or a binary file) does. Save it as UTF-8, or as UTF-16 with a byte order mark, and import it again";
            return false;
        }

        // First pass: validate and count, so the text is made once at its exact size (no second copy of a large file).
        var chars = 0;
        var buffer = ArrayPool<char>.Shared.Rent(64 * 1024);
        try
        {
            var position = start;
            while (position < bytes.Length)
            {
                var status = Utf8.ToUtf16(bytes.AsSpan(position), buffer, out var read, out var written, replaceInvalidSequences: false, isFinalBlock: true);
                position += read;
                chars += written;
                if (status is OperationStatus.InvalidData or OperationStatus.NeedMoreData)
                {
                    problem = $"it is not UTF-8 text: the byte 0x{bytes[position]:X2} at {Where(bytes, start, position)} does not belong there in UTF-8 (the file may be Latin-1 or Windows-1252). Save it as UTF-8 and import it again";
                    return false;
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }

        text = string.Create(chars, (bytes, start), static (destination, state) => Utf8.ToUtf16(state.bytes.AsSpan(state.start), destination, out _, out _, replaceInvalidSequences: false));
        problem = string.Empty;
        return true;
    }

    private static bool TryDecodeWith(Encoding encoding, string name, byte[] bytes, int start, out string text, out string problem)
    {
        try
        {
            text = encoding.GetString(bytes, start, bytes.Length - start);
            problem = string.Empty;
            return true;
        }
        catch (DecoderFallbackException e)
        {
            text = string.Empty;
            problem = $"its byte order mark says {name}, but {(e.Index >= 0 ? "the bytes at offset " + (start + e.Index).ToString(CultureInfo.InvariantCulture) : "some bytes")} are not valid {name}. Save it again as UTF-8 and import it";
            return false;
        }
    }

    /// <summary>"line L, column C (byte offset O)": lines and columns 1-based, the column counted in bytes.</summary>
    private static string Where(byte[] bytes, int start, int offset)
    {
        var line = 1;
        var lineStart = start;
        for (var i = start; i < offset; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return string.Format(CultureInfo.InvariantCulture, "line {0}, column {1} (byte offset {2})", line, offset - lineStart + 1, offset);
    }
}
