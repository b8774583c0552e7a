using System;
using System.IO;

namespace NewsDsl.Import;

/// <summary>
/// Turns plain text, Markdown or HTML copy into a <c>.news</c> draft whose quotations carry the
/// speaker suggestions of the language core (<c>{@id?}</c>), or no tag where it is unsure. Never throws
/// on content: any input yields a draft that parses.
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
        return DraftWriter.Write(document, origin);
    }

    /// <summary>The input's structure without suggestions (what the draft's prose must equal).</summary>
    public static ImportedDocument Read(string content, ImportFormat format) => format switch
    {
        ImportFormat.Markdown => MarkdownReader.Read(content),
        ImportFormat.Html => HtmlReader.Read(content),
        _ => PlainTextReader.Read(content),
    };

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
}
