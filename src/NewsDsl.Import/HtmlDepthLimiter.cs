using System.Collections.Generic;
using System.Text;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace NewsDsl.Import;

/// <summary>
/// Keeps an HTML page's elements from nesting deeper than <see cref="MaxDepth"/> before AngleSharp builds
/// its tree. The HTML tree construction algorithm looks down the stack of open elements for most start
/// tags, so a page nested thousands deep (20,000 nested <c>&lt;li&gt;</c>) costs time quadratic in its
/// depth; browsers cap the depth for the same reason. One pass of AngleSharp's tokenizer counts the
/// elements that stay open (not the ones a sibling closes, such as <c>p</c>, <c>li</c>, <c>td</c>); start
/// and end tags past the cap are cut out of the source, a block-level one replaced by <c>&lt;hr&gt;</c>
/// so the text on either side stays apart. The text itself is all kept.
/// </summary>
internal static class HtmlDepthLimiter
{
    public const int MaxDepth = 256;

    // Elements whose start tag opens nothing, and those that the next sibling of their kind closes (so they never stack up).
    private static readonly HashSet<string> s_notCounted = new(System.StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen", "frame",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "caption", "colgroup", "rb", "rt", "rtc", "rp",
        "html", "head", "body",
    };

    /// <summary>The page with tags past <see cref="MaxDepth"/> cut out, or the same string when it nests no deeper; <paramref name="cut"/> counts the tags cut.</summary>
    public static string Limit(string html, out int cut)
    {
        cut = 0;
        if (!MayExceed(html))
        {
            return html;
        }

        var removals = new List<(int Start, int End, bool Block)>();
        var open = new List<string>();
        var openCount = new Dictionary<string, int>(System.StringComparer.Ordinal);
        var overflow = new Dictionary<string, int>(System.StringComparer.Ordinal);
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver);
        var foreign = 0;
        TextRange range = default;
        tokenizer.OnToken = (_, r) => range = r;
        while (true)
        {
            var token = tokenizer.Get();
            if (token.Type == HtmlTokenType.EndOfFile)
            {
                break;
            }

            if (token.Type == HtmlTokenType.StartTag)
            {
                var name = token.Name;
                tokenizer.State = ModeAfter(name);
                // In SVG and MathML a self-closing tag opens nothing; in HTML the slash is ignored.
                if (s_notCounted.Contains(name) || (foreign > 0 && ((HtmlTagToken)token).IsSelfClosing))
                {
                    continue;
                }

                if (open.Count >= MaxDepth)
                {
                    overflow[name] = Get(overflow, name) + 1;
                    removals.Add((range.Start.Index, range.End.Index, HtmlTextWalker.IsBlockElement(name)));
                    continue;
                }

                open.Add(name);
                openCount[name] = Get(openCount, name) + 1;
                foreign += name is "svg" or "math" ? 1 : 0;
            }
            else if (token.Type == HtmlTokenType.EndTag)
            {
                var name = token.Name;
                if (Get(overflow, name) > 0)
                {
                    overflow[name]--;
                    removals.Add((range.Start.Index, range.End.Index, HtmlTextWalker.IsBlockElement(name)));
                }
                else if (Get(openCount, name) > 0)
                {
                    // Closes the nearest open element of that name and everything opened inside it.
                    while (true)
                    {
                        var top = open[open.Count - 1];
                        open.RemoveAt(open.Count - 1);
                        openCount[top]--;
                        foreign -= top is "svg" or "math" ? 1 : 0;
                        if (top == name)
                        {
                            break;
                        }
                    }
                }
            }
        }

        if (removals.Count == 0)
        {
            return html;
        }

        cut = removals.Count;
        var limited = new StringBuilder(html.Length);
        var position = 0;
        foreach (var (start, end, block) in removals)
        {
            if (start < position || end > html.Length)
            {
                continue;
            }

            limited.Append(html, position, start - position);
            if (block)
            {
                limited.Append("<hr>");
            }

            position = end;
        }

        limited.Append(html, position, html.Length - position);
        return limited.ToString();
    }

    /// <summary>Too few '&lt;' to open <see cref="MaxDepth"/> elements: no need to tokenize.</summary>
    private static bool MayExceed(string html)
    {
        var count = 0;
        foreach (var c in html)
        {
            if (c == '<' && ++count > MaxDepth)
            {
                return true;
            }
        }

        return false;
    }

    private static int Get(Dictionary<string, int> counts, string name) => counts.TryGetValue(name, out var n) ? n : 0;

    /// <summary>How the tokenizer reads what follows a start tag, as the tree builder would set it.</summary>
    private static HtmlParseMode ModeAfter(string name) => name switch
    {
        "script" => HtmlParseMode.Script,
        "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
        "textarea" or "title" => HtmlParseMode.RCData,
        "plaintext" => HtmlParseMode.Plaintext,
        _ => HtmlParseMode.PCData,
    };
}
