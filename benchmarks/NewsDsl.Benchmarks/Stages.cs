using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Runtime.InteropServices;
using NewsDsl.Language;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Parsing;
using NewsDsl.Language.Rules;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;

namespace NewsDsl.Benchmarks;

/// <summary>
/// A quick split of <see cref="NewsChecker.Check"/> on the ~1 MB article into parse, bind and
/// rules (time and allocation each), for profiling without a BenchmarkDotNet run:
/// <c>dotnet run -c Release --project benchmarks/NewsDsl.Benchmarks -- --stages</c>.
/// </summary>
public static class Stages
{
    public static void Run(string input = "seed", int iterations = 10, int rounds = 6, bool perRule = true)
    {
        var content = ProseBenchmarks.Text(input);
        var text = NewsText.From(content, "large.news");
        Console.WriteLine($"{input}, 1 MB article: {content.Length:N0} chars; best of {rounds} rounds of {iterations} iterations (thread CPU time on Linux; the best round is the least disturbed); per iteration:");
        var tree = NewsParser.Parse(text);
        var model = Binder.Bind(tree);
        var middle = tree.Blocks[tree.Blocks.Count / 2];
        var typed = content.Insert(middle.Span.Start + (middle.Span.Length / 2), "x");
        var firstParagraph = tree.Blocks.First(b => b is ParagraphSyntax);
        var early = content.Insert(firstParagraph.Span.Start + 5, "x");
        var lastParagraph = tree.Blocks.Last(b => b is ParagraphSyntax);
        var late = content.Insert(lastParagraph.Span.Start + 5, "x");
        var kept = NewsChecker.Check(text);
        var rechecked = NewsChecker.Recheck(null, NewsParser.Parse(NewsText.From(content, "large.news")));
        var scan = new ProseBenchmarks { Input = input };
        scan.Setup();
        var keystrokes = 0;
        Console.WriteLine($"  {tree.Blocks.Count:N0} blocks, {text.LineCount:N0} lines, {model.Quotations.Count:N0} quotations, {model.Claims.Count:N0} claims, {model.Citations.Count:N0} citations, {tree.Errors.Count:N0} syntax errors, {NewsChecker.Check(text).Diagnostics.Count:N0} diagnostics");
        var stages = new (string Name, Func<object> Action)[]
        {
            ("Markdig Markdown.Parse", () => Markdig.Markdown.Parse(content)),
            ("IndexOfAny(SearchValues) scan", () => scan.IndexOfAnyScan()),
            ("NewsParser.Parse", () => NewsParser.Parse(text)),
            ("NewsParser.Reparse (1 letter)", () => NewsParser.Reparse(tree, NewsText.From(typed, "large.news"))),
            ("Binder.Bind (tree given)", () => Binder.Bind(tree)),
            ("NewsText line starts", () => NewsText.From(content, "large.news").GetLinePosition(content.Length)),
            ("NewsChecker.Check (all)", () => NewsChecker.Check(NewsText.From(content, "large.news"))),

            // A keystroke as the language server handles it, the letter typed and deleted in turn near the
            // start (every later block moves): the check from scratch against the check of the reparsed tree.
            // Each keeps its previous result alive until the next one is made, as the server keeps its latest snapshot.
            ("Check, keystroke, full parse", () => kept = NewsChecker.Check(NewsText.From((keystrokes++ & 1) == 0 ? early : content, "large.news"))),
            ("Check, keystroke, Reparse", () => kept = NewsChecker.CheckSyntax(NewsParser.Reparse(kept.Syntax, NewsText.From((keystrokes++ & 1) == 0 ? early : content, "large.news")))),

            // The same keystroke rechecked from the previous result (issue 18, the server's path since): the block-local rules run on the changed blocks only.
            ("Check, keystroke, Recheck", () => rechecked = NewsChecker.Recheck(rechecked, NewsParser.Reparse(rechecked.Syntax, NewsText.From((keystrokes++ & 1) == 0 ? early : content, "large.news")))),
            ("CheckSyntax, keystroke at end", () => kept = NewsChecker.CheckSyntax(NewsParser.Reparse(kept.Syntax, NewsText.From((keystrokes++ & 1) == 0 ? late : content, "large.news")))),
            ("Recheck, keystroke at the end", () => rechecked = NewsChecker.Recheck(rechecked, NewsParser.Reparse(rechecked.Syntax, NewsText.From((keystrokes++ & 1) == 0 ? late : content, "large.news")))),
        };
        var best = new double[stages.Length];
        var bytes = new long[stages.Length];
        for (var s = 0; s < stages.Length; s++)
        {
            best[s] = double.MaxValue;
        }

        for (var round = 0; round < rounds; round++)
        {
            for (var s = 0; s < stages.Length; s++)
            {
                var (micros, allocated) = Measure(stages[s].Action, iterations);
                best[s] = Math.Min(best[s], micros);
                bytes[s] = allocated;
            }
        }

        for (var s = 0; s < stages.Length; s++)
        {
            Console.WriteLine($"  {stages[s].Name,-28} {best[s],10:N0} us {bytes[s],12:N0} B");
        }

        if (!perRule)
        {
            return;
        }

        // Each rule's own cost: Check with only that rule on, less Check with every rule off.
        var off = new Dictionary<string, NewsSeverity?>(StringComparer.Ordinal);
        foreach (var rule in NewsRules.Descriptors)
        {
            off[rule.Id] = null;
        }

        var contractOnly = new Dictionary<string, NewsSeverity?>(StringComparer.Ordinal);
        foreach (var rule in NewsRules.Descriptors)
        {
            if (string.CompareOrdinal(rule.Id, "NEWS100") >= 0)
            {
                contractOnly[rule.Id] = null;
            }
        }

        var contract = Best(() => NewsChecker.Check(NewsText.From(content, "large.news"), new NewsCheckOptions { Severities = contractOnly }), iterations, rounds);
        Console.WriteLine($"  {"Check, NEWS001-NEWS009 only",-28} {contract.Micros,10:N0} us {contract.Bytes,12:N0} B");
        var none = Best(() => NewsChecker.Check(NewsText.From(content, "large.news"), new NewsCheckOptions { Severities = off }), iterations, rounds);
        Console.WriteLine($"  {"Check, every rule off",-28} {none.Micros,10:N0} us {none.Bytes,12:N0} B");
        foreach (var rule in NewsRules.Descriptors)
        {
            var only = new Dictionary<string, NewsSeverity?>(off, StringComparer.Ordinal);
            only.Remove(rule.Id);
            var options = new NewsCheckOptions { Severities = only };
            var result = Best(() => NewsChecker.Check(NewsText.From(content, "large.news"), options), iterations, rounds);
            Console.WriteLine($"    + {rule.Id} {Short(rule.Title),-30} {result.Micros - none.Micros,8:N0} us {result.Bytes - none.Bytes,12:N0} B");
        }
    }

    /// <summary>
    /// Each rule's own time on a model bound once: a fresh <see cref="RuleContext"/> per iteration (so the shared
    /// sentence index is found again each time, and its own row shows what it costs), no parse, bind or
    /// suppressions around it. Far steadier than the "rule alone less every rule off" rows of <see cref="Run"/>,
    /// which subtract two 4 ms checks to find a 0.3 ms rule.
    /// </summary>
    public static void Rules(string input, int iterations = 20, int rounds = 15)
    {
        var content = ProseBenchmarks.Text(input);
        var model = Binder.Bind(NewsParser.Parse(NewsText.From(content, "large.news")));
        Console.WriteLine($"{input}: rules on a bound model, best of {rounds} rounds of {iterations} (thread CPU), per iteration:");
        var rows = new List<(string Name, Func<object> Action)>
        {
            ("sentence index", () =>
            {
                var context = new RuleContext(model, new List<NewsDiagnostic>(), default);
                return context.SentenceEnds(0);
            }),
        };
        rows.Add(("NEWS103's name index alone", () => new NameIndex(model.Sources)));
        foreach (var rule in NewsRuleCatalogue())
        {
            rows.Add(($"{rule.Descriptor.Id} {Short(rule.Descriptor.Title)}", () =>
            {
                var found = new List<NewsDiagnostic>();
                rule.Analyze(new RuleContext(model, found, default));
                return found;
            }
            ));
        }

        rows.Add(("all rules, one context", () =>
        {
            var found = new List<NewsDiagnostic>();
            var context = new RuleContext(model, found, default);
            foreach (var rule in NewsRuleCatalogue())
            {
                rule.Analyze(context);
            }

            return found;
        }
        ));
        var total = 0.0;
        foreach (var (name, action) in rows)
        {
            var result = Best(action, iterations, rounds);
            if (name.StartsWith("NEWS", StringComparison.Ordinal) && !name.Contains("alone", StringComparison.Ordinal))
            {
                total += result.Micros;
            }

            Console.WriteLine($"  {name,-40} {result.Micros,8:N0} us {result.Bytes,12:N0} B");
        }

        Console.WriteLine($"  {"sum of the rule rows",-40} {total,8:N0} us");
    }

    /// <summary>
    /// What NewsDsl does per article in a build of the 1,000 articles of <c>benchmarks/build-1000.sh</c>, in thread
    /// CPU (best of a few rounds, all 1,000 each): the generator's parse and bind, the analyzer's whole check,
    /// and the share of that check which is the parse the generator has already done (what reusing its tree would
    /// save), beside a full generator run for scale.
    /// <c>dotnet run -c Release --project benchmarks/NewsDsl.Benchmarks -- --build-share</c>.
    /// </summary>
    public static void BuildShare(int rounds = 5, bool cold = false)
    {
        if (cold)
        {
            // A fresh process: the first pass of each over the 1,000 articles, the JIT of the core included, as
            // in a compiler process that has not run NewsDsl before (the warm rows below are the same passes later).
            var texts = Inputs.GeneratedArticles(GeneratorBenchmarks.ArticleCount)
                .Select((content, i) => NewsText.From(content, $"/newsroom/articles/{Inputs.ArticleId(i)}.news"))
                .ToArray();
            foreach (var (name, pass) in new (string, Func<object>)[]
            {
                ("generator's read, NewsChecker.Bind", () => texts.Select(text => NewsChecker.Bind(text)).ToArray()),
                ("analyzer's check, NewsChecker.Check", () => texts.Select(text => NewsChecker.Check(text)).ToArray()),
            })
            {
                var first = ThreadCpuMicros();
                GC.KeepAlive(pass());
                var firstCpu = ThreadCpuMicros() - first;
                var warm = Best(pass, 1, rounds);
                Console.WriteLine($"  {name,-38} first pass {firstCpu / 1000,8:N1} ms, then best {warm.Micros / 1000,8:N1} ms");
            }

            return;
        }

        var articles = Inputs.GeneratedArticles(GeneratorBenchmarks.ArticleCount)
            .Select((content, i) => NewsText.From(content, $"/newsroom/articles/{Inputs.ArticleId(i)}.news"))
            .ToArray();
        var trees = articles.Select(text => NewsParser.Parse(text)).ToArray();
        Console.WriteLine($"{articles.Length:N0} articles, {articles.Sum(a => a.Content.Length):N0} chars; best of {rounds} rounds over all of them (thread CPU):");
        var rows = new (string Name, Func<object> Action)[]
        {
            ("parse", () => articles.Select(text => NewsParser.Parse(text)).ToArray()),
            ("bind (tree given)", () => trees.Select(tree => Binder.Bind(tree)).ToArray()),
            ("generator's read: NewsChecker.Bind", () => articles.Select(text => NewsChecker.Bind(text)).ToArray()),
            ("analyzer's check: NewsChecker.Check", () => articles.Select(text => NewsChecker.Check(text)).ToArray()),
            ("check of a tree given: CheckSyntax", () => trees.Select(tree => NewsChecker.CheckSyntax(tree)).ToArray()),
        };
        foreach (var (name, action) in rows)
        {
            var result = Best(action, 1, rounds);
            Console.WriteLine($"  {name,-38} {result.Micros / 1000,8:N1} ms {result.Bytes / 1024.0 / 1024.0,8:N1} MB");
        }

        var bench = new GeneratorBenchmarks();
        bench.Setup();
        var full = Best(() => bench.FullRun(), 1, rounds);
        Console.WriteLine($"  {"generator, full run (driver)",-38} {full.Micros / 1000,8:N1} ms {full.Bytes / 1024.0 / 1024.0,8:N1} MB");
    }

    private static IReadOnlyList<NewsRule> NewsRuleCatalogue() => NewsRules.All;

    /// <summary>Runs one stage of <c>Check</c> of the 1 MB article <paramref name="count"/> times (all, off, contract, parse, bind).</summary>
    public static void Loop(int count, string mode)
    {
        // NEWSDSL_INPUT=distinct: the 1 MB of distinct stories instead of the repeated seed article.
        var content = Environment.GetEnvironmentVariable("NEWSDSL_INPUT") == "distinct" ? DistinctInputs.LargeDistinctArticle() : Inputs.LargeArticle();
        var off = new Dictionary<string, NewsSeverity?>(StringComparer.Ordinal);
        var contract = new Dictionary<string, NewsSeverity?>(StringComparer.Ordinal);
        foreach (var rule in NewsRules.Descriptors)
        {
            off[rule.Id] = null;
            if (string.CompareOrdinal(rule.Id, "NEWS100") >= 0)
            {
                contract[rule.Id] = null;
            }
        }

        var tree = NewsParser.Parse(NewsText.From(content, "large.news"));
        var only = new Dictionary<string, NewsSeverity?>(off, StringComparer.Ordinal);
        only.Remove(mode);
        Func<object> action = mode switch
        {
            "off" => () => NewsChecker.Check(NewsText.From(content, "large.news"), new NewsCheckOptions { Severities = off }),
            "contract" => () => NewsChecker.Check(NewsText.From(content, "large.news"), new NewsCheckOptions { Severities = contract }),
            "parse" => () => NewsParser.Parse(NewsText.From(content, "large.news")),
            "bind" => () => Binder.Bind(tree),
            _ when mode.StartsWith("NEWS", StringComparison.Ordinal) => () => NewsChecker.Check(NewsText.From(content, "large.news"), new NewsCheckOptions { Severities = only }),
            _ => () => NewsChecker.Check(NewsText.From(content, "large.news")),
        };
        action();
        var gcs = new[] { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) };
        var pause = GC.GetTotalPauseDuration();
        var (micros, bytes) = Measure(action, count);
        Console.WriteLine($"{mode}: {micros:N0} us, {bytes:N0} B per iteration; GCs per iteration: gen0 {(GC.CollectionCount(0) - gcs[0]) / (double)count:N2}, gen1 {(GC.CollectionCount(1) - gcs[1]) / (double)count:N2}, gen2 {(GC.CollectionCount(2) - gcs[2]) / (double)count:N2}; pause {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds * 1000 / count:N0} us");
    }

    private static (double Micros, long Bytes) Best(Func<object> action, int iterations, int rounds)
    {
        var best = (Micros: double.MaxValue, Bytes: 0L);
        for (var round = 0; round < rounds; round++)
        {
            var result = Measure(action, iterations);
            if (result.Micros < best.Micros)
            {
                best = result;
            }
        }

        return best;
    }

    /// <summary>
    /// The generator rows without BenchmarkDotNet, in thread CPU time: best of several full runs,
    /// then incremental runs in batches, to see that the incremental cost stays flat over many edits.
    /// <c>dotnet run -c Release --project benchmarks/NewsDsl.Benchmarks -- --generator</c>.
    /// </summary>
    public static void Generator(int fullRuns = 5, int batches = 10, int batchSize = 20)
    {
        var bench = new GeneratorBenchmarks();
        bench.Setup();
        var full = Best(() => bench.FullRun(), 1, fullRuns);
        Console.WriteLine($"full run, {GeneratorBenchmarks.ArticleCount} articles: best of {fullRuns}: {full.Micros / 1000,8:N1} ms CPU, {full.Bytes / 1024.0 / 1024.0,8:N1} MB; per article {full.Micros / GeneratorBenchmarks.ArticleCount,6:N0} us, {full.Bytes / 1024.0 / GeneratorBenchmarks.ArticleCount,6:N0} KB");
        var best = double.MaxValue;
        for (var batch = 0; batch < batches; batch++)
        {
            var run = Measure(() => bench.IncrementalRun(), batchSize);
            best = Math.Min(best, run.Micros);
            Console.WriteLine($"  incremental batch {batch + 1,2} ({batchSize} edits): {run.Micros / 1000,7:N2} ms CPU per edit, {run.Bytes / 1024.0,8:N0} KB; {100 * run.Micros / full.Micros,5:N2}% of the full run");
        }

        Console.WriteLine($"incremental run, best batch: {best / 1000:N2} ms = {100 * best / full.Micros:N2}% of the full run");
    }

    private const int ClockThreadCpuTime = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>CPU time of the calling thread in microseconds, or -1 where it cannot be read (not Linux).</summary>
    private static double ThreadCpuMicros()
    {
        if (!OperatingSystem.IsLinux())
        {
            return -1;
        }

        return ClockGetTime(ClockThreadCpuTime, out var time) == 0 ? time.Seconds * 1e6 + time.Nanoseconds / 1e3 : -1;
    }

    private static (double Micros, long Bytes) Measure(Func<object> action, int iterations)
    {
        action();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        var cpuBefore = ThreadCpuMicros();
        for (var i = 0; i < iterations; i++)
        {
            GC.KeepAlive(action());
        }

        var cpu = ThreadCpuMicros() - cpuBefore;
        watch.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        // On Linux, the thread's own CPU time: what a busy neighbour steals from the wall clock is not counted.
        var micros = cpu >= 0 ? cpu : watch.Elapsed.TotalMilliseconds * 1000;
        return (micros / iterations, allocated / iterations);
    }

    // Rule classes are internal to the core since 0.2: rows are labelled with the descriptor's title.
    private static string Short(string title) => title.Length <= 30 ? title : title.Substring(0, 29) + "…";
}
