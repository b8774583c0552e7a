using NewsDsl.Language.Semantics;
using NewsDsl.Language.Text;
using Xunit;

namespace NewsDsl.Language.Tests;

/// <summary>Attribution rules of the binder that the conformance files (which list only Quotes) cannot show.</summary>
public sealed class BinderTests
{
    private const string FrontMatter = "---\nid: a\nheadline: h\n---\n@source k person name=\"Ayatollah Seyyed Ali Khamenei\"\n@source z person name=\"Mohammad Javad Zarif\"\n";

    private static ArticleModel Bind(string body) => NewsChecker.Bind(NewsText.From(FrontMatter + body, "a.news"));

    [Fact]
    public void A_quotation_inside_a_span_inside_an_untagged_quotation_takes_the_span_source()
    {
        var model = Bind("“He said [the US “must leave” now]{@k} and more,” a reporter wrote.\n");

        var inner = Assert.Single(model.Quotations, q => q.Text == "must leave");
        Assert.Equal(AttributionKind.Inherited, inner.Attribution);
        Assert.Equal("k", inner.Source?.Id);
    }

    [Fact]
    public void A_quotation_inside_a_tagged_quotation_inside_a_span_takes_the_quotation_source()
    {
        var model = Bind("[Officials said “he called it ‘madness’”{@z} yesterday]{@k}.\n");

        var inner = Assert.Single(model.Quotations, q => q.Text == "madness");
        Assert.Equal("z", inner.Source?.Id);
    }

    [Fact]
    public void A_quotation_continues_into_a_paragraph_that_opens_with_any_opening_mark()
    {
        var model = Bind("“We are warning all American allies.\n\n‘Any territory will be targeted.’{@k}\n");

        var quote = Assert.Single(model.Quotes);
        Assert.Equal(2, quote.Parts.Count);
        Assert.Equal("We are warning all American allies.\nAny territory will be targeted.", quote.Text);
        Assert.Equal("k", quote.Source?.Id);
        Assert.True(quote.IsTerminated);
    }

    [Fact]
    public void Texts_are_rendered_once_with_escapes_undone_and_soft_breaks_as_spaces()
    {
        var model = Bind("“Iran took \\[and\\] concluded\nproportionate measures,”{@z} Zarif said.\n");

        var quote = Assert.Single(model.Quotes);
        Assert.Same(quote.Text, quote.Text);
        Assert.Equal("Iran took [and] concluded proportionate measures,", quote.Text);
        Assert.Equal(QuotationKind.FullSentence, quote.Kind);
    }

    [Fact]
    public void Empty_headline_and_id_are_missing_ones_NEWS008_not_syntax_errors()
    {
        var result = NewsChecker.Check(NewsText.From("---\nid:\nheadline:   \n---\nText.\n", "a.news"));

        Assert.Equal(new[] { "NEWS008", "NEWS008" }, result.Diagnostics.Select(d => d.Id));
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("'id'", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("'headline'", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_known_front_matter_key_reaches_the_metadata_and_unknown_keys_are_kept()
    {
        var path = RepositoryPaths.TestData("Conformance", "front-matter", "all-known-keys.news");
        var metadata = NewsChecker.Bind(NewsText.From(File.ReadAllText(path), "all-known-keys.news")).Metadata;

        Assert.Equal("iran-strikes-back", metadata.Id);
        Assert.Equal("Iran strikes back at US with missile attack at bases in Iraq", metadata.Headline);
        Assert.Equal(new DateTimeOffset(2020, 1, 8, 5, 55, 0, TimeSpan.Zero), metadata.Published);
        Assert.Equal("Press TV staff", metadata.Byline);
        Assert.Equal("Political Desk", metadata.Desk);
        Assert.Equal("Trump threatens additional sanctions, calls for cooperation with Iran", metadata.Deck);
        Assert.Equal("Tehran", metadata.Dateline);
        Assert.Equal(new[] { "AFP", "AP", "Reuters", "Press TV" }, metadata.Contributors);

        var unknown = NewsChecker.Bind(NewsText.From("---\nid: a\nheadline: h\nsection: World\n---\n", "a.news")).Metadata;
        Assert.Contains(new KeyValuePair<string, string>("section", "World"), unknown.Entries);
    }
}
