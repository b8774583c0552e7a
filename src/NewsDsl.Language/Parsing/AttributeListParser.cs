using System;
using System.Collections.Generic;
using System.Text;
using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Parsing;

/// <summary>
/// Reads <c>name="value"</c> lists, shared by source declarations and tags so both accept and
/// reject the same things with the same messages.
/// </summary>
internal static class AttributeListParser
{
    /// <summary>
    /// Parses attributes from <paramref name="position"/> up to <paramref name="end"/>, or up to a
    /// <c>}</c> when <paramref name="stopAtBrace"/>. Returns where it stopped. Never reads past <paramref name="end"/>.
    /// </summary>
    public static int Parse(
        string text,
        int position,
        int end,
        bool stopAtBrace,
        string[] knownNames,
        List<ParsedAttribute> attributes,
        List<SyntaxError> errors,
        StringTable? strings = null)
    {
        while (true)
        {
            while (position < end && CharacterClasses.IsHorizontalSpace(text[position]))
            {
                position++;
            }

            if (position >= end || (stopAtBrace && text[position] == '}'))
            {
                return position;
            }

            var nameStart = position;
            while (position < end && IsNameChar(text[position]))
            {
                position++;
            }

            if (position == nameStart)
            {
                var junkEnd = SkipToken(text, position, end, stopAtBrace);
                errors.Add(new SyntaxError(
                    TextSpan.FromBounds(nameStart, junkEnd),
                    $"Unexpected '{Shorten(text, nameStart, junkEnd)}': attributes are written name=\"value\""));
                position = junkEnd;
                continue;
            }

            // A known name is the known string itself: no substring.
            var known = IndexOfKnown(knownNames, text, nameStart, position - nameStart);
            var name = known >= 0 ? knownNames[known] : text.Substring(nameStart, position - nameStart);
            var nameSpan = TextSpan.FromBounds(nameStart, position);
            if (position >= end || text[position] != '=')
            {
                errors.Add(new SyntaxError(nameSpan, $"Attribute '{name}' has no value: write {name}=\"…\""));
                position = SkipToken(text, position, end, stopAtBrace);
                continue;
            }

            position++;
            string value;
            TextSpan valueSpan;
            if (position < end && text[position] == '"')
            {
                var valueStart = position + 1;
                var closing = FindClosingQuote(text, valueStart, end);
                if (closing < 0)
                {
                    errors.Add(new SyntaxError(
                        TextSpan.FromBounds(position, end),
                        $"The value of '{name}' has no closing '\"': end it with a double quote (write \\\" for a quote inside it)"));
                    valueSpan = TextSpan.FromBounds(valueStart, end);
                    value = Unescape(text, valueStart, end, strings);
                    position = end;
                }
                else
                {
                    valueSpan = TextSpan.FromBounds(valueStart, closing);
                    value = Unescape(text, valueStart, closing, strings);
                    position = closing + 1;
                }
            }
            else
            {
                var valueStart = position;
                position = SkipToken(text, position, end, stopAtBrace);
                valueSpan = TextSpan.FromBounds(valueStart, position);
                value = text.Substring(valueStart, position - valueStart);
                errors.Add(new SyntaxError(
                    valueSpan.Length == 0 ? nameSpan : valueSpan,
                    $"The value of '{name}' must be in double quotes: {name}=\"{value}\""));
            }

            if (known < 0)
            {
                errors.Add(new SyntaxError(nameSpan, $"Unknown attribute '{name}': use {string.Join(", ", knownNames)}"));
            }
            else if (Contains(attributes, name))
            {
                errors.Add(new SyntaxError(nameSpan, $"Attribute '{name}' is given twice: keep one"));
            }
            else
            {
                attributes.Add(new ParsedAttribute(TextSpan.FromBounds(nameStart, position), name, nameSpan, value, valueSpan));
            }
        }
    }

    private static int IndexOfKnown(string[] knownNames, string text, int start, int length)
    {
        for (var i = 0; i < knownNames.Length; i++)
        {
            var known = knownNames[i];
            if (known.Length == length && string.CompareOrdinal(text, start, known, 0, length) == 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsNameChar(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '_';

    private static bool Contains(List<ParsedAttribute> attributes, string name)
    {
        foreach (var attribute in attributes)
        {
            if (attribute.Name == name)
            {
                return true;
            }
        }

        return false;
    }

    private static int SkipToken(string text, int position, int end, bool stopAtBrace)
    {
        if (position < end && !CharacterClasses.IsHorizontalSpace(text[position]) && !(stopAtBrace && text[position] == '}'))
        {
            position++;
        }

        while (position < end && !CharacterClasses.IsHorizontalSpace(text[position]) && !(stopAtBrace && text[position] == '}'))
        {
            position++;
        }

        return position;
    }

    private static int FindClosingQuote(string text, int position, int end)
    {
        for (var i = position; i < end; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < end)
            {
                i++;
            }
            else if (c == '"')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Undoes <c>\"</c> and <c>\\</c>; any other backslash stays as written.</summary>
    public static string Unescape(string text, int start, int end, StringTable? strings = null)
    {
        var backslash = text.IndexOf('\\', start, end - start);
        if (backslash < 0)
        {
            return strings is null ? text.Substring(start, end - start) : strings.Get(text, start, end - start);
        }

        var builder = new StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < end && (text[i + 1] == '"' || text[i + 1] == '\\'))
            {
                builder.Append(text[i + 1]);
                i++;
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Text for a message, cut so that a pasted megabyte does not become a megabyte message.</summary>
    public static string Shorten(string text, int start, int end)
    {
        const int Max = 40;
        return end - start <= Max ? text.Substring(start, end - start) : text.Substring(start, Max) + "…";
    }
}
