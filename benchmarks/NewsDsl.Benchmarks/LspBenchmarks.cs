using System;
using System.Runtime;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using NewsDsl.Language;
using NewsDsl.Language.Text;

namespace NewsDsl.Benchmarks;

/// <summary>
/// The language server's latency as a writer feels it (issue 10 §4): from sending a <c>didChange</c> to
/// receiving the <c>publishDiagnostics</c> of that version, and a completion round trip, for the seed
/// and the 1 MB article. 500 single-edit iterations each; the P95 column is the target's measure
/// (p95 ≤ 10 ms for the seed). The peer, side by side: <see cref="NewsChecker.Check"/> alone on the
/// same edited text, the least work any server must do per edit; the ratio is the server's overhead.
/// In process (in-memory pipes, through the frame guard, StreamJsonRpc and the whole server).
/// Run: <c>dotnet run -c Release --project benchmarks/NewsDsl.Benchmarks -- --filter *LspBenchmarks*</c>.
/// </summary>
[Config(typeof(LspBenchmarks.Settings))]
public class LspBenchmarks
{
    private LspBenchmarkClient _client = null!;
    private string _uri = string.Empty;
    private string _text = string.Empty;
    private int _version;
    private int _calls;
    private int _published;
    private int _editOffsetLine;
    private (int Line, int Character) _completionAt;

    private GCLatencyMode _latencyBefore;
    private (int Gen0, int Gen1, int Gen2, TimeSpan Pause, long Allocated, int Edits) _gcAtStart;

    [Params("seed", "1MB")]
    public string Article { get; set; } = "seed";

    /// <summary>
    /// The collector's latency mode while serving: the runtime's default (<c>Interactive</c>: concurrent
    /// workstation GC) or <c>SustainedLowLatency</c> (no blocking full collections while it lasts), which
    /// <c>newsdsl lsp</c> could set for its whole process; side by side in one run.
    /// </summary>
    /// <remarks>
    /// Both in one run share its load but not its order: the first benchmark of a process also pays for the JIT's
    /// tiering, and the load drifts. <c>NEWSDSL_BENCH_GC=Interactive</c> (or <c>SustainedLowLatency</c>) runs one
    /// mode only, so that rounds of separate processes, alternated, compare like with like.
    /// </remarks>
    [ParamsSource(nameof(GcModes))]
    public string Gc { get; set; } = "Interactive";

    public static string[] GcModes() => Environment.GetEnvironmentVariable("NEWSDSL_BENCH_GC") is { Length: > 0 } only
        ? new[] { only }
        : new[] { "Interactive", "SustainedLowLatency" };

    [GlobalSetup]
    public void Setup()
    {
        var body = Article == "seed" ? Inputs.Seed : Inputs.LargeArticle();

        // A line to type on (the seed's first prose line after the declarations), and a '{@' to complete at, at the end.
        _text = body.TrimEnd('\n') + "\n\n“Words,”{@\n";
        var lines = _text.Split('\n');
        _editOffsetLine = Array.FindIndex(lines, l => l.StartsWith("Iran struck back", StringComparison.Ordinal));
        _completionAt = (lines.Length - 2, "“Words,”{@".Length);
        _uri = "file:///bench/" + Article + ".news";
        _client = LspBenchmarkClient.StartInProcess();
        _client.InitializeAsync(null).GetAwaiter().GetResult();
        var first = _client.ExpectPublish(1);
        _client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = _uri, languageId = "news", version = 1, text = _text } }).GetAwaiter().GetResult();
        first.GetAwaiter().GetResult();
        _version = 1;
        _latencyBefore = GCSettings.LatencyMode;
        GCSettings.LatencyMode = Enum.Parse<GCLatencyMode>(Gc);
        _gcAtStart = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes(), _calls);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        // Collections and pauses over the whole run (warm-up and measured iterations), per edit: what the
        // P95 is made of. Counted across threads, as the server's work runs on thread-pool threads.
        var edits = Math.Max(1, _calls - _gcAtStart.Edits);
        Console.WriteLine(FormattableString.Invariant(
            $"// GC {Article} {Gc}: {edits} calls, {_published} diagnostics published; gen0 {GC.CollectionCount(0) - _gcAtStart.Gen0}, gen1 {GC.CollectionCount(1) - _gcAtStart.Gen1}, gen2 {GC.CollectionCount(2) - _gcAtStart.Gen2}; pause {(GC.GetTotalPauseDuration() - _gcAtStart.Pause).TotalMilliseconds:F1} ms in all; {(GC.GetTotalAllocatedBytes() - _gcAtStart.Allocated) / edits / 1024.0:F0} KB allocated per call"));
        GCSettings.LatencyMode = _latencyBefore;
        _client.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    /// <summary>The peer: checking the article once, as the server must after each keystroke.</summary>
    [Benchmark(Baseline = true)]
    public int CheckAlone() => ++_calls > 0 ? NewsChecker.Check(NewsText.From(_text, "bench.news")).Diagnostics.Count : 0;

    /// <summary>One keystroke: type or delete one letter on a prose line, wait for that version's diagnostics.</summary>
    [Benchmark]
    public int DidChangeToPublishDiagnostics()
    {
        _calls++;
        var version = ++_version;
        var typing = version % 2 == 0;
        var published = _client.ExpectPublish(version);
        var range = typing
            ? new { start = new { line = _editOffsetLine, character = 5 }, end = new { line = _editOffsetLine, character = 5 } }
            : new { start = new { line = _editOffsetLine, character = 5 }, end = new { line = _editOffsetLine, character = 6 } };
        _client.NotifyAsync("textDocument/didChange", new
        {
            textDocument = new { uri = _uri, version },
            contentChanges = new[] { new { range, text = typing ? "x" : string.Empty } },
        }).GetAwaiter().GetResult();
        return _published = published.GetAwaiter().GetResult();
    }

    /// <summary>
    /// For an external profiler (perf with <c>DOTNET_PerfMapEnabled=1</c>) and a quick look without BenchmarkDotNet:
    /// <paramref name="count"/> keystrokes through the in-process server, as <see cref="DidChangeToPublishDiagnostics"/>
    /// makes them; prints the median and P95 wall time, allocation per keystroke and the collections.
    /// <c>-- --keystrokes 1MB 2000</c>.
    /// </summary>
    public static void Keystrokes(string article, int count)
    {
        var bench = new LspBenchmarks { Article = article };
        bench.Setup();
        for (var i = 0; i < 50; i++)
        {
            bench.DidChangeToPublishDiagnostics();
        }

        var times = new double[count];
        var process = System.Diagnostics.Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var gcs = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());
        for (var i = 0; i < count; i++)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            bench.DidChangeToPublishDiagnostics();
            times[i] = clock.Elapsed.TotalMilliseconds;
        }

        // CPU of every thread of the process (server, client, collector) per keystroke: steadier than the wall clock on a shared machine.
        process.Refresh();
        var cpuPerKeystroke = (process.TotalProcessorTime - cpu).TotalMilliseconds / count;
        Array.Sort(times);
        Console.WriteLine(FormattableString.Invariant(
            $"{article}: {count} keystrokes: median {times[count / 2]:F2} ms, P95 {times[(int)(count * 0.95)]:F2} ms; CPU {cpuPerKeystroke:F2} ms per keystroke (all threads); {(GC.GetTotalAllocatedBytes() - gcs.Item5) / count / 1024.0:F0} KB per keystroke; gen0 {GC.CollectionCount(0) - gcs.Item1}, gen1 {GC.CollectionCount(1) - gcs.Item2}, gen2 {GC.CollectionCount(2) - gcs.Item3}; pause {(GC.GetTotalPauseDuration() - gcs.Item4).TotalMilliseconds:F0} ms"));
        bench.Cleanup();
    }

    /// <summary>Completion of source ids after <c>{@</c>.</summary>
    [Benchmark]
    public int Completion()
    {
        var result = _client.RequestAsync("textDocument/completion", new { textDocument = new { uri = _uri }, position = new { line = _completionAt.Line, character = _completionAt.Character } }).GetAwaiter().GetResult();
        return result.GetProperty("items").GetArrayLength();
    }

    public sealed class Settings : ManualConfig
    {
        public Settings()
        {
            AddJob(Job.Default
                .WithToolchain(InProcessEmitToolchain.Instance)
                .WithStrategy(RunStrategy.Monitoring)
                .WithWarmupCount(20)
                .WithIterationCount(500)
                .WithInvocationCount(1)
                .WithUnrollFactor(1)
                // No forced full collection after each iteration: a server never gets one, and the forced ones
                // would hide (and outnumber) the collections its own allocation causes, which are the P95's cause.
                .WithGcForce(false));
            AddColumn(StatisticColumn.Median, StatisticColumn.P95, StatisticColumn.Max);
            AddDiagnoser(BenchmarkDotNet.Diagnosers.MemoryDiagnoser.Default);
            WithOptions(ConfigOptions.DisableOptimizationsValidator);
        }
    }
}
