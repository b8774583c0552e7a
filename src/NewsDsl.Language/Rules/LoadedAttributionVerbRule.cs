using System;
using System.Collections.Generic;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Rules;

/// <summary>
/// NEWS105: an attribution verb that passes judgement on the speaker ("admitted", "claimed",
/// "insisted"). AP: "said" is neutral and almost always right; the others editorialise.
/// </summary>
internal sealed class LoadedAttributionVerbRule : NewsRule
{
    public static readonly NewsDiagnosticDescriptor Rule = new(
        "NEWS105",
        "Attribution verb judges the speaker",
        "'{0}' judges the speaker ({1}): prefer \"said\" unless the judgement is the news and the article shows why",
        "Style",
        NewsSeverity.Info,
        "AP prefers the neutral \"said\"; verbs such as admitted, claimed or conceded imply the reporter's view of the speaker.");

    // Each verb with what it implies, so the message can say why it is loaded.
    private static readonly Dictionary<string, string> s_loaded = new(StringComparer.OrdinalIgnoreCase)
    {
        ["admitted"] = "it implies a fault owned up to",
        ["admits"] = "it implies a fault owned up to",
        ["conceded"] = "it implies the point was lost",
        ["concedes"] = "it implies the point was lost",
        ["confessed"] = "it implies guilt",
        ["confesses"] = "it implies guilt",
        ["claimed"] = "it casts doubt on the words",
        ["claims"] = "it casts doubt on the words",
        ["alleged"] = "it casts doubt on the words",
        ["alleges"] = "it casts doubt on the words",
        ["purported"] = "it casts doubt on the words",
        ["insisted"] = "it suggests stubbornness against the facts",
        ["insists"] = "it suggests stubbornness against the facts",
        ["maintained"] = "it suggests holding out against the facts",
        ["asserted"] = "it suggests a claim without support",
        ["contended"] = "it frames the words as one side of a dispute",
        ["boasted"] = "it implies vanity",
        ["bragged"] = "it implies vanity",
        ["complained"] = "it belittles the point as a grievance",
        ["whined"] = "it mocks the speaker",
        ["ranted"] = "it mocks the speaker",
        ["snapped"] = "it paints the speaker as hostile",
        ["retorted"] = "it paints the speaker as combative",
        ["revealed"] = "it implies the words expose a secret",
        ["lamented"] = "it assigns an emotion the reporter cannot know",
    };

    public override NewsDiagnosticDescriptor Descriptor => Rule;

    // The same verbs in an array, compared in place: a substring per candidate word would cost more than the check.
    private static readonly KeyValuePair<string, string>[] s_verbs = new List<KeyValuePair<string, string>>(s_loaded).ToArray();

    public override void Analyze(RuleContext context)
    {
        var text = context.Text.Content;
        var blocks = context.Syntax.Blocks;
        for (var t = 0; t < context.TaggedQuotationCount; t++)
        {
            var b = context.TaggedBlock(t);
            if (!context.Skips(b) && blocks[b] is ParagraphSyntax paragraph)
            {
                var k = context.TaggedInline(t);
                CheckSentenceAfter(context, text, paragraph, b, k + 1, paragraph.InlineSpan(k).End);
            }
        }
    }

    // The words of the writer's voice from the end of a quotation (inlines[next] is the first inline after it) to the sentence's end.
    private static void CheckSentenceAfter(RuleContext context, string text, ParagraphSyntax paragraph, int blockIndex, int next, int from)
    {
        var end = Math.Min(ProseScanner.SentenceEnd(context.SentenceEnds(blockIndex), paragraph, from), from + ProseScanner.MaxSentenceReach);
        var inlines = new ProseScanner.InlineCursor(paragraph, next);
        var i = from;
        while (i < end)
        {
            // Quotations, spans and tags are someone else's words: jump over them.
            inlines.SkipEndingBy(i);
            if (inlines.Start <= i)
            {
                i = inlines.End;
                continue;
            }

            if (!ProseScanner.IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < end && ProseScanner.IsWordChar(text[i]))
            {
                i++;
            }

            // Every loaded verb is 5 to 10 letters long and ends in -ed or -s: most words are ruled out without a lookup.
            var length = i - start;
            var last = text[i - 1];
            if (length >= 5 && length <= 10 && (last is 'd' or 's' or 'D' or 'S') && Find(text, start, length) is { } why)
            {
                context.Report(Rule, TextSpan.FromBounds(start, i), text.Substring(start, length), why);
            }
        }
    }

    private static string? Find(string text, int start, int length)
    {
        foreach (var verb in s_verbs)
        {
            if (verb.Key.Length == length && string.Compare(text, start, verb.Key, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return verb.Value;
            }
        }

        return null;
    }
}
