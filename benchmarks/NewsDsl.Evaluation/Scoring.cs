using System;
using System.Collections.Generic;
using System.Linq;
using NewsDsl.Language.Semantics;

namespace NewsDsl.Evaluation;

/// <summary>Aligns an article's gold direct quotations with its draft's quotations and scores each suggested speaker.</summary>
internal static class Scoring
{
    public static void Score(GoldArticle article, ArticleModel model, Score total, List<string> errors, List<string> bogus, Action<int, bool>? outcome = null)
    {
        var text = article.Text;
        var quotations = model.Quotes;
        total.Exported += quotations.Count;
        foreach (var source in model.Sources)
        {
            total.Declared++;
            if (Declarations.Bogus(source, text) is { } why)
            {
                total.Bogus++;
                bogus.Add($"  declaration: {Short(article.Name)}: {why}");
            }
        }

        var found = Align(text, article.Units, quotations);
        for (var u = 0; u < article.Units.Count; u++)
        {
            var unit = article.Units[u];
            total.Gold++;
            var (targets, kinds) = GoldTargets.Of(text, article.Relations, unit);
            if (targets.Count == 0)
            {
                total.NoGold++;
                continue;
            }

            total.Scored++;
            total.StandIn += kinds.Contains("stand-in") && !kinds.Contains("named") ? 1 : 0;
            var who = string.Join("; ", unit.Relations.Select(r => GoldReader.SpanText(text, r.Source) is { Length: > 0 } s ? s : "-"));
            // [named]: the gold source is a name; [stand-in …]: a pronoun or description, scored against these words.
            var line = $"{Short(article.Name)} @{unit.Offset} “{QuoteMarks.GoldKey(text, unit)}…” gold '{who}'{(kinds.Contains("named") ? " [named]" : "")}"
                + (kinds.Contains("stand-in") ? " [stand-in " + string.Join("|", targets.Select(t => t.NameWords is null ? t.Head ?? string.Empty : string.Join(" ", t.NameWords))) + "]" : string.Empty);
            if (!found.TryGetValue(u, out var index))
            {
                total.None++;
                total.NotFound++;
                errors.Add("  not found: " + line);
                continue;
            }

            var source = quotations[index].Source;
            if (source is null)
            {
                total.None++;
                errors.Add("  untagged: " + line);
            }
            else if (GoldTargets.IsRight(Declarations.Forms(source), targets))
            {
                total.Right++;
                outcome?.Invoke(index, true);
            }
            else
            {
                total.Wrong++;
                outcome?.Invoke(index, false);
                var forms = Declarations.Forms(source);
                errors.Add("  wrong: " + line + ", got [" + string.Join(", ", forms.Take(3).Select(f => "'" + f + "'")) + "]");
            }
        }
    }

    private static string Short(string name) => name.Length > 40 ? name.Substring(0, 40) : name;

    /// <summary>Gold unit index → draft quotation index, by opening words, in document order.</summary>
    private static Dictionary<int, int> Align(string text, List<GoldUnit> units, IReadOnlyList<Quotation> quotations)
    {
        var order = Enumerable.Range(0, quotations.Count)
            .OrderBy(i => quotations[i].Start.Line).ThenBy(i => quotations[i].Start.Character).ThenBy(i => i).ToList();
        var pairs = new List<(int Quotation, string Segment)>();
        foreach (var q in order)
        {
            foreach (var paragraph in quotations[q].Text.Split('\n'))
            {
                pairs.Add((q, QuoteMarks.Normalize(paragraph).TrimStart('"').TrimStart()));
            }
        }

        var used = new HashSet<int>();
        var cursor = -1;
        var found = new Dictionary<int, int>();
        for (var u = 0; u < units.Count; u++)
        {
            var key = QuoteMarks.GoldKey(text, units[u]);
            if (key.Length == 0)
            {
                continue;
            }

            var candidates = Enumerable.Range(0, pairs.Count)
                .Where(p => !used.Contains(p) && (pairs[p].Segment.StartsWith(key, StringComparison.Ordinal) || (pairs[p].Segment.Length >= 12 && key.StartsWith(pairs[p].Segment, StringComparison.Ordinal))))
                .ToList();
            if (candidates.Count == 0 && key.Length >= 12)
            {
                // A quotation nested in another takes its attribution from the one that encloses it.
                candidates = Enumerable.Range(0, pairs.Count).Where(p => !used.Contains(p) && pairs[p].Segment.Contains(key, StringComparison.Ordinal)).ToList();
            }

            if (candidates.Count == 0)
            {
                continue;
            }

            var pick = candidates.FirstOrDefault(p => p > cursor, candidates[0]);
            used.Add(pick);
            cursor = pick;
            found[u] = pairs[pick].Quotation;
        }

        return found;
    }
}
