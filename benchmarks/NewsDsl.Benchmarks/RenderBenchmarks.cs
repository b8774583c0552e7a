using System.IO;
using System.Text;
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
    private MemoryStream _file = null!;
    private StreamWriter _writer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = NewsText.From(Inputs.Seed, "press-tv-264060-iran-strikes-back.news");
        _checked = NewsChecker.Check(_text);

        // The page goes where 'newsdsl render -o' sends it: through a UTF-8 writer (here into memory, not a disk).
        _file = new MemoryStream(1 << 17);
        _writer = new StreamWriter(_file, new UTF8Encoding(false), 65536);
    }

    [Benchmark(Baseline = true, Description = "Check (the peer)")]
    public int Check() => NewsChecker.Check(_text).Diagnostics.Count;

    [Benchmark(Description = "Render (check + page)")]
    public long CheckAndRender() => WritePage(NewsChecker.Check(_text));

    [Benchmark(Description = "Page only (already checked)")]
    public long PageOnly() => WritePage(_checked);

    [Benchmark(Description = "JSON-LD only")]
    public int JsonLdOnly() => SchemaOrg.ToJson(_checked.Model, indented: false).Length;

    private long WritePage(NewsCheckResult result)
    {
        _file.Position = 0;
        ReviewPage.Write(result, _writer);
        _writer.Flush();
        return _file.Position;
    }
}
