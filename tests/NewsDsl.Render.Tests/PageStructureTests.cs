using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsDsl.Language;
using NewsDsl.Language.Diagnostics;

namespace NewsDsl.Render.Tests;

/// <summary>The page as an HTML5 parser (the same algorithm as browsers) reads it; no browser needed.</summary>
public class PageStructureTests
{
    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static readonly HashSet<string> s_elements = new(StringComparer.Ordinal)
    {
        "html", "head", "meta", "title", "style", "script", "body", "a", "header", "div", "main", "article", "aside", "section",
        "nav", "footer", "h1", "h2", "h3", "p", "span", "strong", "time", "ul", "ol", "li", "dl", "dt", "dd", "button",
        "table", "caption", "thead", "tbody", "tr", "th", "td",
    };

    [Theory]
    [InlineData(Articles.SeedFile)]
    [InlineData(Articles.HostileFile)]
    public void Only_the_renderers_own_elements_and_attributes_appear(string file)
    {
        var document = Parse(ReviewPage.Render(Articles.Check(file)));
        foreach (var element in document.All)
        {
            Assert.Contains(element.LocalName, s_elements);
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.Ordinal), $"{element.LocalName} has {attribute.Name}");
                Assert.NotEqual("style", attribute.Name);
                Assert.NotEqual("src", attribute.Name);
            }
        }

        Assert.Equal(2, document.Scripts.Length);
        Assert.Single(document.QuerySelectorAll("style"));
    }

    [Fact]
    public void Hostile_text_reads_back_exactly_as_written()
    {
        var result = Articles.Check(Articles.HostileFile);
        var document = Parse(ReviewPage.Render(result));
        var metadata = result.Model.Metadata;
        Assert.Equal("Review: " + metadata.Headline, document.Title);
        Assert.Equal(metadata.Headline, document.GetElementById("headline")!.TextContent);
        Assert.Equal(metadata.Deck, document.QuerySelector(".deck")!.TextContent);
        var evil = result.Model.FindSource("evil")!;
        var entry = document.QuerySelector("[data-source-entry=\"evil\"]")!;
        Assert.Equal(evil.Name, entry.QuerySelector("button")!.ChildNodes[1].TextContent);
        Assert.Equal(evil.Name, entry.QuerySelector("button")!.GetAttribute("data-label"));
        Assert.Contains(entry.QuerySelectorAll("dd"), dd => dd.TextContent == evil.Title);
        Assert.Contains("<script>alert('name')</script>", document.QuerySelector("[data-source=\"evil\"] .tag")!.GetAttribute("title"));
    }

    [Fact]
    public void The_policy_hashes_are_those_of_the_pages_own_style_and_script()
    {
        var document = Parse(ReviewPage.Render(Articles.Check(Articles.SeedFile)));
        var policy = document.QuerySelector("meta[http-equiv=\"Content-Security-Policy\"]")!.GetAttribute("content")!;
        var directives = policy.Split(';', StringSplitOptions.TrimEntries).ToDictionary(d => d.Split(' ')[0], d => d);
        Assert.Equal("default-src 'none'", directives["default-src"]);
        Assert.Equal($"style-src '{ReviewPageWriter.Hash(document.QuerySelector("style")!.TextContent)}'", directives["style-src"]);
        var classic = document.Scripts.Single(s => string.IsNullOrEmpty(s.Type));
        Assert.Equal($"script-src '{ReviewPageWriter.Hash(classic.Text)}'", directives["script-src"]);
        Assert.Equal("connect-src 'none'", directives["connect-src"]);
        Assert.Equal("base-uri 'none'", directives["base-uri"]);
    }

    [Fact]
    public void Quotation_elements_hold_the_quoted_words_as_the_model_has_them()
    {
        var result = Articles.Check(Articles.SeedFile);
        var document = Parse(ReviewPage.Render(result));
        var top = result.Model.Quotations.Where(q => q.Parent is null && !q.IsTitleOrTerm).ToList();
        var elements = document.QuerySelectorAll(".article .q[data-quote]").GroupBy(e => e.GetAttribute("data-quote")).ToList();
        Assert.Equal(top.Count, elements.Count);
        for (var i = 0; i < top.Count; i++)
        {
            var words = string.Join("\n", elements[i].Select(part => ReaderText(part)));
            Assert.Equal(top[i].Text, words);
        }
    }

    [Fact]
    public void Escapes_and_editorial_brackets_read_as_readers_see_them()
    {
        var result = Articles.CheckText("---\nid: a\nheadline: H\n---\n\n@source x person name=\"X\"\n\n“If they [US officials] are wise,”{@x} he said \\[not a span\\] and \\{literal\\} \\“not a quote.\nSecond line.\n");
        var document = Parse(ReviewPage.Render(result));
        Assert.Equal("“If they [US officials] are wise,”x he said [not a span] and {literal} “not a quote. Second line.", document.QuerySelector(".article-body p")!.TextContent.Replace("quotation of ", string.Empty));
    }

    [Fact]
    public void Unattributed_unclosed_and_undeclared_quotations_are_marked_with_words_not_only_colour()
    {
        var result = Articles.CheckText("---\nid: a\nheadline: H\n---\n\n@source x person name=\"X\"\n\n“Nobody said this,” a man said. “Nor this”{@nobody} and “this never closes.\n");
        var document = Parse(ReviewPage.Render(result));
        var unattributed = document.QuerySelectorAll(".article .q[data-source=\"\"]");
        Assert.Equal(3, unattributed.Length);
        Assert.All(unattributed, q => Assert.Contains("q-none", q.ClassList));
        Assert.Equal(new[] { "⚠ no source", "⚠ undeclared source nobody", "⚠ no source" }, unattributed.Select(q => q.QuerySelector(".tag")!.TextContent));
        var shown = document.QuerySelectorAll("[data-diagnostic]").Select(e => e.GetAttribute("data-diagnostic")).OrderBy(x => x, StringComparer.Ordinal);
        Assert.Equal(result.Diagnostics.Select(d => d.Id).OrderBy(x => x, StringComparer.Ordinal), shown);
        Assert.Contains("NEWS002", shown);
        Assert.Contains("NEWS007", shown);
    }

    [Fact]
    public void Title_and_term_quotations_stay_plain_and_carry_no_source_hook()
    {
        var result = Articles.CheckText("---\nid: a\nheadline: H\n---\n\nThe film ‘Jaws’{title} is a ‘blockbuster’{term}.\n");
        var document = Parse(ReviewPage.Render(result));
        Assert.Empty(document.QuerySelectorAll(".article [data-source]"));
        Assert.Equal(new[] { "title:‘Jaws’", "term:‘blockbuster’" }, document.QuerySelectorAll(".q-plain").Select(e => e.GetAttribute("data-kind") + ":" + e.TextContent));
    }

    [Fact]
    public void Every_finding_is_shown_once_inline_and_once_in_the_list()
    {
        var result = Articles.Check(Articles.HostileFile);
        var document = Parse(ReviewPage.Render(result));
        var inline = document.QuerySelectorAll("[data-diagnostic]");
        Assert.Equal(result.Diagnostics.Count, inline.Length);
        var links = document.QuerySelectorAll(".findings a[href]").Select(a => a.GetAttribute("href")!.Substring(1)).ToList();
        Assert.Equal(inline.Select(e => e.Id).OrderBy(x => x, StringComparer.Ordinal), links.OrderBy(x => x, StringComparer.Ordinal));
        Assert.Equal(links.Count, links.Distinct().Count());
    }

    [Fact]
    public void Severities_are_those_of_the_options_given()
    {
        var text = Articles.Load(Articles.SeedFile);
        var options = new NewsCheckOptions
        {
            Severities = new Dictionary<string, NewsSeverity?> { ["NEWS106"] = null, ["NEWS005"] = NewsSeverity.Error },
        };
        var document = Parse(ReviewPage.Render(text, options));
        Assert.Empty(document.QuerySelectorAll("[data-diagnostic=\"NEWS106\"]"));
        var news005 = Assert.Single(document.QuerySelectorAll("[data-diagnostic=\"NEWS005\"]"));
        Assert.Equal("error", news005.GetAttribute("data-severity"));
        Assert.Contains("sev-error", news005.ClassList);
        Assert.Contains("1 error", document.QuerySelector(".page-head")!.TextContent);
    }

    [Fact]
    public void Figure_groups_show_who_gives_which_value_and_mark_conflicts()
    {
        var document = Parse(ReviewPage.Render(Articles.Check(Articles.SeedFile)));
        var missiles = document.QuerySelector("table[data-figure-group=\"missiles-fired\"]")!;
        Assert.Equal("false", missiles.GetAttribute("data-consistent"));
        var rows = missiles.QuerySelectorAll("tbody tr").Select(r => string.Join("|", r.Children.Select(c => c.TextContent))).ToList();
        Assert.Equal(
            new[] { "Islamic Revolution Guards Corps|—|36|no value", "Iranian television|15|74|⚠ conflicts", "The Pentagon|>12|80|✓ agrees", "Iraqi military|22|90|⚠ conflicts" },
            rows);
        var casualties = document.QuerySelector("table[data-figure-group=\"casualties\"]")!;
        Assert.Equal(2, casualties.QuerySelectorAll("tr[data-conflict=\"true\"]").Length);
    }

    [Fact]
    public void The_summary_counts_sources_quotations_and_word_shares()
    {
        var result = Articles.Check(Articles.SeedFile);
        var document = Parse(ReviewPage.Render(result));
        Assert.Equal("16 sources declared, 16 cited", document.QuerySelector("[data-count=\"sources\"]")!.TextContent);
        Assert.Equal($"{result.Model.Quotes.Count} quotations: {result.Model.Quotes.Count} attributed, 0 suggested, 0 unattributed", document.QuerySelector("[data-count=\"quotations\"]")!.TextContent);
        var shares = document.QuerySelectorAll(".legend li").Select(li => li.TextContent).ToList();
        Assert.Equal(new[] { "person", "organization", "media", "anonymous", "the article’s own" }, document.QuerySelectorAll(".legend li").Select(li => li.GetAttribute("data-kind")));
        var total = shares.Sum(s => double.Parse(s.Split(' ').Last().TrimEnd('%'), System.Globalization.CultureInfo.InvariantCulture));
        Assert.InRange(total, 99.5, 100.5);
    }

    [Fact]
    public void Landmarks_and_headings_are_there_for_screen_readers()
    {
        var document = Parse(ReviewPage.Render(Articles.Check(Articles.SeedFile)));
        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
        Assert.Single(document.QuerySelectorAll("main"));
        Assert.Single(document.QuerySelectorAll("aside[aria-label]"));
        Assert.Single(document.QuerySelectorAll("nav[aria-label=\"Findings\"]"));
        Assert.Single(document.QuerySelectorAll("h1"));
        Assert.All(document.QuerySelectorAll("section[aria-labelledby]"), s => Assert.NotNull(document.GetElementById(s.GetAttribute("aria-labelledby")!)));
        Assert.All(document.QuerySelectorAll("button"), b => Assert.Equal("false", b.GetAttribute("aria-pressed")));
    }

    /// <summary>The text of a quotation part as the reader sees it: marks and badges off, hidden-character codes back to characters.</summary>
    private static string ReaderText(IElement part)
    {
        var clone = (IElement)part.Clone(deep: true);
        foreach (var tag in clone.QuerySelectorAll(".tag, .finding").ToList())
        {
            tag.Remove();
        }

        var text = clone.TextContent.Trim();
        var marks = "“”‘’\"'";
        if (text.Length > 0 && marks.Contains(text[0]))
        {
            text = text.Substring(1);
        }

        if (text.Length > 0 && marks.Contains(text[^1]))
        {
            text = text.Substring(0, text.Length - 1);
        }

        return text.Trim();
    }
}
