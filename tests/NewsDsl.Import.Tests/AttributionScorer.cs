using System.Text;
using NewsDsl.Language;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Suggestions;
using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;

namespace NewsDsl.Import.Tests;

/// <summary>
/// Scores the suggestion engine on gold articles: each tag of a marked-up article is the gold answer;
/// the tags are removed, the engine asked again, and every quotation counted right, wrong or none
/// (no confident suggestion), per pattern label (a <c>%% pattern: x</c> note before the paragraph).
/// </summary>
internal static class AttributionScorer
{
    public static Score ScoreFolder(string folder)
    {
        var score = new Score();
        foreach (var file in Directory.GetFiles(folder, "*.news").OrderBy(f => f, StringComparer.Ordinal))
        {
            ScoreArticle(File.ReadAllText(file), Path.GetFileNameWithoutExtension(file), score);
        }

        return score;
    }

    public static void ScoreArticle(string goldText, string name, Score score)
    {
        var gold = NewsChecker.Bind(NewsText.From(goldText));
        var goldQuotations = gold.Quotations.Where(q => q.Parent is null && q.EnclosingClaim is null && q.Tag is not null).ToList();

        // The same article without the quotation tags (declarations, spans and notes kept).
        var stripped = new StringBuilder(goldText);
        foreach (var quotation in goldQuotations.OrderByDescending(q => q.Tag!.Span.Start))
        {
            stripped.Remove(quotation.Tag!.Span.Start, quotation.Tag.Span.Length);
        }

        var model = NewsChecker.Bind(NewsText.From(stripped.ToString()));
        var suggestions = SpeakerSuggester.Suggest(model);
        var asked = model.Quotations.Where(q => q.Parent is null && q.EnclosingClaim is null).ToList();
        if (asked.Count != goldQuotations.Count)
        {
            throw new InvalidOperationException($"{name}: {goldQuotations.Count} tagged quotations in the gold article but {asked.Count} without tags");
        }

        var lines = goldText.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < asked.Count; i++)
        {
            var expected = goldQuotations[i];
            var answer = suggestions.For(asked[i]);
            var goldAnswer = expected.Tag!.Kind switch
            {
                TagKind.Title => "{title}",
                TagKind.Term => "{term}",
                _ => expected.Tag.SourceId ?? "?",
            };

            string? given = null;
            if (answer is { IsConfident: true })
            {
                given = answer.Pattern switch
                {
                    SuggestionPattern.Title => "{title}",
                    SuggestionPattern.Term => "{term}",
                    _ => answer.SourceId,
                };
            }

            var verdict = given is null ? Verdict.None : given == goldAnswer ? Verdict.Right : Verdict.Wrong;
            var label = Label(lines, gold, expected) ?? "unlabelled";
            score.Add(new ScoredQuotation(name, expected.Start.Line + 1, Shorten(expected.Text), goldAnswer, given, verdict, label, answer?.Pattern.ToString() ?? "-", answer?.Evidence.Cue));
        }
    }

    private static string? Label(string[] lines, ArticleModel gold, Quotation quotation)
    {
        foreach (var block in gold.Syntax.Blocks)
        {
            if (block is InlineContainerSyntax container && container.Span.Start <= quotation.OpeningMark.Start && quotation.OpeningMark.Start <= container.Span.End)
            {
                var line = gold.Text.GetLinePosition(container.Span.Start).Line;
                for (var above = line - 1; above >= 0 && above >= line - 2; above--)
                {
                    const string Prefix = "%% pattern:";
                    if (lines[above].StartsWith(Prefix, StringComparison.Ordinal))
                    {
                        return lines[above][Prefix.Length..].Trim();
                    }
                }

                return null;
            }
        }

        return null;
    }

    private static string Shorten(string text) => text.Length > 36 ? text[..36] + "…" : text;

    internal enum Verdict
    {
        Right,
        Wrong,
        None,
    }

    internal sealed record ScoredQuotation(string Article, int Line, string Text, string Gold, string? Given, Verdict Verdict, string Label, string Pattern, string? Cue);

    internal sealed class Score
    {
        public List<ScoredQuotation> Items { get; } = new();

        public int Right => Items.Count(i => i.Verdict == Verdict.Right);

        public int Wrong => Items.Count(i => i.Verdict == Verdict.Wrong);

        public int None => Items.Count(i => i.Verdict == Verdict.None);

        public void Add(ScoredQuotation item) => Items.Add(item);

        public string Report(string title)
        {
            var builder = new StringBuilder();
            builder.AppendLine($"{title}: {Items.Count} quotations, {Right} right, {Wrong} wrong, {None} none; precision {Percent(Right, Right + Wrong)}, coverage {Percent(Right + Wrong, Items.Count)}");
            builder.AppendLine("by pattern label (right/wrong/none):");
            foreach (var group in Items.GroupBy(i => i.Label).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                builder.AppendLine($"  {group.Key,-22} {group.Count(i => i.Verdict == Verdict.Right),3} / {group.Count(i => i.Verdict == Verdict.Wrong),2} / {group.Count(i => i.Verdict == Verdict.None),2}");
            }

            builder.AppendLine("by engine rule (right/wrong):");
            foreach (var group in Items.Where(i => i.Verdict != Verdict.None).GroupBy(i => i.Pattern).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                builder.AppendLine($"  {group.Key,-22} {group.Count(i => i.Verdict == Verdict.Right),3} / {group.Count(i => i.Verdict == Verdict.Wrong),2}");
            }

            foreach (var item in Items.Where(i => i.Verdict != Verdict.Right))
            {
                builder.AppendLine($"  {item.Verdict,-5} {item.Article}:{item.Line} [{item.Label}] gold {item.Gold}, given {item.Given ?? "-"} ({item.Pattern}: {item.Cue}) “{item.Text}”");
            }

            return builder.ToString();
        }

        private static string Percent(int part, int whole) => whole == 0 ? "n/a" : $"{100.0 * part / whole:0.0}%";
    }
}
