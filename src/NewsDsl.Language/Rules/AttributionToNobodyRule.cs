using System;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Rules;

/// <summary>
/// NEWS101: a sentence that ends in an attribution cue with nobody to attribute it to —
/// "…, reported.", "…, it was reported.", "…, according to." (an outlet lost in editing).
/// </summary>
internal sealed class AttributionToNobodyRule : NewsRule
{
    public static readonly NewsDiagnosticDescriptor Rule = new(
        "NEWS101",
        "Attribution names nobody",
        "'{0}' attributes the sentence to nobody: name who {1} it (\"…, Reuters reported.\"), or drop the attribution if the article stands behind it",
        "Attribution",
        NewsSeverity.Warning,
        "Reuters' and AP's standards require attribution to say who: a sentence ending in a bare cue has lost its source.");

    // Verbs that end a sentence only when someone was named before them ("Zarif said.").
    private static readonly string[] s_cues = { "reported", "said", "says", "stated", "told", "added", "announced", "confirmed", "wrote", "tweeted", "posted", "claimed", "noted" };

    public override NewsDiagnosticDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        var text = context.Text.Content;
        var blocks = context.Syntax.Blocks;
        for (var b = 0; b < blocks.Count; b++)
        {
            if (context.Skips(b) || blocks[b] is not ParagraphSyntax paragraph)
            {
                continue;
            }

            var ends = context.SentenceEnds(b);
            for (var e = 0; e < ends.Count; e++)
            {
                Check(context, text, paragraph, ends.Array![ends.Offset + e]);
            }
        }
    }

    private static void Check(RuleContext context, string text, ParagraphSyntax paragraph, int terminator)
    {
        var start = paragraph.ContentSpan.Start;
        var last = ProseScanner.WordBefore(text, start, terminator);
        if (last.Length == 0)
        {
            return;
        }

        // The cue first: almost no sentence ends in one, and the words are compared in place, while whether the
        // last word is masked is a search of the block's inlines.
        var cue = last;
        string verb;
        if (ProseScanner.IsWord(text, last, "to"))
        {
            var according = ProseScanner.WordBefore(text, start, last.Start);
            if (!ProseScanner.IsWord(text, according, "according"))
            {
                return;
            }

            cue = TextSpan.FromBounds(according.Start, last.End);
            verb = "reported";
        }
        else if (FindCue(text, last) is { } found)
        {
            verb = found is "says" or "said" or "told" or "added" or "noted" or "stated" ? "said" : found;
        }
        else
        {
            return;
        }

        if (ProseScanner.IsMasked(paragraph, last.Start))
        {
            return;
        }

        // What stands before the cue: a comma ("…, reported."), or "it was" after a comma or at the sentence start.
        var passive = ProseScanner.WordBefore(text, start, cue.Start);
        var isBeen = ProseScanner.IsWord(text, passive, "been");
        if (isBeen || ProseScanner.IsWord(text, passive, "was") || ProseScanner.IsWord(text, passive, "is"))
        {
            var subjectEnd = passive.Start;
            if (isBeen)
            {
                var has = ProseScanner.WordBefore(text, start, passive.Start);
                if (!ProseScanner.IsWord(text, has, "has"))
                {
                    return;
                }

                subjectEnd = has.Start;
            }

            var subject = ProseScanner.WordBefore(text, start, subjectEnd);
            if (!ProseScanner.IsWord(text, subject, "it"))
            {
                return;
            }

            // "…, it was reported." or a sentence of its own ("It was reported."): either way, nobody is named.
            var beforeIt = SkipSpacesBack(text, start, subject.Start);
            if (beforeIt > start && text[beforeIt - 1] is not (',' or '.' or '!' or '?'))
            {
                return;
            }
        }
        else if (SkipSpacesBack(text, start, cue.Start) is var before && (before <= start || text[before - 1] != ','))
        {
            return;
        }

        context.Report(Rule, cue, text.Substring(cue.Start, cue.Length), verb);
    }

    private static string? FindCue(string text, TextSpan word)
    {
        // Every cue is 4 to 9 letters long: most last words of a sentence are ruled out without a comparison.
        if (word.Length < 4 || word.Length > 9)
        {
            return null;
        }

        foreach (var cue in s_cues)
        {
            if (ProseScanner.IsWord(text, word, cue))
            {
                return cue;
            }
        }

        return null;
    }

    private static int SkipSpacesBack(string text, int start, int position)
    {
        while (position > start && char.IsWhiteSpace(text[position - 1]))
        {
            position--;
        }

        return position;
    }
}
