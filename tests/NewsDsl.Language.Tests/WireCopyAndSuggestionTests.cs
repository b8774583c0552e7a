using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;
using Xunit;

namespace NewsDsl.Language.Tests;

/// <summary>Wire-copy marks, plain published dates and suggested tags (contract 8.1, 8.2) as the model and syntax show them.</summary>
public sealed class WireCopyAndSuggestionTests
{
    private const string FrontMatter = "---\nid: a\nheadline: h\n---\n@source z person name=\"Mohammad Javad Zarif\"\n\n";

    private static NewsCheckResult Check(string body) => NewsChecker.Check(NewsText.From(FrontMatter + body, "a.news"));

    [Theory]
    [InlineData("''We took measures,''{@z} he said.\n", "''", "''")]
    [InlineData("``We took measures,''{@z} he said.\n", "``", "''")]
    public void Wire_marks_are_two_characters_wide_and_not_part_of_the_text(string body, string opening, string closing)
    {
        var result = Check(body);
        var text = result.Syntax.Text;

        var quote = Assert.Single(result.Model.Quotes);
        Assert.Equal("We took measures,", quote.Text);
        Assert.Equal(opening, text.ToString(quote.OpeningMark));
        Assert.Equal(closing, text.ToString(quote.LastPart.ClosingMark!.Value));
        Assert.Equal(QuotationMarkFamily.Double, quote.Family);
        Assert.Equal("z", quote.Source?.Id);
    }

    [Fact]
    public void A_nested_wire_quotation_keeps_its_marks_in_the_outer_text()
    {
        var result = Check("“He called it ''madness'' twice,”{@z} she said.\n");

        Assert.Equal("He called it ''madness'' twice,", Assert.Single(result.Model.Quotes).Text);
    }

    [Fact]
    public void A_plain_published_date_is_midnight_utc_of_that_day()
    {
        var result = NewsChecker.Check(NewsText.From("---\nid: a\nheadline: h\npublished: 2026-11-20\n---\n", "a.news"));

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "NEWS004");
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero), result.Model.Metadata.Published);
    }

    [Fact]
    public void A_suggested_tag_keeps_its_id_and_points_at_the_question_mark()
    {
        const string Body = "“We took measures,”{@z? cue=\"said\"} he said.\n";
        var result = Check(Body);
        var text = result.Syntax.Text;

        var quote = Assert.Single(result.Model.Quotes);
        var tag = quote.Tag!;
        Assert.True(tag.IsSuggested);
        Assert.Equal("z", tag.SourceId);
        Assert.Equal("z", text.ToString(tag.SourceIdSpan));
        Assert.Equal("?", text.ToString(tag.SuggestionMark!.Value));
        Assert.Equal("said", quote.Cue);
        Assert.True(quote.IsSuggested);
        Assert.Equal("z", quote.Source?.Id);

        var news108 = Assert.Single(result.Diagnostics, d => d.Id == "NEWS108");
        Assert.Equal(tag.SuggestionMark.Value, news108.Span);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "NEWS001" or "NEWS003" or "NEWS004");
    }

    [Fact]
    public void A_quotation_nested_in_a_suggested_one_is_suggested_and_one_in_a_confirmed_span_is_not()
    {
        var result = Check("“He called it ‘madness’,”{@z?} she said, and [he said “no”]{@z}.\n");

        Assert.True(Assert.Single(result.Model.Quotations, q => q.Text == "madness").IsSuggested);
        Assert.False(Assert.Single(result.Model.Quotations, q => q.Text == "no").IsSuggested);
        Assert.False(Assert.Single(result.Model.Claims).IsSuggested);
    }

    [Theory]
    [InlineData("{@?}")]
    [InlineData("{@z??}")]
    public void A_question_mark_without_a_valid_id_before_it_is_a_syntax_error(string tag)
    {
        var result = Check("“We took measures,”" + tag + " he said.\n");

        Assert.Contains(result.Diagnostics, d => d.Id == "NEWS004");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "NEWS108");
    }
}
