using System.Globalization;

namespace NewsDsl.Generator.Emit;

/// <summary>Which characters may appear as themselves in generated code and documentation.</summary>
internal static class Characters
{
    /// <summary>
    /// True when the character (or surrogate pair) at <paramref name="index"/> is visible text:
    /// not a control, not a line or paragraph separator, not a format character (bidirectional
    /// overrides, zero-width characters), not a space other than U+0020, not private-use or
    /// unassigned, not a lone surrogate.
    /// </summary>
    public static bool IsPrintable(string text, int index)
    {
        var c = text[index];
        if (c >= ' ' && c <= '~')
        {
            return true;
        }

        if (char.IsSurrogate(c) && !char.IsSurrogatePair(text, index))
        {
            return false;
        }

        switch (CharUnicodeInfo.GetUnicodeCategory(text, index))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.SpaceSeparator:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
            case UnicodeCategory.Surrogate:
                return false;
            default:
                return true;
        }
    }

    /// <summary>Whether XML 1.0 allows the code point at all (documentation comments must be well-formed XML).</summary>
    public static bool IsXmlChar(int codePoint) =>
        codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD
        || (codePoint >= 0x20 && codePoint <= 0xD7FF)
        || (codePoint >= 0xE000 && codePoint <= 0xFFFD)
        || (codePoint >= 0x10000 && codePoint <= 0x10FFFF);
}
