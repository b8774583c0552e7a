using System.Text.Json;
using AngleSharp.Html.Parser;

namespace NewsDsl.Render.Tests;

/// <summary>Contract 8.2 (suggested attributions) and 8.1 (wire copy) on the page and in the JSON-LD.</summary>
public class SuggestedAndWireCopyTests
{
    private const string Article =
        "---\nid: a\nheadline: H\n---\n\n@source x person name=\"X\" title=\"Minister\"\n@source y organization name=\"Y\"\n\n"
        + "“We will,”{@x? cue=\"said\"} he said, and “we won’t”{@x} she said, while [Y agreed]{@y?} and ``wire copy''{@y}.\n";

    [Fact]
    public void Suggested_quotations_and_claims_are_marked_dashed_and_counted()
    {
        var result = Articles.CheckText(Article);
        var document = new HtmlParser().ParseDocument(ReviewPage.Render(result));
        var suggested = document.QuerySelectorAll(".article [data-suggested=\"true\"]");
        Assert.Equal(new[] { "x", "y" }, suggested.Select(e => e.GetAttribute("data-source")));
        Assert.Equal("x?", suggested[0].QuerySelector(".tag")!.ChildNodes.Where(n => n is AngleSharp.Dom.IText).Select(n => n.TextContent).Single());
        Assert.Contains("not yet confirmed", suggested[0].QuerySelector(".tag")!.TextContent, StringComparison.Ordinal);
        Assert.Null(document.QuerySelectorAll(".article .q")[1].GetAttribute("data-suggested"));
        Assert.Equal("3 quotations: 2 attributed, 1 suggested, 0 unattributed", document.QuerySelector("[data-count=\"quotations\"]")!.TextContent);
        Assert.Contains(document.QuerySelectorAll("[data-diagnostic]"), e => e.GetAttribute("data-diagnostic") == "NEWS108");
    }

    [Fact]
    public void Suggested_attributions_are_not_published_as_fact_in_json_ld()
    {
        var result = Articles.CheckText(Article);
        using var json = JsonDocument.Parse(SchemaOrg.ToJson(result.Model));
        var parts = json.RootElement.GetProperty("hasPart").EnumerateArray().ToList();
        var suggested = parts.Single(p => p.GetProperty("text").GetString() == "We will,");
        Assert.False(suggested.TryGetProperty("spokenByCharacter", out _));
        Assert.Equal("attribution unconfirmed", suggested.GetProperty("creativeWorkStatus").GetString());
        Assert.True(parts.Single(p => p.GetProperty("text").GetString() == "we won’t").TryGetProperty("spokenByCharacter", out _));
        Assert.DoesNotContain(parts, p => p.GetProperty("@type").GetString() == "Claim"); // the only claim is suggested
    }

    [Fact]
    public void Wire_copy_marks_read_as_double_quotation_marks()
    {
        var result = Articles.CheckText(Article);
        var document = new HtmlParser().ParseDocument(ReviewPage.Render(result));
        var wire = document.QuerySelectorAll(".article .q").Last();
        Assert.Equal("y", wire.GetAttribute("data-source"));
        Assert.StartsWith("\"wire copy\"", wire.TextContent, StringComparison.Ordinal);
    }
}
