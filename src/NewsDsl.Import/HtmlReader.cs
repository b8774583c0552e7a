using System;
using System.Collections.Generic;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsDsl.Import;

/// <summary>
/// HTML pages through AngleSharp: the article body's paragraphs, headings, block quotes and list
/// items, in order; scripts, styles, navigation, headers, footers, forms, asides and anything marked
/// as an ad, share bar or related-links box are left out. The headline is the page's <c>h1</c> (else
/// its Open Graph or document title); the date comes from <c>article:published_time</c> or <c>time</c>.
/// </summary>
internal static class HtmlReader
{
    private static readonly string[] s_dropped = { "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button", "figure figcaption", "menu" };

    private static readonly string[] s_clutter = { "advert", "ad-", "ads", "promo", "share", "social", "related", "newsletter", "cookie", "subscribe", "sidebar", "comments", "breadcrumb", "banner" };

    public static ImportedDocument Read(string content)
    {
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(content);
        var notes = new List<string>();

        var headline = Text(document.QuerySelector("h1"));
        if (headline.Length == 0)
        {
            headline = Meta(document, "meta[property='og:title']") ?? TextNormalizer.Collapse(document.Title ?? string.Empty);
        }

        var publishedText = Meta(document, "meta[property='article:published_time']") ?? Meta(document, "meta[name='date']") ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        var published = publishedText is null ? null : DateReader.Read(publishedText);

        foreach (var selector in s_dropped)
        {
            foreach (var element in document.QuerySelectorAll(selector))
            {
                element.Remove();
            }
        }

        foreach (var element in document.QuerySelectorAll("[class], [id], [role]"))
        {
            if (IsClutter(element))
            {
                element.Remove();
            }
        }

        var root = document.QuerySelector("[itemprop='articleBody']") ?? document.QuerySelector("article") ?? document.QuerySelector("main") ?? (IElement?)document.Body;
        var blocks = new List<ImportedBlock>();
        if (root is not null)
        {
            var headlineTaken = false;
            foreach (var element in root.QuerySelectorAll("p, h1, h2, h3, h4, h5, h6, li, blockquote, pre"))
            {
                if (HasBlockAncestorIn(element, root))
                {
                    continue;
                }

                var text = Text(element);
                if (text.Length == 0)
                {
                    continue;
                }

                var name = element.LocalName;
                if (name == "h1" && !headlineTaken && text == headline)
                {
                    headlineTaken = true;
                    continue;
                }

                if (name == "blockquote" && element.QuerySelector("p") is not null)
                {
                    foreach (var paragraph in element.QuerySelectorAll("p"))
                    {
                        var quoted = Text(paragraph);
                        if (quoted.Length > 0)
                        {
                            blocks.Add(new ImportedBlock(ImportedBlockKind.Paragraph, quoted));
                        }
                    }

                    continue;
                }

                var kind = name.Length == 2 && name[0] == 'h' ? ImportedBlockKind.Heading : ImportedBlockKind.Paragraph;
                blocks.Add(new ImportedBlock(kind, text));
            }
        }

        return new ImportedDocument(headline.Length > 0 ? headline : null, published, notes, blocks);
    }

    private static bool IsClutter(IElement element)
    {
        var marks = ((element.GetAttribute("class") ?? string.Empty) + " " + (element.GetAttribute("id") ?? string.Empty) + " " + (element.GetAttribute("role") ?? string.Empty)).ToLowerInvariant();
        foreach (var word in marks.Split(new[] { ' ', '_' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (word is "navigation" or "complementary" or "banner" or "ad" or "ads")
            {
                return true;
            }

            foreach (var clutter in s_clutter)
            {
                if (word.StartsWith(clutter, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A paragraph inside a list item or block quote is read with its container, once.</summary>
    private static bool HasBlockAncestorIn(IElement element, IElement root)
    {
        for (var parent = element.ParentElement; parent is not null && !ReferenceEquals(parent, root); parent = parent.ParentElement)
        {
            if (parent.LocalName is "p" or "li" or "blockquote" or "pre" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
            {
                return true;
            }
        }

        return false;
    }

    private static string? Meta(IDocument document, string selector)
    {
        var value = document.QuerySelector(selector)?.GetAttribute("content");
        return string.IsNullOrWhiteSpace(value) ? null : TextNormalizer.Collapse(value!);
    }

    private static string Text(IElement? element) => element is null ? string.Empty : TextNormalizer.Collapse(element.TextContent);
}
