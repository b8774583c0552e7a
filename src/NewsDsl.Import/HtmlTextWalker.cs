using System;
using System.Collections.Generic;
using System.Text;
using AngleSharp.Dom;

namespace NewsDsl.Import;

/// <summary>
/// Reads the text of an HTML element as a reader sees the page: every block-level element (paragraph,
/// division, list item, heading, table cell, quotation block…) starts and ends a paragraph, text
/// directly inside any of them is kept, one <c>&lt;br&gt;</c> is a space and two or more in a row end the
/// paragraph, and <c>&lt;q&gt;</c> gets the quotation marks a browser draws around it. Page furniture
/// (scripts, styles, navigation, headers, footers, forms, asides, and anything whose class, id or role
/// marks an ad, share bar, related links, newsletter, cookie banner, sidebar or comments) is left out
/// and counted. One pass over the tree with an explicit stack: linear in the page, at any depth.
/// </summary>
internal sealed class HtmlTextWalker
{
    private static readonly HashSet<string> s_blocks = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
        "html", "legend", "li", "listing", "main", "menu", "nav", "ol", "optgroup", "option", "p", "plaintext", "pre", "section",
        "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "xmp",
    };

    // Never text: not counted as left out.
    private static readonly HashSet<string> s_code = new(StringComparer.Ordinal) { "script", "style", "noscript", "template", "svg", "math", "head", "canvas", "object", "iframe" };

    // Text that is page furniture, not the story.
    private static readonly HashSet<string> s_furniture = new(StringComparer.Ordinal) { "nav", "header", "footer", "aside", "form", "button", "menu", "select", "textarea" };

    private static readonly string[] s_clutter = { "advert", "ad-", "ads", "promo", "share", "social", "related", "newsletter", "cookie", "subscribe", "sidebar", "comments", "breadcrumb", "banner" };

    private readonly string? _headline;
    private readonly List<ImportedBlock> _blocks = new();
    private readonly StringBuilder _text = new();
    private readonly List<string> _open = new();
    private bool _headlineTaken;
    private bool _afterBreak;
    private int _quoteDepth;

    public HtmlTextWalker(string? headline)
    {
        _headline = headline;
    }

    public IReadOnlyList<ImportedBlock> Blocks => _blocks;

    /// <summary>Elements left out as page furniture.</summary>
    public int LeftOutElements { get; private set; }

    /// <summary>Words in them.</summary>
    public int LeftOutWords { get; private set; }

    public static bool IsBlockElement(string name) => s_blocks.Contains(name);

    public void Walk(INode root)
    {
        // Each entry is a node to enter, or (exit: true) an element to leave.
        var pending = new Stack<(INode Node, bool Exit)>();
        pending.Push((root, false));
        while (pending.Count > 0)
        {
            var (node, exit) = pending.Pop();
            if (exit)
            {
                Leave((IElement)node);
                continue;
            }

            switch (node)
            {
                case IText text:
                    Add(text.Data);
                    break;
                case IElement element:
                    if (!Enter(element))
                    {
                        break;
                    }

                    pending.Push((element, true));
                    var children = element.ChildNodes;
                    for (var i = children.Length - 1; i >= 0; i--)
                    {
                        pending.Push((children[i], false));
                    }

                    break;
            }
        }

        Flush();
    }

    /// <summary>Starts an element; false when its content is left out.</summary>
    private bool Enter(IElement element)
    {
        var name = element.LocalName;
        if (s_code.Contains(name))
        {
            return false;
        }

        if (s_furniture.Contains(name) || IsClutter(element))
        {
            LeftOutElements++;
            LeftOutWords += CountWords(element.TextContent);
            return false;
        }

        switch (name)
        {
            case "br":
                if (_afterBreak)
                {
                    Flush();
                }
                else
                {
                    _text.Append(' ');
                    _afterBreak = true;
                }

                return false;
            case "q":
                _text.Append(_quoteDepth % 2 == 0 ? '\u201C' : '\u2018');
                _quoteDepth++;
                break;
        }

        if (s_blocks.Contains(name))
        {
            Flush();
            _open.Add(name);
        }

        return true;
    }

    private void Leave(IElement element)
    {
        var name = element.LocalName;
        if (name == "q")
        {
            _quoteDepth--;
            _text.Append(_quoteDepth % 2 == 0 ? '\u201D' : '\u2019');
        }
        else if (s_blocks.Contains(name))
        {
            Flush();
            _open.RemoveAt(_open.Count - 1);
        }
    }

    private void Add(string data)
    {
        _text.Append(data);
        if (_afterBreak && !string.IsNullOrWhiteSpace(data))
        {
            _afterBreak = false;
        }
    }

    /// <summary>Ends the paragraph read so far, as a heading when it is inside one.</summary>
    private void Flush()
    {
        _afterBreak = false;
        if (_text.Length == 0)
        {
            return;
        }

        var text = TextNormalizer.Collapse(_text.ToString());
        _text.Clear();
        if (text.Length == 0)
        {
            return;
        }

        var heading = InnermostHeading();
        if (heading == "h1" && !_headlineTaken && text == _headline)
        {
            // The headline is the front matter's; the page's own h1 is not repeated as a heading.
            _headlineTaken = true;
            return;
        }

        _blocks.Add(new ImportedBlock(heading is null ? ImportedBlockKind.Paragraph : ImportedBlockKind.Heading, text));
    }

    private string? InnermostHeading()
    {
        var name = _open.Count > 0 ? _open[_open.Count - 1] : string.Empty;
        return name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6' ? name : null;
    }

    private static bool IsClutter(IElement element)
    {
        var @class = element.GetAttribute("class");
        var id = element.GetAttribute("id");
        var role = element.GetAttribute("role");
        if (@class is null && id is null && role is null)
        {
            return false;
        }

        var marks = ((@class ?? string.Empty) + " " + (id ?? string.Empty) + " " + (role ?? string.Empty)).ToLowerInvariant();
        foreach (var word in marks.Split(new[] { ' ', '_', '\t', '\n' }, StringSplitOptions.RemoveEmptyEntries))
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

    private static int CountWords(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = !char.IsWhiteSpace(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return words;
    }
}
