using NewsDsl.Language;
using NewsDsl.Language.Fixes;
using NewsDsl.Language.Text;
using Xunit;

namespace NewsDsl.Import.Tests;

/// <summary>The NEWS001 fixes ask the same engine: its answer first, with the evidence in the title; and "suggest all".</summary>
public sealed class AttributionFixTests
{
    private const string Article = "---\nid: t\nheadline: T\n---\n\n"
        + "@source zarif person name=\"Mohammad Javad Zarif\" aka=\"Zarif\"\n"
        + "@source rouhani person name=\"Hassan Rouhani\" aka=\"Rouhani\"\n\n"
        + "“We are ready,” Rouhani said, standing next to Zarif.\n\n"
        + "“We will not retreat,” he said.\n\n"
        + "Prices were “sticky” all year.\n";

    [Fact]
    public void Attribute_to_puts_the_engines_speaker_first_with_its_cue_and_line()
    {
        var result = NewsChecker.Check(NewsText.From(Article));
        var second = result.Diagnostics.Where(d => d.Id == "NEWS001").ElementAt(1);
        var fixes = NewsFixes.GetFixes(result, second);
        Assert.Equal("Attribute to Hassan Rouhani (“he said”, line 11)", fixes[0].Title);
        Assert.Equal("{@rouhani}", fixes[0].Edits.Single().NewText);
        Assert.Contains(fixes, f => f.Title.Contains("{@zarif}", StringComparison.Ordinal));
    }

    [Fact]
    public void Suggest_all_inserts_a_suggested_tag_for_every_confident_answer_and_no_other()
    {
        var result = NewsChecker.Check(NewsText.From(Article));
        var fix = NewsFixes.GetFixes(result, result.Diagnostics.First(d => d.Id == "NEWS001")).Single(f => f.EquivalenceKey == "NEWS001.suggest-all");
        Assert.False(fix.IsSafe);
        Assert.Equal("Suggest all attributions (2)", fix.Title);
        var fixedText = NewsTextEdits.Apply(Article, fix.Edits);
        var after = NewsChecker.Check(NewsText.From(fixedText));
        Assert.Equal(new[] { "rouhani", "rouhani" }, after.Model.Quotations.Where(q => q.IsSuggested).Select(q => q.Source!.Id).ToArray());
        Assert.Single(after.Diagnostics, d => d.Id == "NEWS001");
    }
}
