using System;
using System.Text;

namespace NewsDsl.Import;

/// <summary>White space as a paragraph reads: runs of spaces and line breaks as one space, none at the ends, no control characters.</summary>
internal static class TextNormalizer
{
    /// <summary>The collapsed form of <c>text[start..start+length]</c>, cut out once.</summary>
    public static string Collapse(string text, int start, int length)
    {
        var piece = text.AsSpan(start, length);
        return IsCollapsed(piece) ? piece.ToString() : Collapse(piece.ToString());
    }

    public static string Collapse(string text)
    {
        if (IsCollapsed(text))
        {
            // Most paragraphs already read this way: no copy.
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c == '\u00A0')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Whether <see cref="Collapse(string)"/> would return the text unchanged: single plain spaces between other characters only.</summary>
    private static bool IsCollapsed(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ')
            {
                if (i == 0 || i == text.Length - 1 || text[i + 1] == ' ')
                {
                    return false;
                }
            }
            else if (char.IsWhiteSpace(c) || char.IsControl(c) || c == '\u00A0')
            {
                return false;
            }
        }

        return true;
    }
}
