using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using NewsDsl.Import;
using NewsDsl.Language;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Text;

namespace NewsDsl.Evaluation;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/NewsDsl.Evaluation -- &lt;PolNeAR checkout&gt; [--split dev|train] [--show N]</c>:
/// imports every article of the split, checks the drafts and prints how many gold direct quotations got
/// the right speaker, a wrong one or none, with the declarations that are not proper names and the drafts
/// with error findings (docs/import.md). The test split is refused: it is for independent verification.
/// </summary>
internal static class Program
{
    private static string Clip(string text) => text.Length > 30 ? text.Substring(0, 30) : text;

    /// <summary>The draft without its suggested tags and declarations, as the engine saw the copy.</summary>
    private static string StripTags(string draft)
    {
        var lines = draft.Split('\n').Where(l => !l.StartsWith("@source ", StringComparison.Ordinal));
        return System.Text.RegularExpressions.Regex.Replace(string.Join("\n", lines), @"\{@[a-z0-9-]+\?\}", "");
    }

    private static bool IsPronounCue(string? cue) =>
        cue is not null && System.Text.RegularExpressions.Regex.IsMatch(cue, @"\b(he|she|it|they)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    public static int Main(string[] args)
    {
        string? checkout = null;
        var split = "dev";
        var show = 0;
        string? drafts = null;
        string? explain = null;
        SortedDictionary<string, int[]>? patterns = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--split" when i + 1 < args.Length:
                    split = args[++i];
                    break;
                case "--show" when i + 1 < args.Length && int.TryParse(args[i + 1], out var n):
                    show = n;
                    i++;
                    break;
                case "--explain" when i + 1 < args.Length:
                    explain = args[++i];
                    break;
                case "--patterns":
                    patterns = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
                    break;
                case "--drafts" when i + 1 < args.Length:
                    drafts = args[++i];
                    break;
                default:
                    checkout ??= args[i].StartsWith("--", StringComparison.Ordinal) ? null : args[i];
                    break;
            }
        }

        if (checkout is null || split is not ("dev" or "train"))
        {
            Console.Error.WriteLine("usage: NewsDsl.Evaluation <PolNeAR checkout> [--split dev|train] [--show N] [--drafts <folder>]  (the test split is held out)");
            return 2;
        }

        List<GoldArticle> articles;
        try
        {
            articles = GoldReader.Read(checkout, split).ToList();
        }
        catch (IOException exception)
        {
            Console.Error.WriteLine("evaluation: " + exception.Message);
            return 2;
        }

        if (drafts is not null)
        {
            Directory.CreateDirectory(drafts);
        }

        var total = new Score();
        var errors = new List<string>();
        var bogus = new List<string>();
        var syntaxErrors = 0;
        var erring = 0;
        var articleIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            var raw = File.ReadAllText(Path.Combine(checkout, "data", split, "text", article.Name + ".txt"));
            var draft = ArticleImporter.Import(raw, ImportFormat.PlainText).Draft;
            if (drafts is not null)
            {
                File.WriteAllText(Path.Combine(drafts, article.Name + ".news"), draft);
            }

            var result = NewsChecker.Check(NewsText.From(draft, article.Name + ".news"));
            syntaxErrors += result.Diagnostics.Any(d => d.Id is "NEWS004" or "NEWS008") ? 1 : 0;
            var hasError = result.Diagnostics.Any(d => d.Severity == NewsSeverity.Error);
            erring += hasError ? 1 : 0;

            // Checked together, as one folder, a draft whose article id another draft already has is an error (NEWS006).
            if (result.Model.Metadata.Id is { } id && !articleIds.Add(id) && !hasError)
            {
                erring++;
            }

            Action<int, bool>? outcome = null;
            if (patterns is not null)
            {
                // Right and wrong per rule and confidence: which sieve earns its place (the stripped copy has the same quotations in the same order).
                var stripped = NewsChecker.Bind(NewsText.From(StripTags(draft)));
                var set = Language.Suggestions.SpeakerSuggester.Suggest(stripped);
                outcome = (index, right) =>
                {
                    var suggestion = index < stripped.Quotes.Count ? set.For(stripped.Quotes[index]) : null;
                    var key = suggestion is null ? "(declared)" : $"{suggestion.Pattern} {suggestion.Confidence:0.00} {(IsPronounCue(suggestion.Evidence?.Cue) ? "pronoun" : "named")}";
                    var counts = patterns.TryGetValue(key, out var c) ? c : patterns[key] = new int[2];
                    counts[right ? 0 : 1]++;
                };
            }

            Scoring.Score(article, result.Model, total, errors, bogus, outcome);
            if (explain is not null && article.Name.Contains(explain, StringComparison.Ordinal))
            {
                // Every answer the engine gives on the copy as imported (tags removed), with its evidence: why it chose so.


                foreach (var suggestion in Language.Suggestions.SpeakerSuggester.Suggest(NewsChecker.Bind(NewsText.From(StripTags(draft)))).Suggestions)
                {
                    Console.WriteLine($"  {suggestion.Quotation.Start.Line + 1}: “{Clip(suggestion.Quotation.Text)}” -> {suggestion.Speaker?.Name ?? "-"} {suggestion.Pattern} {suggestion.Confidence:0.00} {suggestion.Evidence}");
                }



            }
        }

        foreach (var line in errors.Take(show).Concat(bogus.Take(show)))
        {
            Console.WriteLine(line);
        }

        if (patterns is not null)
        {
            foreach (var (key, counts) in patterns)
            {
                Console.WriteLine($"pattern {key,-40} right {counts[0],5} wrong {counts[1],4}");
            }
        }

        var scored = Math.Max(1, total.Scored);
        string Percent(int count, int of) => ((double)count / Math.Max(1, of)).ToString("P1", CultureInfo.InvariantCulture).Replace(" ", "", StringComparison.Ordinal);
        Console.WriteLine($"gold: {total.Gold} direct quotations, {total.Scored} with a Source ({total.StandIn} scored against a stand-in for a pronoun or nominal), "
            + $"{total.NoGold} without; exported quotations {total.Exported}; declared sources {total.Declared}, not proper {total.Bogus}");
        Console.WriteLine($"import: {articles.Count} articles, speakers right {total.Right}/{total.Scored} ({Percent(total.Right, scored)}), "
            + $"wrong {Percent(total.Wrong, scored)}, none {Percent(total.None, scored)}, not found {Percent(total.NotFound, scored)}, "
            + $"drafts with syntax errors {syntaxErrors}, drafts with errors {erring}, bogus declarations {Percent(total.Bogus, total.Declared)}");
        return 0;
    }
}
