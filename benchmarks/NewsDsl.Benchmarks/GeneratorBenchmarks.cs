using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text;
using System.Threading;
using Basic.Reference.Assemblies;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using NewsDsl.Generator;

namespace NewsDsl.Benchmarks;

/// <summary>
/// The source generator in a <see cref="CSharpGeneratorDriver"/> over 1,000 generated articles, the
/// way the compiler runs it. Both rows are per article (OperationsPerInvoke = 1,000), so the ratio
/// column is incremental ÷ full directly. Target: an edit to one article of 1,000 costs ≤ 2% of a full run.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 8)]
public class GeneratorBenchmarks
{
    public const int ArticleCount = 1000;
    private const int EditedIndex = ArticleCount / 2;

    private CSharpCompilation _compilation = null!;
    private CSharpParseOptions _parseOptions = null!;
    private AnalyzerConfigOptionsProvider _options = null!;
    private AdditionalText[] _articles = Array.Empty<AdditionalText>();
    private AdditionalText[] _revisions = Array.Empty<AdditionalText>();
    private GeneratorDriver _warm = null!;
    private int _revision;

    [GlobalSetup]
    public void Setup()
    {
        _parseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);
        _compilation = CSharpCompilation.Create(
            "Newsroom",
            new[] { CSharpSyntaxTree.ParseText("namespace Newsroom { public static class Program { } }", _parseOptions, "Program.cs", Encoding.UTF8) },
            Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));
        _options = new BenchmarkOptionsProvider(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Newsroom" });
        _articles = Inputs.GeneratedArticles(ArticleCount)
            .Select((text, i) => (AdditionalText)new MemoryAdditionalText($"/newsroom/articles/{Inputs.ArticleId(i)}.news", text))
            .ToArray();
        var path = _articles[EditedIndex].Path;
        _revisions = new AdditionalText[]
        {
            new MemoryAdditionalText(path, Inputs.GeneratedArticle(EditedIndex, revision: 1)),
            new MemoryAdditionalText(path, Inputs.GeneratedArticle(EditedIndex, revision: 2)),
        };

        var run = CreateDriver().RunGenerators(_compilation).GetRunResult();
        var result = run.Results.Single();
        if (result.Exception is not null)
        {
            throw new InvalidOperationException("The generator threw.", result.Exception);
        }

        if (result.GeneratedSources.Length < ArticleCount)
        {
            throw new InvalidOperationException($"Expected a source per article, got {result.GeneratedSources.Length}.");
        }

        Console.WriteLine($"// generator: {result.GeneratedSources.Length} sources, {result.Diagnostics.Length} diagnostics, {result.GeneratedSources.Sum(s => s.SourceText.Length):N0} chars generated from {_articles.Sum(a => a.GetText()!.Length):N0} chars of articles");
        _warm = CreateDriver().RunGenerators(_compilation);
        _revision = 0;
    }

    /// <summary>A fresh driver over all 1,000 articles: what a clean build's compiler does.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = ArticleCount, Description = "full run, 1,000 articles (per article)")]
    public GeneratorDriver FullRun() => CreateDriver().RunGenerators(_compilation);

    /// <summary>
    /// A driver that has run over all 1,000 articles sees one article edited and runs again: what the
    /// IDE (and the compiler server's next build) does after one keystroke. Each call alternates the
    /// edited article between two revisions, so every run has exactly one changed file.
    /// </summary>
    [Benchmark(OperationsPerInvoke = ArticleCount, Description = "incremental run, 1 of 1,000 edited (per article)")]
    public GeneratorDriver IncrementalRun()
    {
        var current = _revision == 0 ? _articles[EditedIndex] : _revisions[(_revision - 1) % 2];
        _revision = _revision % 2 + 1;
        var next = _revisions[_revision - 1];
        _warm = _warm.ReplaceAdditionalText(current, next).RunGenerators(_compilation);
        return _warm;
    }

    private GeneratorDriver CreateDriver() =>
        CSharpGeneratorDriver.Create(
            new[] { new NewsGenerator().AsSourceGenerator() },
            _articles,
            _parseOptions,
            _options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    private sealed class MemoryAdditionalText : AdditionalText
    {
        private readonly SourceText _text;

        public MemoryAdditionalText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text, Encoding.UTF8);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class BenchmarkOptionsProvider : AnalyzerConfigOptionsProvider
    {
        public BenchmarkOptionsProvider(IReadOnlyDictionary<string, string> global) => GlobalOptions = new Options(global);

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(new Dictionary<string, string>());

            private readonly Dictionary<string, string> _values;

            public Options(IReadOnlyDictionary<string, string> values) => _values = new Dictionary<string, string>(values, KeyComparer);

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }
}
