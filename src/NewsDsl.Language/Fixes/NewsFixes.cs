using System;
using System.Collections.Generic;
using NewsDsl.Language.Diagnostics;

namespace NewsDsl.Language.Fixes;

/// <summary>
/// The fixes of the language core: for one finding, every repair a tool may offer; for a whole
/// article, the safe ones that can be applied together. Computed from the check result alone, with
/// no shared state, so any thread may call it and every adapter offers the same fixes.
/// </summary>
public static class NewsFixes
{
    /// <summary>
    /// The word every placeholder a fix writes begins with (a reason, a name): text the writer must
    /// replace, easy to search for. Fixes that write one are never safe.
    /// </summary>
    public const string Placeholder = "TODO";

    /// <summary>
    /// Every fix for <paramref name="diagnostic"/>, most likely first; suppressions last. Empty when it
    /// has none, or when the diagnostic does not fit the result's text (it came from another version).
    /// </summary>
    public static IReadOnlyList<NewsFix> GetFixes(NewsCheckResult result, NewsDiagnostic diagnostic) =>
        Collect(result, diagnostic, safeOnly: false);

    /// <summary>
    /// Fix-all: one safe fix for each finding of <paramref name="result"/> that has one, in document
    /// order, leaving out any whose edits overlap or touch an earlier one's (re-check and call again
    /// for those). Apply them together with <see cref="NewsTextEdits.Apply"/>.
    /// </summary>
    public static IReadOnlyList<NewsFix> GetSafeFixes(NewsCheckResult result)
    {
        if (result is null)
        {
            throw new ArgumentNullException(nameof(result));
        }

        var accepted = new List<NewsFix>();
        var edits = new List<NewsTextEdit>();
        foreach (var diagnostic in result.Diagnostics)
        {
            if (!HasSafeFixes(diagnostic.Id))
            {
                continue;
            }

            foreach (var fix in Collect(result, diagnostic, safeOnly: true))
            {
                if (!fix.IsSafe || Conflicts(fix, edits))
                {
                    continue;
                }

                accepted.Add(fix);
                Take(fix, edits);
                break;
            }
        }

        return accepted.ToArray();
    }

    /// <summary>Only these IDs can have a safe fix: fix-all asks no other provider (suppressions would re-check the article).</summary>
    private static bool HasSafeFixes(string id) => id is "NEWS004" or "NEWS100";

    private static IReadOnlyList<NewsFix> Collect(NewsCheckResult result, NewsDiagnostic diagnostic, bool safeOnly)
    {
        if (result is null)
        {
            throw new ArgumentNullException(nameof(result));
        }

        if (diagnostic is null)
        {
            throw new ArgumentNullException(nameof(diagnostic));
        }

        var text = result.Syntax.Text;
        if (diagnostic.Span.Start < 0 || diagnostic.Span.End > text.Length)
        {
            return Array.Empty<NewsFix>();
        }

        var fixes = new List<NewsFix>();
        var context = new FixContext(result, diagnostic, safeOnly, fixes);
        switch (diagnostic.Id)
        {
            case "NEWS001":
                UnattributedQuotationFixes.Add(context, SuggestionRanker.Instance);
                break;
            case "NEWS002":
                UndeclaredSourceFixes.Add(context);
                break;
            case "NEWS003":
                UncitedSourceFixes.Add(context);
                break;
            case "NEWS004":
                SyntaxErrorFixes.Add(context);
                break;
            case "NEWS005":
                AnonymousWithoutReasonFixes.Add(context);
                break;
            case "NEWS009":
            case "NEWS010":
                SuppressionDirectiveFixes.Add(context);
                break;
            case "NEWS100":
                HiddenCharacterFixes.Add(context);
                break;
            case "NEWS108":
                SuggestedAttributionFixes.Add(context);
                break;
        }

        SuppressionFixes.Add(context);
        return fixes.ToArray();
    }

    /// <summary>
    /// Two fixes conflict when their edits overlap, or when an insertion touches the other's edit (which
    /// text comes first would be a guess). <paramref name="taken"/> is kept sorted and free of overlaps,
    /// so only the neighbours of each new edit need a look.
    /// </summary>
    private static bool Conflicts(NewsFix fix, List<NewsTextEdit> taken)
    {
        foreach (var edit in fix.Edits)
        {
            var index = FirstStartingAtOrAfter(taken, edit.Span.Start);
            for (var i = Math.Max(0, index - 1); i < taken.Count && i <= index + 1; i++)
            {
                var other = taken[i];
                var touches = edit.Span.Start == other.Span.End || edit.Span.End == other.Span.Start || edit.Span.Start == other.Span.Start;
                if (NewsTextEdits.Overlap(edit, other) || (touches && (edit.IsInsertion || other.IsInsertion)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void Take(NewsFix fix, List<NewsTextEdit> taken)
    {
        foreach (var edit in fix.Edits)
        {
            taken.Insert(FirstStartingAtOrAfter(taken, edit.Span.Start), edit);
        }
    }

    private static int FirstStartingAtOrAfter(List<NewsTextEdit> edits, int position)
    {
        int low = 0, high = edits.Count;
        while (low < high)
        {
            var mid = (low + high) >> 1;
            if (edits[mid].Span.Start < position)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
