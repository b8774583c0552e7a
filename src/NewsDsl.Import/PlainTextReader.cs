using System;
using System.Collections.Generic;
using System.Text;

namespace NewsDsl.Import;

/// <summary>
/// Plain copy: paragraphs separated by blank lines, or one paragraph a line when the copy has no
/// blank lines (or is not hard-wrapped). Leading <c>Key: value</c> lines are metadata, the first other
/// line is the headline, and short lines without closing punctuation are headings.
/// </summary>
internal static class PlainTextReader
{
    public static ImportedDocument Read(string content)
    {
        // Two passes over the lines, neither of which splits the text: the first measures the blocks
        // (hard-wrapped or one paragraph a line?), the second cuts each paragraph out once.
        var blocks = 0;
        var multi = 0;
        var longest = 0;
        var linesInBlock = 0;
        foreach (var (start, end) in Lines(content))
        {
            if (IsBlank(content, start, end))
            {
                blocks += linesInBlock > 0 ? 1 : 0;
                multi += linesInBlock > 1 ? 1 : 0;
                linesInBlock = 0;
                continue;
            }

            linesInBlock++;
            longest = Math.Max(longest, end - start);
        }

        blocks += linesInBlock > 0 ? 1 : 0;
        multi += linesInBlock > 1 ? 1 : 0;

        // Without blank lines every line is a paragraph; with them, lines of one block are wrapped text.
        var wrapped = blocks > 1 && multi > 0 && longest <= 100;
        var paragraphs = new List<string>();
        var joined = new StringBuilder();
        foreach (var (start, end) in Lines(content))
        {
            if (IsBlank(content, start, end))
            {
                if (joined.Length > 0)
                {
                    paragraphs.Add(TextNormalizer.Collapse(joined.ToString()));
                    joined.Clear();
                }
            }
            else if (wrapped)
            {
                joined.Append(joined.Length > 0 ? " " : string.Empty).Append(content, start, end - start);
            }
            else
            {
                paragraphs.Add(TextNormalizer.Collapse(content, start, end - start));
            }
        }

        if (joined.Length > 0)
        {
            paragraphs.Add(TextNormalizer.Collapse(joined.ToString()));
        }

        return Structure(paragraphs);
    }

    /// <summary>Each line's bounds, without its break (<c>\n</c>, <c>\r\n</c> or <c>\r</c>).</summary>
    private static IEnumerable<(int Start, int End)> Lines(string content)
    {
        var start = 0;
        while (true)
        {
            var end = content.IndexOfAny(s_breaks, start);
            if (end < 0)
            {
                yield return (start, content.Length);
                yield break;
            }

            yield return (start, end);
            start = end + (content[end] == '\r' && end + 1 < content.Length && content[end + 1] == '\n' ? 2 : 1);
        }
    }

    private static readonly char[] s_breaks = { '\n', '\r' };

    private static bool IsBlank(string content, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(content[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Turns a list of paragraph texts into headline, metadata, headings and paragraphs.</summary>
    internal static ImportedDocument Structure(IReadOnlyList<string> paragraphs)
    {
        var notes = new List<string>();
        string? published = null;
        string? headline = null;
        var blocks = new List<ImportedBlock>();
        var index = 0;
        while (index < paragraphs.Count && MetadataLine(paragraphs[index]) is { } field)
        {
            notes.Add(paragraphs[index]);
            if (published is null && field.Key is "published" or "date" or "updated" or "posted")
            {
                published = DateReader.Read(field.Value);
            }

            index++;
        }

        if (index < paragraphs.Count)
        {
            headline = paragraphs[index];
            index++;

            // A headline repeated as the page's title is one headline.
            if (index < paragraphs.Count && paragraphs[index] == headline)
            {
                notes.Add(headline);
                index++;
            }
        }

        for (; index < paragraphs.Count; index++)
        {
            var text = paragraphs[index];
            blocks.Add(new ImportedBlock(LooksLikeHeading(text) ? ImportedBlockKind.Heading : ImportedBlockKind.Paragraph, text));
        }

        return new ImportedDocument(headline, published, notes, blocks);
    }

    private static KeyValuePair<string, string>? MetadataLine(string text)
    {
        var colon = text.IndexOf(':');
        if (colon <= 0 || colon > 20 || text.Length > 80)
        {
            return null;
        }

        var key = text.Substring(0, colon).Trim();
        foreach (var c in key)
        {
            if (!char.IsLetter(c) && c != ' ')
            {
                return null;
            }
        }

        if (key.Split(' ').Length > 2)
        {
            return null;
        }

        return new KeyValuePair<string, string>(key.ToLowerInvariant(), text.Substring(colon + 1).Trim());
    }

    private static bool LooksLikeHeading(string text)
    {
        if (text.Length == 0 || text.Length > 90 || text.Split(' ').Length > 12)
        {
            return false;
        }

        var end = text.TrimEnd('\u2019', '\u201D', '"', '\'');
        if (end.Length == 0)
        {
            return false;
        }

        var last = end[end.Length - 1];
        var first = text[0];
        return last is not ('.' or '!' or '?' or ':' or ';' or ',' or '\u2026') && (char.IsUpper(first) || first is '\u2018' or '\u201C' or '"' or '\'');
    }
}
