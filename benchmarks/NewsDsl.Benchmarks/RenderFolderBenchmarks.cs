using System;
using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using NewsDsl.Language;
using NewsDsl.Language.Text;
using NewsDsl.Render;

namespace NewsDsl.Benchmarks;

/// <summary>
/// Rendering 1,000 articles (the generated set, each the seed's size) from a folder of .news files
/// to a folder of pages, as 'newsdsl render folder/ -o out/' does: read, check, render, write.
/// One operation is the whole folder; the check-only row is the peer in the same run.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class RenderFolderBenchmarks
{
    public const int ArticleCount = 1000;

    private string _input = string.Empty;
    private string _output = string.Empty;
    private string[] _files = Array.Empty<string>();

    [GlobalSetup]
    public void Setup()
    {
        var root = Path.Combine(Path.GetTempPath(), "newsdsl-render-bench-" + Guid.NewGuid().ToString("N"));
        _input = Path.Combine(root, "in");
        _output = Path.Combine(root, "out");
        Directory.CreateDirectory(_input);
        Directory.CreateDirectory(_output);
        for (var i = 0; i < ArticleCount; i++)
        {
            File.WriteAllText(Path.Combine(_input, Inputs.ArticleId(i) + ".news"), Inputs.GeneratedArticle(i), new UTF8Encoding(false));
        }

        _files = Directory.GetFiles(_input, "*.news");
        Array.Sort(_files, StringComparer.Ordinal);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(Path.GetDirectoryName(_input)!, recursive: true);

    [Benchmark(Baseline = true, Description = "check 1,000 files")]
    public int CheckFolder()
    {
        var findings = 0;
        foreach (var file in _files)
        {
            findings += NewsChecker.Check(NewsText.From(File.ReadAllText(file), file)).Diagnostics.Count;
        }

        return findings;
    }

    [Benchmark(Description = "render 1,000 files to a folder")]
    public long RenderFolder()
    {
        long bytes = 0;
        foreach (var file in _files)
        {
            var result = NewsChecker.Check(NewsText.From(File.ReadAllText(file), file));
            using var writer = new StreamWriter(Path.Combine(_output, Path.GetFileNameWithoutExtension(file) + ".html"), append: false, new UTF8Encoding(false));
            ReviewPage.Write(result, writer, file);
            writer.Flush();
            bytes += writer.BaseStream.Length;
        }

        return bytes;
    }
}
