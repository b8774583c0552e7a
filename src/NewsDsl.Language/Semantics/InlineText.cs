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
    /// <summary>Renders the content of a quotation or span (its children read from the green table where there is one).</summary>
    public static void Render(string text, InlineView node, StringBuilder builder)
    {
        var content = node.ContentSpan;
        var position = content.Start;
        var count = node.ChildCount;
        for (var i = 0; i < count; i++)
        {
            var child = node.Child(i);
            var span = child.Span;
            AppendPlain(text, position, span.Start, builder);
            switch (child.Kind)
            {
                case GreenKind.Quotation:
                    var opening = child.OpeningMark;
                    builder.Append(text, opening.Start, opening.Length);
                    Render(text, child, builder);
                    if (child.ClosingMark is { } closing)
                    {
                        builder.Append(text, closing.Start, closing.Length);
                    }

                    break;
                case GreenKind.Span:
                    Render(text, child, builder);
                    break;
            }

            position = span.End;
        }

        AppendPlain(text, position, content.End, builder);
    }

    /// <summary>Renders and trims, for a whole quotation part or claim.</summary>
    public static string RenderTrimmed(string text, InlineView node, StringBuilder builder)
    {
        builder.Clear();
        Render(text, node, builder);
        return Trim(builder);
    }

    /// <summary>The text of a quotation's parts, each trimmed, joined by a line break.</summary>
    public static string RenderParts(string text, InlineView first, List<InlineView>? later)
    {
        var builder = new StringBuilder(first.ContentSpan.Length);
        if (later is null)
        {
            return RenderTrimmed(text, first, builder);
        }

        var joined = new StringBuilder();
        joined.Append(RenderTrimmed(text, first, builder));
        for (var i = 0; i < later.Count; i++)
        {
            joined.Append('\n');
            joined.Append(RenderTrimmed(text, later[i], builder));
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
