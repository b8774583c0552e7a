using NewsDsl.Language.Semantics;
using NewsDsl.Language.Text;
using Xunit;

namespace NewsDsl.Language.Tests;

/// <summary>A language server reads one model from several threads: every lazy part must give every thread the same answer.</summary>
public sealed class ConcurrencyTests
{
    /// <summary>Everything a tool reads from a model, lazy caches included, as one comparable text.</summary>
    private static string ReadEverything(ArticleModel model)
    {
        var lines = new List<string>();
        foreach (var quotation in model.Quotations)
        {
            lines.Add($"{quotation.Start} {quotation.Kind} {quotation.Source?.Id} {quotation.IsSuggested} {quotation.Parts.Count} {quotation.Text}");
            foreach (var part in quotation.Parts)
            {
                lines.Add(ReferenceEquals(model.FindQuotation(part), quotation) ? "found" : "LOST");
            }
        }

        foreach (var claim in model.Claims)
        {
            lines.Add($"{claim.Start} {claim.Source?.Id} {claim.Text}");
        }

        foreach (var source in model.Sources)
        {
            lines.Add($"{source.Id} cited={model.IsCited(source)} refs={model.FindReferences(source.Id).References.Count}");
        }

        lines.Add(string.Join(",", model.CitedSources.Select(s => s.Id)));
        foreach (var group in model.Figures)
        {
            lines.Add($"{group.About} {group.IsConsistent} {string.Join("|", group.Figures.Select(f => f.Text))}");
        }

        for (var offset = 0; offset < model.Text.Length; offset += 97)
        {
            lines.Add(model.Text.GetLinePosition(offset).ToString());
        }

        return string.Join("\n", lines);
    }

    [Fact]
    public void One_model_read_from_many_threads_at_once_gives_each_the_single_threaded_answer()
    {
        // Two articles' worth of the sample, so that quotations run over paragraphs and the caches have work to do.
        var content = SeedText.Sample;
        var expected = ReadEverything(NewsChecker.Bind(NewsText.From(content, "a.news")));
        Assert.Contains("found", expected, StringComparison.Ordinal);

        const int Threads = 8;
        for (var round = 0; round < 20; round++)
        {
            // A fresh text and model each round: every cache starts empty and the threads race to fill it.
            var model = NewsChecker.Bind(NewsText.From(content, "a.news"));
            using var start = new Barrier(Threads);
            var results = new string[Threads];
            var workers = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
            {
                start.SignalAndWait();
                results[t] = ReadEverything(model);
            })).ToList();
            workers.ForEach(w => w.Start());
            workers.ForEach(w => w.Join());

            Assert.All(results, r => Assert.Equal(expected, r));
        }
    }

    [Fact]
    public void One_text_checked_from_many_threads_at_once_gives_the_same_findings()
    {
        var text = NewsText.From(SeedText.Sample, "a.news");
        var expected = string.Join("\n", NewsChecker.Check(NewsText.From(SeedText.Sample, "a.news")).Diagnostics);

        var results = new string[8];
        Parallel.For(0, results.Length, i => results[i] = string.Join("\n", NewsChecker.Check(text).Diagnostics));

        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
