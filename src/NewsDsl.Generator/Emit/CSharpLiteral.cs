using System.Globalization;
using System.Text;

namespace NewsDsl.Generator.Emit;

/// <summary>
/// The one place where article text becomes C#. Every string the generator emits goes through
/// <see cref="String"/>, so no text (a quote, a name, a headline) can end the literal, start a
/// comment or smuggle a line break or a bidirectional override into the generated file.
/// </summary>
internal static class CSharpLiteral
{
    /// <summary>A regular (not verbatim, not raw) C# string literal whose value is exactly <paramref name="value"/>, or <c>null</c>.</summary>
    public static string String(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        // Most of an article's text is printable ASCII that needs no escape: a text that is all of it costs one
        // concatenation, and elsewhere such runs are copied whole (the generator writes millions of characters).
        var plain = PlainRun(value, 0);
        if (plain == value.Length)
        {
            return "\"" + value + "\"";
        }

        var builder = new StringBuilder(value.Length + 8);
        builder.Append('"').Append(value, 0, plain);
        for (var i = plain; i < value.Length; i++)
        {
            var run = PlainRun(value, i);
            if (run > i)
            {
                builder.Append(value, i, run - i);
                i = run - 1;
                continue;
            }

            var c = value[i];
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    continue;
                case '\\':
                    builder.Append("\\\\");
                    continue;
                case '\0':
                    builder.Append("\\0");
                    continue;
                case '\a':
                    builder.Append("\\a");
                    continue;
                case '\b':
                    builder.Append("\\b");
                    continue;
                case '\f':
                    builder.Append("\\f");
                    continue;
                case '\n':
                    builder.Append("\\n");
                    continue;
                case '\r':
                    builder.Append("\\r");
                    continue;
                case '\t':
                    builder.Append("\\t");
                    continue;
                case '\v':
                    builder.Append("\\v");
                    continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                // A well-formed pair: kept as is when printable, else one \U escape for the code point.
                if (Characters.IsPrintable(value, i))
                {
                    builder.Append(c).Append(value[i + 1]);
                }
                else
                {
                    builder.Append("\\U").Append(char.ConvertToUtf32(c, value[i + 1]).ToString("X8", CultureInfo.InvariantCulture));
                }

                i++;
                continue;
            }

            // Lone surrogates, controls, separators, format characters: all \uXXXX.
            if (char.IsSurrogate(c) || !Characters.IsPrintable(value, i))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                continue;
            }

            builder.Append(c);
        }

        builder.Append('"');
        return builder.ToString();
    }

    // The end of the run from `start` of characters String writes as they are without a lookup: printable
    // ASCII other than the quotation mark and the backslash.
    private static int PlainRun(string value, int start)
    {
        var i = start;
        while (i < value.Length && value[i] is >= ' ' and <= '~' and not '"' and not '\\')
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// An expression whose value is exactly <paramref name="value"/>, stored as UTF-8 data: a <c>"…"u8</c>
    /// literal (escaped as <see cref="String"/> escapes) decoded when the class is first used. The
    /// compiler keeps UTF-8 literals as data, outside the table of string literals whose size CS8103
    /// limits. A string with a lone surrogate has no UTF-8 form, so it stays a string literal.
    /// </summary>
    public static string Utf8String(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return String(value);
            }
        }

        return "global::System.Text.Encoding.UTF8.GetString(" + String(value) + "u8.ToArray())";
    }

    /// <summary>A <see cref="bool"/> literal.</summary>
    public static string Bool(bool value) => value ? "true" : "false";

    /// <summary>An <see cref="int"/> literal, culture-independent.</summary>
    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A <see cref="long"/> literal, culture-independent.</summary>
    public static string Long(long value) => value.ToString(CultureInfo.InvariantCulture) + "L";
}
