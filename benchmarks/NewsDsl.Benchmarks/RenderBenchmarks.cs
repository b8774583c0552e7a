using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using NewsDsl.Language;
using NewsDsl.Language.Text;
using NewsDsl.Render;

namespace NewsDsl.Benchmarks;

/// <summary>
/// The review page of the seed article beside checking it, in the same run. Baseline: Check alone.
/// Target (issue 12): rendering, check included, takes well under twice the check, so the
/// "Render (check + page)" row's ratio must stay well under 2.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 8)]
public class RenderBenchmarks
{
    private NewsText _text = null!;
    private NewsCheckResult _checked = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = NewsText.From(Inputs.Seed, "press-tv-264060-iran-strikes-back.news");
        _checked = NewsChecker.Check(_text);
    }

    [Benchmark(Baseline = true, Description = "Check (the peer)")]
    public int Check() => NewsChecker.Check(_text).Diagnostics.Count;

    [Benchmark(Description = "Render (check + page)")]
    public int CheckAndRender() => ReviewPage.Render(_text).Length;

    [Benchmark(Description = "Page only (already checked)")]
    public int PageOnly() => ReviewPage.Render(_checked).Length;

    [Benchmark(Description = "JSON-LD only")]
    public int JsonLdOnly() => SchemaOrg.ToJson(_checked.Model, indented: false).Length;
}
