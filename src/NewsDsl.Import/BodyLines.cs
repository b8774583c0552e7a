using System.Collections.Generic;
using System.Text;
using NewsDsl.Language.Syntax;

namespace NewsDsl.Import;

/// <summary>
/// The draft's body lines, one per input block, made on demand (a large input is not held twice):
/// <c>## </c> before a heading, one space before a paragraph that would otherwise start another kind of
/// line, and every markup character escaped. A block whose quotation marks nest past the parser's limit
/// keeps its own line with the marks the parser read as text escaped too.
/// </summary>
internal sealed class BodyLines
{
    private readonly IReadOnlyList<ImportedBlock> _blocks;
    private readonly Dictionary<int, string> _overrides = new();

    public BodyLines(IReadOnlyList<ImportedBlock> blocks)
    {
        _blocks = blocks;
    }

    /// <summary>About how long lines <c>[from, to)</c> are, with their line breaks.</summary>
    public int Length(int from, int to)
    {
        var length = 0;
        for (var b = from; b < to; b++)
        {
            length += _blocks[b].Text.Length + 8;
        }

        return length;
    }

    public void Append(StringBuilder builder, int block)
    {
        if (_overrides.TryGetValue(block, out var line))
        {
            builder.Append(line);
            return;
        }

        var item = _blocks[block];
        if (item.Kind == ImportedBlockKind.Heading)
        {
            builder.Append("## ");
        }
        else if (StartsLikeMarkupLine(item.Text))
        {
            // '#', '%%', '@source' and '---' start other kinds of line: an indent keeps the paragraph prose.
            builder.Append(' ');
        }

        AppendEscaped(builder, item.Text);
    }

    /// <summary>
    /// Escapes, in the line of <paramref name="block"/> (which starts at <paramref name="lineStart"/> in
    /// <paramref name="tree"/>), every quotation mark the parser did not pair: past the nesting limit it
    /// reads them as text, so escaping them keeps the reading and ends the error. With
    /// <paramref name="everyMark"/>, every mark of the line (a last resort that cannot fail).
    /// </summary>
    public bool EscapeStrayMarks(int block, NewsSyntaxTree tree, int lineStart, bool everyMark)
    {
        var text = tree.Text.Content;
        var lineEnd = text.IndexOf('\n', lineStart);
        lineEnd = lineEnd < 0 ? text.Length : lineEnd;
        var paired = new HashSet<int>();
        if (!everyMark)
        {
            foreach (var node in tree.Blocks)
            {
                if (node is InlineContainerSyntax container && node.Span.Start >= lineStart && node.Span.Start < lineEnd)
                {
                    CollectMarks(container.Inlines, paired);
                }
            }
        }

        var line = new StringBuilder(lineEnd - lineStart + 64);
        var changed = false;
        for (var i = lineStart; i < lineEnd; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < lineEnd)
            {
                // Every backslash in a body line starts an escape: keep the pair as it is.
                line.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (QuotationMarkCharacters.Contains(c) && (everyMark || !paired.Contains(i)))
            {
                line.Append('\\');
                changed = true;
            }

            line.Append(c);
        }

        if (changed)
        {
            _overrides[block] = line.ToString();
        }

        return changed;
    }

    private static void CollectMarks(IReadOnlyList<InlineSyntax> inlines, HashSet<int> marks)
    {
        // An explicit stack: quotations may nest as deep as the parser allows.
        var pending = new Stack<IReadOnlyList<InlineSyntax>>();
        pending.Push(inlines);
        while (pending.Count > 0)
        {
            foreach (var inline in pending.Pop())
            {
                switch (inline)
                {
                    case QuotationSyntax quotation:
                        AddSpan(marks, quotation.OpeningMark.Start, quotation.OpeningMark.End);
                        if (quotation.ClosingMark is { } closing)
                        {
                            AddSpan(marks, closing.Start, closing.End);
                        }

                        pending.Push(quotation.Children);
                        break;
                    case AttributedSpanSyntax span:
                        pending.Push(span.Children);
                        break;
                }
            }
        }
    }

    private static void AddSpan(HashSet<int> marks, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            marks.Add(i);
        }
    }

    private static bool StartsLikeMarkupLine(string text) =>
        text.StartsWith("#", System.StringComparison.Ordinal) || text.StartsWith("%%", System.StringComparison.Ordinal) || text.StartsWith("@source", System.StringComparison.Ordinal) || text.StartsWith("---", System.StringComparison.Ordinal);

    /// <summary>Appends <paramref name="text"/> with markup characters escaped, runs without them copied whole.</summary>
    public static void AppendEscaped(StringBuilder builder, string text)
    {
        var from = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\\' or '[' or ']' or '{' or '}')
            {
                builder.Append(text, from, i - from).Append('\\');
                from = i;
            }
        }

        builder.Append(text, from, text.Length - from);
    }
}
