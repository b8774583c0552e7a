using System;
using System.Collections.Generic;
using System.Text;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NewsDsl.Import;

/// <summary>
/// Markdown copy through Markdig: the first level-1 heading (or a front matter <c>title</c>) is the
/// headline; other headings stay headings; paragraphs, block quotes, list items and code keep their
/// words as paragraphs, with emphasis, links and inline code reduced to their text.
/// </summary>
internal static class MarkdownReader
{
    private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    public static ImportedDocument Read(string content)
    {
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(content, s_pipeline);
        }
        catch (ArgumentException e)
        {
            // Markdig refuses input nested past its limit (128 levels of quotes, lists or emphasis) with
            // an ArgumentException. Such copy is read as plain text, its words all kept, and the note says why.
            var plain = PlainTextReader.Read(content);
            var plainNotes = new List<string>(plain.Notes.Count + 1) { "newsdsl import read this file as plain text, not Markdown: " + TextNormalizer.Collapse(e.Message) };
            plainNotes.AddRange(plain.Notes);
            var title = plain.Headline?.TrimStart('#').Trim();
            return new ImportedDocument(string.IsNullOrEmpty(title) ? plain.Headline : title, plain.Published, plainNotes, plain.Blocks);
        }

        string? headline = null;
        string? published = null;
        var notes = new List<string>();
        var blocks = new List<ImportedBlock>();
        foreach (var block in document)
        {
            if (block is YamlFrontMatterBlock yaml)
            {
                foreach (var line in yaml.Lines.Lines)
                {
                    var text = line.ToString();
                    var colon = text.IndexOf(':');
                    if (colon <= 0)
                    {
                        continue;
                    }

                    var key = text.Substring(0, colon).Trim().ToLowerInvariant();
                    var value = YamlScalar(text.Substring(colon + 1).Trim());
                    if (key == "title" && headline is null && value.Length > 0)
                    {
                        headline = TextNormalizer.Collapse(value);
                    }
                    else if (key is "date" or "published" && published is null)
                    {
                        published = DateReader.Read(value);
                    }

                    if (value.Length > 0 && key != "title")
                    {
                        notes.Add(TextNormalizer.Collapse(key + ": " + value));
                    }
                }

                continue;
            }

            Collect(block, blocks, ref headline);
        }

        if (headline is null && blocks.Count > 0)
        {
            // No title: the first block is the headline, as for plain text.
            headline = blocks[0].Text;
            blocks.RemoveAt(0);
        }

        return new ImportedDocument(headline, published, notes, blocks);
    }

    private static void Collect(Block block, List<ImportedBlock> blocks, ref string? headline)
    {
        switch (block)
        {
            case HeadingBlock heading:
                var text = InlineText(heading.Inline);
                if (text.Length == 0)
                {
                    return;
                }

                if (heading.Level == 1 && headline is null)
                {
                    headline = text;
                }
                else
                {
                    blocks.Add(new ImportedBlock(ImportedBlockKind.Heading, text));
                }

                return;
            case HtmlBlock html:
                // Raw HTML: its text is prose like any other, its scripts, styles and comments are not.
                blocks.AddRange(HtmlReader.ReadFragment(html.Lines.ToString()));
                return;
            case ParagraphBlock paragraph:
                Add(blocks, InlineText(paragraph.Inline));
                return;
            case CodeBlock code:
                Add(blocks, TextNormalizer.Collapse(code.Lines.ToString()));
                return;
            case ThematicBreakBlock:
                return;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Collect(child, blocks, ref headline);
                }

                return;
            case LeafBlock leaf:
                Add(blocks, TextNormalizer.Collapse(leaf.Lines.ToString()));
                return;
        }
    }

    private static void Add(List<ImportedBlock> blocks, string text)
    {
        if (text.Length > 0)
        {
            blocks.Add(new ImportedBlock(ImportedBlockKind.Paragraph, text));
        }
    }

    private static string InlineText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        Append(inline, builder);
        return TextNormalizer.Collapse(builder.ToString());
    }

    private static void Append(Inline inline, StringBuilder builder)
    {
        switch (inline)
        {
            case LiteralInline literal:
                builder.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.ToString());
                break;
            case AutolinkInline autolink:
                builder.Append(autolink.Url);
                break;
            case HtmlInline html when IsLineBreak(html.Tag):
                builder.Append(' ');
                break;
            case HtmlInline:
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, builder);
                }

                break;
            default:
                builder.Append(inline.ToString());
                break;
        }
    }

    private static bool IsLineBreak(string? tag) =>
        tag is not null && tag.Length >= 4 && tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase) && (tag.Length == 4 || tag[3] is ' ' or '/' or '>' or '\t');

    /// <summary>A one-line YAML scalar: double-quoted (with its escapes), single-quoted (<c>''</c> for a quote) or plain.</summary>
    private static string YamlScalar(string value)
    {
        if (value.Length >= 2 && value[0] == '\'' && value[value.Length - 1] == '\'')
        {
            return value.Substring(1, value.Length - 2).Replace("''", "'");
        }

        if (value.Length < 2 || value[0] != '"' || value[value.Length - 1] != '"')
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        for (var i = 1; i < value.Length - 1; i++)
        {
            var c = value[i];
            if (c == '\\' && i + 1 < value.Length - 1)
            {
                i++;
                builder.Append(value[i] switch
                {
                    'n' or 't' or 'r' => ' ',
                    var other => other,
                });
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
