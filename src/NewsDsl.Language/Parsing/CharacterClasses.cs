using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsDsl.Language.Parsing;

/// <summary>Character tests shared by the scanners; kept branch-light because they run per character.</summary>
internal static class CharacterClasses
{
    // ASCII characters that can start markup in prose: escape, brackets, tag brace, straight quotes, backtick (wire copy).
    private static readonly bool[] s_asciiMarkup = CreateAsciiMarkupTable();

    private static bool[] CreateAsciiMarkupTable()
    {
        var table = new bool[128];
        foreach (var c in "\\[]{\"'`")
        {
            table[c] = true;
        }

        return table;
    }

    /// <summary>True for every character the inline scanner must look at; everything else is plain prose.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsInlineMarkup(char c)
    {
        if (c < 128)
        {
            return s_asciiMarkup[c];
        }

        // ‘ ’ ‚ “ ” „ (U+2018..U+201E), ‹ › (U+2039, U+203A), « » (U+00AB, U+00BB).
        return (c >= '\u2018' && c <= '\u201E' && c != '\u201B') || c == '\u2039' || c == '\u203A' || c == '\u00AB' || c == '\u00BB';
    }

    /// <summary>
    /// The first offset in <c>[start, end)</c> whose character <see cref="IsInlineMarkup"/> accepts, or
    /// <paramref name="end"/>. Skips plain prose a vector at a time: a lane is a candidate when it is one of
    /// the seven ASCII markup characters or at least U+00AB (the lowest non-ASCII mark), and only a vector
    /// with a candidate is looked at character by character. With no hardware vectors it is the plain loop.
    /// </summary>
    public static int SkipProse(string text, int start, int end)
    {
        var i = start;
        if (Vector.IsHardwareAccelerated && end - i >= Vector<ushort>.Count)
        {
            var width = Vector<ushort>.Count;
            var vectors = MemoryMarshal.Cast<char, Vector<ushort>>(text.AsSpan(i, end - i));
            var lowestNonAscii = new Vector<ushort>(0xAB);
            var backslash = new Vector<ushort>('\\');
            var openBracket = new Vector<ushort>('[');
            var closeBracket = new Vector<ushort>(']');
            var brace = new Vector<ushort>('{');
            var quote = new Vector<ushort>('"');
            var apostrophe = new Vector<ushort>('\'');
            var backtick = new Vector<ushort>('`');
            for (var k = 0; k < vectors.Length; k++, i += width)
            {
                var v = vectors[k];
                var candidates = Vector.GreaterThanOrEqual(v, lowestNonAscii)
                    | Vector.Equals(v, backslash) | Vector.Equals(v, openBracket) | Vector.Equals(v, closeBracket)
                    | Vector.Equals(v, brace) | Vector.Equals(v, quote) | Vector.Equals(v, apostrophe) | Vector.Equals(v, backtick);
                if (candidates == Vector<ushort>.Zero)
                {
                    continue;
                }

                for (var lane = i; lane < i + width; lane++)
                {
                    if (IsInlineMarkup(text[lane]))
                    {
                        return lane;
                    }
                }
            }
        }

        while (i < end && !IsInlineMarkup(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>Characters a backslash makes literal in prose.</summary>
    public static bool IsEscapable(char c) => c < 128 ? c is '\\' or '[' or ']' or '{' or '}' or '"' or '\'' or '`' or '@' : IsInlineMarkup(c);

    public static bool IsWordChar(char c) => c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') : char.IsLetterOrDigit(c);

    /// <summary>No character (start or end of the prose) or white space.</summary>
    public static bool IsSpaceOrNone(char c) => c == '\0' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || (c > 127 && char.IsWhiteSpace(c));

    /// <summary>What may stand right before an opening quotation mark.</summary>
    public static bool IsOpeningContext(char previous) =>
        IsSpaceOrNone(previous) || previous is '(' or '[' or '{' or '/' or '-' or '\u2013' or '\u2014' or '\u201C' or '\u2018' or '"' or '\'' or '\u00AB' or '\u201E' or '\u201A' or '\u2039' or ':';

    public static bool IsLineBreak(char c) => c == '\n' || c == '\r';

    public static bool IsHorizontalSpace(char c) => c == ' ' || c == '\t';

    /// <summary>What NEWS100 refuses: bidirectional controls and invisible characters (one set for the rule and every tool).</summary>
    public const string HiddenCharacters = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200B\u200C\u200D\u2060\uFEFF";

    /// <summary>Lowercase ASCII letters, digits and single hyphens, starting with a letter (the contract's id rule).</summary>
    public static bool IsValidId(string id)
    {
        if (id.Length == 0 || id[0] < 'a' || id[0] > 'z' || id[id.Length - 1] == '-')
        {
            return false;
        }

        for (var i = 1; i < id.Length; i++)
        {
            var c = id[i];
            if (c == '-')
            {
                if (id[i - 1] == '-')
                {
                    return false;
                }
            }
            else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Id-like characters accepted while scanning, so a bad id is reported whole, not cut at the first bad character.</summary>
    public static bool IsIdScanChar(char c) => !IsSpaceOrNone(c) && c != '}' && c != '{' && c != '=' && c != '"' && c != '@';
}
