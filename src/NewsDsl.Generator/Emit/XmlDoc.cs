using System.Globalization;
using System.Text;

namespace NewsDsl.Generator.Emit;

/// <summary>
/// Turns article text into the content of a <c>///</c> documentation comment: XML-escaped, on
/// one line (a raw line break would end the comment and turn the rest of the text into code),
/// and well-formed even for characters XML forbids.
/// </summary>
internal static class XmlDoc
{
    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var text = value!;

        // Text that needs no escape (printable ASCII other than &, < and >) is returned as it is, and such runs
        // are copied whole elsewhere: the generator writes every quotation and claim into the documentation.
        var plain = PlainRun(text, 0);
        if (plain == text.Length)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        builder.Append(text, 0, plain);
        for (var i = plain; i < text.Length; i++)
        {
            var run = PlainRun(text, i);
            if (run > i)
            {
                builder.Append(text, i, run - i);
                i = run - 1;
                continue;
            }

            var c = text[i];
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    continue;
                case '<':
                    builder.Append("&lt;");
                    continue;
                case '>':
                    builder.Append("&gt;");
                    continue;
                case '\r':
                    // A CRLF is one break.
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    builder.Append("<br/>");
                    continue;
                case '\n':
                    builder.Append("<br/>");
                    continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (Characters.IsPrintable(text, i))
                {
                    builder.Append(c).Append(text[i + 1]);
                }
                else
                {
                    AppendReference(builder, char.ConvertToUtf32(c, text[i + 1]));
                }

                i++;
                continue;
            }

            if (char.IsSurrogate(c) || !Characters.IsPrintable(text, i))
            {
                AppendReference(builder, char.IsSurrogate(c) ? 0xFFFD : c);
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    // Characters XML forbids (C0 controls, lone surrogates, U+FFFE/U+FFFF) cannot be referenced
    // either: they become U+FFFD, which is only documentation, never a value.
    private static int PlainRun(string text, int start)
    {
        var i = start;
        while (i < text.Length && text[i] is >= ' ' and <= '~' and not '&' and not '<' and not '>')
        {
            i++;
        }

        return i;
    }

    private static void AppendReference(StringBuilder builder, int codePoint)
    {
        if (!Characters.IsXmlChar(codePoint))
        {
            codePoint = 0xFFFD;
        }

        builder.Append("&#x").Append(codePoint.ToString("X", CultureInfo.InvariantCulture)).Append(';');
    }
}
