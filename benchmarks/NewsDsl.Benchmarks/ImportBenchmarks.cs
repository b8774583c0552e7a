using System;
using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using NewsDsl.Import;
using NewsDsl.Language;
using NewsDsl.Language.Text;

namespace NewsDsl.Benchmarks;

/// <summary>
/// Issue 11's speed target: importing about 1 MB of plain prose (the seed's raw text, its paragraphs
/// repeated) costs at most 2× <c>NewsChecker.Check</c> of the same paragraphs as a .news article
/// (the baseline). The import row parses, runs the speaker engine, declares speakers and tags.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 2, iterationCount: 6)]
public class ImportBenchmarks
{
    private string _plain = string.Empty;
    private string _article = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var raw = File.ReadAllText(ImportInputs.RawSeedPath()).Replace("\r\n", "\n");
        var body = raw.Substring(raw.IndexOf("\n\n", StringComparison.Ordinal) + 2);
        var plain = new StringBuilder(Inputs.LargeArticleChars + raw.Length);
        plain.Append("Iran strikes back at US with missile attack at bases in Iraq\n\n");
        while (plain.Length < Inputs.LargeArticleChars)
        {
            plain.Append(body).Append("\n\n");
        }

        _plain = plain.ToString();

        // The same paragraphs under a front matter: what Check reads when the draft exists.
        _article = "---\nid: iran-strikes-back\nheadline: Iran strikes back\n---\n\n" + _plain.Replace("[", "\\[").Replace("]", "\\]");
        var result = ArticleImporter.Import(_plain, ImportFormat.PlainText);
        Console.WriteLine($"// import input: {_plain.Length:N0} chars; draft: {result.Draft.Length:N0} chars, {result.Quotations} quotations, {result.Suggested} tagged, {result.Sources} sources");
    }

    [Benchmark(Baseline = true, Description = "NewsChecker.Check of the same prose")]
    public object Check() => NewsChecker.Check(NewsText.From(_article, "large.news"));

    [Benchmark(Description = "ArticleImporter.Import (plain text)")]
    public object Import() => ArticleImporter.Import(_plain, ImportFormat.PlainText);
}
