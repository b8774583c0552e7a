using System;
using System.Collections.Generic;
using System.IO;

namespace NewsDsl.Import;

/// <summary>
/// Turns plain text, Markdown or HTML copy into a <c>.news</c> draft whose quotations carry the
/// speaker suggestions of the language core (<c>{@id?}</c>), or no tag where it is unsure. Never throws
/// on content: any input yields a draft that parses, and nothing in the input becomes markup or a
/// suppression directive.
/// </summary>
public static class ArticleImporter
{
    public static ImportResult Import(string content, ImportFormat format, string? origin = null)
    {
        if (content is null)
        {
            throw new ArgumentNullException(nameof(content));
        }

        var document = Read(content, format);
        using var draft = new StringWriter(new System.Text.StringBuilder(content.Length + (content.Length / 8) + 256), System.Globalization.CultureInfo.InvariantCulture);
        var summary = DraftWriter.Write(document, origin, draft);
        return new ImportResult(draft.ToString(), summary);
    }

    /// <summary>
    /// Writes the draft to <paramref name="draft"/> as it goes instead of building it as one string: for
    /// large inputs, where the draft would be a second copy of the text in memory.
    /// </summary>
    public static ImportSummary Import(string content, ImportFormat format, TextWriter draft, string? origin = null)
    {
        if (content is null)
        {
            throw new ArgumentNullException(nameof(content));
        }

        if (draft is null)
        {
            throw new ArgumentNullException(nameof(draft));
        }

        return DraftWriter.Write(Read(content, format), origin, draft);
    }

    /// <summary>
    /// Writes the draft of a document <see cref="Read"/> made: a caller that drops the input text first
    /// keeps only one copy of a large input in memory.
    /// </summary>
    public static ImportSummary WriteDraft(ImportedDocument document, TextWriter draft, string? origin = null)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        if (draft is null)
        {
            throw new ArgumentNullException(nameof(draft));
        }

        return DraftWriter.Write(document, origin, draft);
    }

    /// <summary>
    /// The input's structure without suggestions, cleaned as the draft will be (invisible characters
    /// dropped, lone surrogates replaced): what the draft's prose must equal.
    /// </summary>
    public static ImportedDocument Read(string content, ImportFormat format)
    {
        if (content is null)
        {
            throw new ArgumentNullException(nameof(content));
        }

        var read = format switch
        {
            ImportFormat.Markdown => MarkdownReader.Read(content),
            ImportFormat.Html => HtmlReader.Read(content),
            _ => PlainTextReader.Read(content),
        };
        return Clean(read);
    }

    /// <summary>The format a file's extension names: .md/.markdown, .html/.htm, anything else plain text.</summary>
    public static ImportFormat FormatOf(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".md" or ".markdown" => ImportFormat.Markdown,
            ".html" or ".htm" or ".xhtml" => ImportFormat.Html,
            _ => ImportFormat.PlainText,
        };
    }

    private static ImportedDocument Clean(ImportedDocument document)
    {
        var cleaner = new CopyCleaner();
        var headline = document.Headline is null ? null : cleaner.Clean(document.Headline);
        var notes = new List<string>(document.Notes.Count);
        foreach (var note in document.Notes)
        {
            var clean = cleaner.Clean(note);
            if (clean.Length > 0)
            {
                notes.Add(clean);
            }
        }

        // Blocks are cleaned in place where nothing changes: a large input is not copied a second time.
        var blocks = document.Blocks as List<ImportedBlock> ?? new List<ImportedBlock>(document.Blocks);
        var kept = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var text = cleaner.Clean(block.Text);
            if (text.Length == 0)
            {
                continue;
            }

            blocks[kept++] = ReferenceEquals(text, block.Text) ? block : block with { Text = text };
        }

        blocks.RemoveRange(kept, blocks.Count - kept);
        return new ImportedDocument(headline is { Length: > 0 } ? headline : null, document.Published, notes, blocks, cleaner.Removed, cleaner.Replaced);
    }
}
