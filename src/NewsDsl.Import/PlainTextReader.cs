using System;
using System.Collections.Generic;

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
        var lines = content.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var chunks = new List<List<string>>();
        var current = new List<string>();
        foreach (var line in lines)
        {
            if (line.Trim().Length == 0)
            {
                if (current.Count > 0)
                {
                    chunks.Add(current);
                    current = new List<string>();
                }

                continue;
            }

            current.Add(line);
        }

        if (current.Count > 0)
        {
            chunks.Add(current);
        }

        // Without blank lines every line is a paragraph; with them, lines of one block are wrapped text.
        var wrapped = chunks.Count > 1 && LooksHardWrapped(chunks);
        var paragraphs = new List<string>();
        foreach (var chunk in chunks)
        {
            if (wrapped)
            {
                paragraphs.Add(TextNormalizer.Collapse(string.Join(" ", chunk)));
            }
            else
            {
                foreach (var line in chunk)
                {
                    paragraphs.Add(TextNormalizer.Collapse(line));
                }
            }
        }

        return Structure(paragraphs);
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

    private static bool LooksHardWrapped(List<List<string>> chunks)
    {
        var multi = 0;
        var longest = 0;
        foreach (var chunk in chunks)
        {
            if (chunk.Count > 1)
            {
                multi++;
            }

            foreach (var line in chunk)
            {
                longest = Math.Max(longest, line.Length);
            }
        }

        return multi > 0 && longest <= 100;
    }
}
