using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using NewsDsl.Import;
using NewsDsl.Language;
using NewsDsl.Language.Text;

namespace NewsDsl.Benchmarks;

/// <summary>
/// Issue 15 section 5, third bullet: an HTML page of lists nested <see cref="Depth"/> deep (each level one
/// item with a short quotation) imported, against <c>NewsChecker.Check</c> of an article with the same
/// items as paragraphs. Linear means the ratio stays flat as the depth doubles.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ImportNestingBenchmarks
{
    private string _html = string.Empty;
    private string _article = string.Empty;

    [Params(5_000, 10_000, 20_000)]
    public int Depth { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _html = ImportNestingInputs.NestedLists(Depth);
        var article = new StringBuilder("---\nid: deep\nheadline: Deep\n---\n");
        for (var i = 0; i < Depth; i++)
        {
            article.Append("\nitem").Append(i).Append(" “x,” he said\n");
        }

        _article = article.ToString();
    }

    [Benchmark(Baseline = true, Description = "NewsChecker.Check of the items as paragraphs")]
    public object Check() => NewsChecker.Check(NewsText.From(_article, "deep.news"));

    [Benchmark(Description = "ArticleImporter.Import of the nested lists (HTML)")]
    public object Import() => ArticleImporter.Import(_html, ImportFormat.Html);
}
