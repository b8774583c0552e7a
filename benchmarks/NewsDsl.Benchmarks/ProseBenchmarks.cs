using System;
using System.Buffers;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Markdig;
using NewsDsl.Language;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Parsing;
using NewsDsl.Language.Rules;
using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;

namespace NewsDsl.Benchmarks;

/// <summary>
/// Two ~1 MB inputs in one run (issue 8 section 2): <c>seed</c>, the seed body repeated
/// (<see cref="Inputs.LargeArticle"/>), and <c>distinct</c>, distinct generated stories
/// (<see cref="DistinctInputs.LargeDistinctArticle"/>). Baseline: Markdig parsing the same text.
/// Targets: NewsDsl ≤ 1/3 of Markdig's time and ≤ 1/2 of its allocation; within 3× of the
/// vectorized scan for the characters that can matter (the floor for any scanner of this language).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 4, iterationCount: 15)]
public class ProseBenchmarks
{
    /// <summary>Every character that can start markup in prose: escape, brackets, tag brace, quotation marks.</summary>
    private static readonly SearchValues<char> s_markup = SearchValues.Create("\\[]{\"'‘’‚“”„«»‹›");

    private string _text = string.Empty;
    private string _typed = string.Empty;
    private NewsSyntaxTree _previous = null!;

    /// <summary>Which 1 MB input: the repeated seed or the distinct generated stories.</summary>
    [Params("seed", "distinct")]
    public string Input { get; set; } = "seed";

    /// <summary>The contract checks only: NEWS001–NEWS009 on (the contract's checks and the suppression directives' NEWS009), the editorial rules (NEWS100 and up) off.</summary>
    private NewsCheckOptions _contract = NewsCheckOptions.Default;

    [GlobalSetup]
    public void Setup()
    {
        _text = Text(Input);

        // One letter typed in the middle of a paragraph: the edit an editor reparses after most keystrokes.
        _previous = NewsParser.Parse(NewsText.From(_text, "large.news"));
        var middle = _previous.Blocks[_previous.Blocks.Count / 2];
        _typed = _text.Insert(middle.Span.Start + (middle.Span.Length / 2), "x");
        var editorialOff = new Dictionary<string, NewsSeverity?>(StringComparer.Ordinal);
        foreach (var rule in NewsRules.Descriptors)
        {
            if (string.CompareOrdinal(rule.Id, "NEWS100") >= 0)
            {
                editorialOff[rule.Id] = null;
            }
        }

        _contract = new NewsCheckOptions { Severities = editorialOff };
        Console.WriteLine($"// {Input}: {_text.Length:N0} chars, {System.Text.Encoding.UTF8.GetByteCount(_text):N0} UTF-8 bytes, {IndexOfAnyScan():N0} markup chars");
        Console.WriteLine("// " + Findings.Describe(Input, _text));
    }

    /// <summary>The text of input <paramref name="input"/> ("seed" or "distinct").</summary>
    public static string Text(string input) => input switch
    {
        "seed" => Inputs.LargeArticle(),
        "distinct" => DistinctInputs.LargeDistinctArticle(),
        _ => throw new ArgumentException("Unknown input " + input, nameof(input)),
    };

    [Benchmark(Baseline = true, Description = "Markdig Markdown.Parse")]
    public object MarkdigParse() => Markdown.Parse(_text);

    [Benchmark(Description = "NewsDsl NewsChecker.Check")]
    public object NewsDslCheck() => NewsChecker.Check(NewsText.From(_text, "large.news"));

    /// <summary>Not a target row: parse, bind and the checks NEWS001–NEWS009 (what the generator must have).</summary>
    [Benchmark(Description = "(info) NewsDsl Check, NEWS001-NEWS009 only")]
    public object NewsDslContractCheck() => NewsChecker.Check(NewsText.From(_text, "large.news"), _contract);

    /// <summary>Not a target row: the parser alone, the part of Check that does what Markdown.Parse does.</summary>
    [Benchmark(Description = "(info) NewsDsl NewsParser.Parse only")]
    public object NewsDslParseOnly() => NewsParser.Parse(NewsText.From(_text, "large.news"));

    /// <summary>
    /// Not a target row: what parsing costs an editor per keystroke since issue 18, the previous tree
    /// reparsed after one letter typed in the middle of the text (<see cref="NewsParser.Reparse"/>),
    /// against <see cref="NewsDslParseOnly"/> which parses it whole.
    /// </summary>
    [Benchmark(Description = "(info) NewsDsl NewsParser.Reparse, one letter typed")]
    public object NewsDslReparse() => NewsParser.Reparse(_previous, NewsText.From(_typed, "large.news"));

    [Benchmark(Description = "limit: IndexOfAny(SearchValues) scan")]
    public int IndexOfAnyScan()
    {
        var span = _text.AsSpan();
        var count = 0;
        while (true)
        {
            var i = span.IndexOfAny(s_markup);
            if (i < 0)
            {
                return count;
            }

            count++;
            span = span.Slice(i + 1);
        }
    }
}
