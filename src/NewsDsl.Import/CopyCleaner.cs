using System;
using System.Buffers;
using System.Text;

namespace NewsDsl.Import;

/// <summary>
/// What pasted copy carries that no reader wants: zero-width spaces, word joiners, stray byte order
/// marks and soft hyphens are dropped (they only ever hid inside words, and NEWS100 would report the
/// first three as errors in the draft); a lone UTF-16 surrogate, which no UTF-8 file can hold, becomes
/// U+FFFD. Bidirectional controls and zero-width (non-)joiners are kept: they change how text reads
/// (or join Persian and emoji letters), so NEWS100 must still show them to an editor.
/// </summary>
internal sealed class CopyCleaner
{
    // U+200B ZERO WIDTH SPACE, U+2060 WORD JOINER, U+FEFF ZERO WIDTH NO-BREAK SPACE, U+00AD SOFT HYPHEN,
    // and the surrogate range (checked for pairing below).
    private static readonly SearchValues<char> s_suspects = SearchValues.Create("\u200B\u2060\uFEFF\u00AD" + SurrogateRange());

    /// <summary>Invisible characters dropped so far.</summary>
    public int Removed { get; private set; }

    /// <summary>Lone surrogates replaced with U+FFFD so far.</summary>
    public int Replaced { get; private set; }

    public static bool IsDropped(char c) => c is '\u200B' or '\u2060' or '\uFEFF' or '\u00AD';

    /// <summary>The text without the dropped characters, lone surrogates replaced; white space collapsed again where a drop left two spaces.</summary>
    public string Clean(string text)
    {
        var first = text.AsSpan().IndexOfAny(s_suspects);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, first);
        var removed = false;
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (IsDropped(c))
            {
                Removed++;
                removed = true;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                Replaced++;
                builder.Append('\uFFFD');
            }
            else
            {
                builder.Append(c);
            }
        }

        var cleaned = builder.ToString();
        return removed ? TextNormalizer.Collapse(cleaned) : cleaned;
    }

    private static string SurrogateRange()
    {
        var builder = new StringBuilder(0x800);
        for (var c = 0xD800; c <= 0xDFFF; c++)
        {
            builder.Append((char)c);
        }

        return builder.ToString();
    }
}
