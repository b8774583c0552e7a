using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsDsl.Render.Tests;

/// <summary>
/// A finding's additional locations (NEWS006's first declaration, NEWS106's other figure) are links from the
/// finding to an anchor at that place of the page, taken from <c>NewsDiagnostic.AdditionalLocations</c>; the
/// article text in their messages (a figure's value) stays text.
/// </summary>
public sealed class RelatedLocationTests
{
    private const string Article = """
        ---
        id: related
        headline: Related places
        ---

        @source tv org name="TV"
        @source ap org name="AP"
        @source tv org name="TV again"

        [Eighty were killed]{@tv about="deaths" value="<b>80</b>"}, TV said.

        [Ninety were killed]{@ap about="deaths" value="<b>90</b>"}, AP said.

        """;

    [Theory]
    [InlineData("NEWS006", "section.sources-panel")]
    [InlineData("NEWS106", "article")]
    public void The_finding_and_its_list_entry_link_to_an_anchor_at_the_related_place(string id, string anchorIn)
    {
        var result = Articles.CheckText(Article);
        var finding = Assert.Single(result.Diagnostics, d => d.Id == id);
        var related = Assert.Single(finding.AdditionalLocations);
        var document = new HtmlParser().ParseDocument(ReviewPage.Render(result));

        var element = Assert.Single(document.QuerySelectorAll($"[data-diagnostic='{id}']"));
        var links = document.QuerySelectorAll($"a[data-related-link='{id}']");
        Assert.Equal(2, links.Length); // the finding in the page and its entry in the findings list
        var target = links[0].GetAttribute("href")!;
        Assert.All(links, l => Assert.Equal(target, l.GetAttribute("href")));
        Assert.Equal($"#{element.Id}-related-1", target);
        Assert.Equal($"line {related.Start.Line + 1}, column {related.Start.Character + 1}", links[0].TextContent);

        var anchor = Assert.Single(document.QuerySelectorAll(target));
        Assert.Equal(string.Empty, anchor.TextContent);
        Assert.NotNull(anchor.Closest(anchorIn));
        Assert.Contains(related.Message, element.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_related_message_quoting_article_text_stays_text()
    {
        var result = Articles.CheckText(Article);
        var document = new HtmlParser().ParseDocument(ReviewPage.Render(result));

        Assert.Empty(document.QuerySelectorAll("b"));
        var news106 = Assert.Single(document.QuerySelectorAll("[data-diagnostic='NEWS106']"));
        Assert.Contains("<b>80</b>", news106.TextContent, StringComparison.Ordinal);
    }
}
