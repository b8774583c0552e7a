using System.Runtime.CompilerServices;

namespace NewsDsl.Language.Parsing;

/// <summary>Character tests shared by the scanners; kept branch-light because they run per character.</summary>
internal static class CharacterClasses
{
    // ASCII characters that can start markup in prose: escape, brackets, tag brace, straight quotes.
    private static readonly bool[] s_asciiMarkup = CreateAsciiMarkupTable();

    private static bool[] CreateAsciiMarkupTable()
    {
        var table = new bool[128];
        foreach (var c in "\\[]{\"'")
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

    /// <summary>Characters a backslash makes literal in prose.</summary>
    public static bool IsEscapable(char c) => c < 128 ? c is '\\' or '[' or ']' or '{' or '}' or '"' or '\'' or '@' : IsInlineMarkup(c);

    public static bool IsWordChar(char c) => c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') : char.IsLetterOrDigit(c);

    /// <summary>No character (start or end of the prose) or white space.</summary>
    public static bool IsSpaceOrNone(char c) => c == '\0' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || (c > 127 && char.IsWhiteSpace(c));

    /// <summary>What may stand right before an opening quotation mark.</summary>
    public static bool IsOpeningContext(char previous) =>
        IsSpaceOrNone(previous) || previous is '(' or '[' or '{' or '/' or '-' or '\u2013' or '\u2014' or '\u201C' or '\u2018' or '"' or '\'' or '\u00AB' or '\u201E' or '\u201A' or '\u2039' or ':';

    public static bool IsLineBreak(char c) => c == '\n' || c == '\r';

    public static bool IsHorizontalSpace(char c) => c == ' ' || c == '\t';

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
