using NewsDsl.Language.Text;
using Xunit;

namespace NewsDsl.Language.Tests;

/// <summary>
/// Issue 16 §1: a finding's range covers what it is about, so an editor's squiggle is visible; its start (the
/// position every output prints) stays where the contract puts it.
/// </summary>
public sealed class DiagnosticRangeTests
{
    private const string FrontMatter = "---\nid: a\nheadline: h\n---\n\n";

    [Fact]
    public void NEWS001_covers_the_whole_quotation_and_starts_at_its_opening_mark()
    {
        const string Quote = "“Iran took proportionate measures,”";
        var text = FrontMatter + "He said " + Quote + " on Twitter.\n";
        var result = NewsChecker.Check(NewsText.From(text, "a.news"));

        var finding = Assert.Single(result.Diagnostics, d => d.Id == "NEWS001");
        Assert.Equal(text.IndexOf('“'), finding.Span.Start);
        Assert.Equal(Quote, text.Substring(finding.Span.Start, finding.Span.Length));
        Assert.Equal(new LinePosition(5, 8), finding.Start);
        Assert.Equal(new LinePosition(5, 8 + Quote.Length), finding.End);
        Assert.Equal("a.news(6,9): warning NEWS001", finding.ToString().Substring(0, "a.news(6,9): warning NEWS001".Length));
    }

    [Fact]
    public void NEWS001_of_a_quotation_of_several_paragraphs_ends_at_its_last_closing_mark()
    {
        var text = FrontMatter + "“The first paragraph goes on.\n\n“And ends here,” he said.\n";
        var result = NewsChecker.Check(NewsText.From(text, "a.news"));

        var finding = Assert.Single(result.Diagnostics, d => d.Id == "NEWS001");
        Assert.Equal(new LinePosition(5, 0), finding.Start);
        Assert.Equal(new LinePosition(7, "“And ends here,”".Length), finding.End);
    }
}
