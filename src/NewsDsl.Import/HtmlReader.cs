using System.Collections.Generic;
using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsDsl.Import;

/// <summary>
/// HTML pages through AngleSharp: the article body (<c>[itemprop=articleBody]</c>, else <c>article</c>,
/// else <c>main</c>, else <c>body</c>) read by <see cref="HtmlTextWalker"/>, with its page furniture left
/// out and counted in a note. The headline is the page's <c>h1</c> (else its Open Graph or document title);
/// the date comes from <c>article:published_time</c>, <c>meta[name=date]</c> or <c>time[datetime]</c>.
/// Elements nested past <see cref="HtmlDepthLimiter.MaxDepth"/> are flattened first, so any page reads in
/// linear time.
/// </summary>
internal static class HtmlReader
{
    public static ImportedDocument Read(string content)
    {
        var html = HtmlDepthLimiter.Limit(content, out var cut);
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(html);
        var notes = new List<string>();

        var headline = TextNormalizer.Collapse(document.QuerySelector("h1")?.TextContent ?? string.Empty);
        if (headline.Length == 0)
        {
            headline = Meta(document, "meta[property='og:title']") ?? TextNormalizer.Collapse(document.Title ?? string.Empty);
        }

        var publishedText = Meta(document, "meta[property='article:published_time']") ?? Meta(document, "meta[name='date']") ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        var published = publishedText is null ? null : DateReader.Read(publishedText);

        var root = document.QuerySelector("[itemprop='articleBody']") ?? document.QuerySelector("article") ?? document.QuerySelector("main") ?? (IElement?)document.Body;
        var walker = new HtmlTextWalker(headline.Length > 0 ? headline : null);
        if (root is not null)
        {
            walker.Walk(root);
        }

        if (walker.LeftOutElements > 0)
        {
            notes.Add(string.Format(
                CultureInfo.InvariantCulture,
                "Left out of the page as furniture (navigation, headers, footers, forms, asides, ads, share bars, related links): {0} element{1}, {2} word{3}.",
                walker.LeftOutElements,
                walker.LeftOutElements == 1 ? string.Empty : "s",
                walker.LeftOutWords,
                walker.LeftOutWords == 1 ? string.Empty : "s"));
        }

        if (cut > 0)
        {
            notes.Add(string.Format(CultureInfo.InvariantCulture, "The page nests elements more than {0} deep: {1} tags past that depth were left out (their text is kept).", HtmlDepthLimiter.MaxDepth, cut));
        }

        return new ImportedDocument(headline.Length > 0 ? headline : null, published, notes, new List<ImportedBlock>(walker.Blocks));
    }

    /// <summary>The paragraphs and headings of an HTML fragment (a raw HTML block in Markdown): its scripts, styles and comments are no text.</summary>
    public static IReadOnlyList<ImportedBlock> ReadFragment(string fragment)
    {
        var html = HtmlDepthLimiter.Limit(fragment, out _);
        var parser = new HtmlParser();
        using var document = parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        var walker = new HtmlTextWalker(null);
        if (document.Body is { } body)
        {
            walker.Walk(body);
        }

        return walker.Blocks;
    }

    private static string? Meta(IDocument document, string selector)
    {
        var value = document.QuerySelector(selector)?.GetAttribute("content");
        return string.IsNullOrWhiteSpace(value) ? null : TextNormalizer.Collapse(value!);
    }
}
