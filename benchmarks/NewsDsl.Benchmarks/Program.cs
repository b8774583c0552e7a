using System;
using System.Globalization;
using System.IO;
using System.Text;
using BenchmarkDotNet.Running;

namespace NewsDsl.Benchmarks;

public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--stages")
        {
            // "--stages distinct stages-only" skips the per-rule rows.
            Stages.Run(args.Length > 1 ? args[1] : "seed", perRule: args.Length < 3 || args[2] != "stages-only");
            return;
        }

        // "--rules distinct": each rule alone on a model bound once (thread CPU), without parse and bind around it.
        if (args.Length > 0 && args[0] == "--rules")
        {
            Stages.Rules(args.Length > 1 ? args[1] : "distinct", rounds: args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 15);
            return;
        }

        if (args.Length > 0 && args[0] == "--build-share")
        {
            Stages.BuildShare(cold: args.Length > 1 && args[1] == "cold");
            return;
        }

        if (args.Length > 1 && args[0] == "--findings-dump")
        {
            Findings.Dump(args[1]);
            return;
        }

        // For an external profiler (perf with DOTNET_PerfMapEnabled=1): Check of the 1 MB article in a loop.
        if (args.Length >= 2 && args[0] == "--loop")
        {
            Stages.Loop(int.Parse(args[1], CultureInfo.InvariantCulture), args.Length > 2 ? args[2] : "all");
            return;
        }

        // The server's keystroke path in a loop, for perf: "--keystrokes 1MB 2000".
        if (args.Length == 3 && args[0] == "--keystrokes")
        {
            LspBenchmarks.Keystrokes(args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
            return;
        }

        if (args.Length >= 1 && args[0] == "--tree-census")
        {
            TreeCensus.Run(args.Length > 1 ? args[1] : "distinct");
            return;
        }

        if (args.Length >= 1 && args[0] == "--alloc")
        {
            AllocationSampler.Run(args.Length > 1 ? args[1] : "all");
            return;
        }

        // Issue 8 section 2: the findings and sizes of both 1 MB inputs, without a BenchmarkDotNet run.
        if (args.Length > 0 && args[0] == "--findings")
        {
            foreach (var input in new[] { "seed", "distinct" })
            {
                Console.WriteLine(Findings.Describe(input, ProseBenchmarks.Text(input)));
            }

            return;
        }

        // Writes the second 1 MB input (distinct generated stories) to a file, to read it or check it with the tool.
        if (args.Length == 2 && args[0] == "--write-distinct")
        {
            File.WriteAllText(args[1], DistinctInputs.LargeDistinctArticle(), new UTF8Encoding(false));
            Console.WriteLine($"wrote {args[1]}");
            return;
        }

        if (args.Length > 0 && args[0] == "--generator")
        {
            Stages.Generator();
            return;
        }

        // Used by benchmarks/build-1000.sh: writes the generated articles as .news files.
        if (args.Length == 3 && args[0] == "--write-articles")
        {
            var folder = args[1];
            var count = int.Parse(args[2], CultureInfo.InvariantCulture);
            Directory.CreateDirectory(folder);
            for (var i = 0; i < count; i++)
            {
                File.WriteAllText(Path.Combine(folder, Inputs.ArticleId(i) + ".news"), Inputs.GeneratedArticle(i), new UTF8Encoding(false));
            }

            Console.WriteLine($"wrote {count} articles to {folder}");
            return;
        }

        if (args.Length == 3 && args[0] == "--lsp-memory")
        {
            LspMemory.Run(args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
            return;
        }

        if (args.Length == 4 && args[0] == "--lsp-edits")
        {
            LspEdits.Run(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), int.Parse(args[3], CultureInfo.InvariantCulture));
            return;
        }

        if (args.Length == 4 && args[0] == "--lsp-keystrokes")
        {
            LspProcessKeystrokes.Run(args[1], args[2], int.Parse(args[3], CultureInfo.InvariantCulture));
            return;
        }

        if (args.Length == 2 && args[0] == "--write-import-inputs")
        {
            ImportNestingInputs.Write(args[1]);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
