using NewsDsl.Language;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Text;
using Xunit;
using Xunit.Abstractions;

namespace NewsDsl.Import.Tests;

/// <summary>The issue's acceptance test: the seed's raw text imported and compared with the hand-made markup in samples/.</summary>
public sealed class SeedImportTests
{
    private readonly ITestOutputHelper _output;

    public SeedImportTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Importing_the_raw_seed_gets_at_least_26_of_its_28_speakers_right_and_none_wrong()
    {
        var raw = File.ReadAllText(RepositoryPaths.TestData("Seed", "press-tv-264060-iran-strikes-back.txt"));
        var draft = ArticleImporter.Import(raw, ImportFormat.PlainText).Draft;
        var gold = NewsChecker.Bind(NewsText.From(File.ReadAllText(RepositoryPaths.Samples("press-tv-264060-iran-strikes-back.news"))));
        var imported = NewsChecker.Bind(NewsText.From(draft));

        var goldQuotes = gold.Quotes;
        var draftQuotes = imported.Quotations.Where(q => q.Parent is null).ToList();
        Assert.Equal(28, goldQuotes.Count);

        int right = 0, wrong = 0, none = 0;
        var cursor = 0;
        foreach (var expected in goldQuotes)
        {
            // The draft has the same quotations in the same order; a few of the gold ones sit in spans the draft lacks.
            var index = draftQuotes.FindIndex(cursor, q => q.Text == expected.Text);
            Assert.True(index >= 0, "quotation missing from the draft: " + expected.Text);
            cursor = index + 1;
            var actual = draftQuotes[index];
            var suggested = actual.Source;
            Assert.True(suggested is null || actual.IsSuggested, "every tag the importer writes awaits confirmation");
            var verdict = suggested is null ? "none" : SpeakerForms.Same(suggested, expected.Source!) ? "right" : "wrong";
            _output.WriteLine($"{verdict,-5} line {actual.Start.Line + 1}: gold {expected.Source?.Id}, draft {suggested?.Id ?? "-"} “{Shorten(expected.Text)}”");
            switch (verdict)
            {
                case "right": right++; break;
                case "wrong": wrong++; break;
                default: none++; break;
            }
        }

        _output.WriteLine($"seed: {right} right, {wrong} wrong, {none} none of {goldQuotes.Count}");
        _output.WriteLine(draft);
        Assert.Equal(0, wrong);
        Assert.True(right >= 26, $"{right} right");
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
