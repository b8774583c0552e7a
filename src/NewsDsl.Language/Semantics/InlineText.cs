using System.Collections.Generic;
using System.Text;
using NewsDsl.Language.Parsing;
using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Semantics;

/// <summary>
/// Renders prose as a reader sees it: escapes undone, tags and span brackets dropped, nested
/// quotation marks kept, and a line break inside a paragraph read as one space.
/// </summary>
internal static class InlineText
{
    public static void Render(string text, TextSpan content, IReadOnlyList<InlineSyntax> children, StringBuilder builder)
    {
        var position = content.Start;
        foreach (var child in children)
        {
            AppendPlain(text, position, child.Span.Start, builder);
            switch (child)
            {
                case QuotationSyntax quotation:
                    builder.Append(text, quotation.OpeningMark.Start, quotation.OpeningMark.Length);
                    Render(text, quotation.ContentSpan, quotation.Children, builder);
                    if (quotation.ClosingMark is { } closing)
                    {
                        builder.Append(text, closing.Start, closing.Length);
                    }

                    break;
                case AttributedSpanSyntax span:
                    Render(text, span.ContentSpan, span.Children, builder);
                    break;
            }

            position = child.Span.End;
        }

        AppendPlain(text, position, content.End, builder);
    }

    /// <summary>Renders and trims, for a whole quotation part or claim.</summary>
    public static string RenderTrimmed(string text, TextSpan content, IReadOnlyList<InlineSyntax> children, StringBuilder builder)
    {
        builder.Clear();
        Render(text, content, children, builder);
        return Trim(builder);
    }

    /// <summary>The text of a quotation's parts, each trimmed, joined by a line break.</summary>
    public static string RenderParts(string text, IReadOnlyList<QuotationSyntax> parts)
    {
        var builder = new StringBuilder(parts[0].ContentSpan.Length);
        if (parts.Count == 1)
        {
            return RenderTrimmed(text, parts[0].ContentSpan, parts[0].Children, builder);
        }

        var joined = new StringBuilder();
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0)
            {
                joined.Append('\n');
            }

            joined.Append(RenderTrimmed(text, parts[i].ContentSpan, parts[i].Children, builder));
        }

        return joined.ToString();
    }

    public static string Trim(StringBuilder builder)
    {
        var start = 0;
        var end = builder.Length;
        while (start < end && char.IsWhiteSpace(builder[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(builder[end - 1]))
        {
            end--;
        }

        return builder.ToString(start, end - start);
    }

    private static void AppendPlain(string text, int start, int end, StringBuilder builder)
    {
        var runStart = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < end && CharacterClasses.IsEscapable(text[i + 1]))
            {
                builder.Append(text, runStart, i - runStart);
                builder.Append(text[i + 1]);
                i++;
                runStart = i + 1;
            }
            else if (CharacterClasses.IsLineBreak(c))
            {
                // Soft line break: the spaces around it and the break itself read as one space.
                var spaceStart = i;
                while (spaceStart > runStart && CharacterClasses.IsHorizontalSpace(text[spaceStart - 1]))
                {
                    spaceStart--;
                }

                builder.Append(text, runStart, spaceStart - runStart);
                while (i + 1 < end && (CharacterClasses.IsLineBreak(text[i + 1]) || CharacterClasses.IsHorizontalSpace(text[i + 1])))
                {
                    i++;
                }

                builder.Append(' ');
                runStart = i + 1;
            }
        }

        if (end > runStart)
        {
            builder.Append(text, runStart, end - runStart);
        }
    }
}
