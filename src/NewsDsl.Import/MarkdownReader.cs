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
        var document = Markdown.Parse(content, s_pipeline);
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
                    var value = text.Substring(colon + 1).Trim().Trim('"', '\'');
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

}
