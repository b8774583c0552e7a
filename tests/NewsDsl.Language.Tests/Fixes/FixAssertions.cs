using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Fixes;
using NewsDsl.Language.Text;
using Xunit;

namespace NewsDsl.Language.Tests.Fixes;

/// <summary>Applying fixes and judging them: did the target go, did a syntax error come?</summary>
internal static class FixAssertions
{
    /// <summary>
    /// False until helper core's suppression comments (contract 8.3) land on main: before that a
    /// directive line is an editor's note that suppresses nothing, so a suppression fix cannot yet
    /// remove its finding. Flip it when merging them.
    /// </summary>
    public const bool SuppressionsHonoured = true;

    public const string FrontMatter = "---\nid: a\nheadline: H\n---\n";

    public static NewsCheckResult Check(string content) => NewsChecker.Check(NewsText.From(content, "a.news"));

    public static NewsDiagnostic Single(NewsCheckResult result, string id) =>
        Assert.Single(result.Diagnostics, d => d.Id == id);

    public static string Apply(NewsCheckResult result, NewsFix fix) =>
        (result.Syntax.Text.HadByteOrderMark ? "\uFEFF" : string.Empty) + NewsTextEdits.Apply(result.Syntax.Text.Content, fix.Edits);

    public static bool IsSuppression(NewsFix fix) => fix.EquivalenceKey.EndsWith(".suppress-line", StringComparison.Ordinal);

    /// <summary>
    /// Where an offset of the edited text was in the original: outside the edits, moved back by what
    /// came before; inside an edit's new text, the edit's start (and <paramref name="inEdit"/> is its span).
    /// </summary>
    public static int MapBack(IReadOnlyList<NewsTextEdit> orderedEdits, int offset, out TextSpan? inEdit)
    {
        var delta = 0;
        foreach (var edit in orderedEdits)
        {
            var newStart = edit.Span.Start + delta;
            if (offset < newStart)
            {
                break;
            }

            if (offset < newStart + edit.NewText.Length)
            {
                inEdit = edit.Span;
                return edit.Span.Start;
            }

            delta += edit.NewText.Length - edit.Span.Length;
        }

        inEdit = null;
        return offset - delta;
    }

    /// <summary>
    /// The two promises every fix keeps: the article after it has no syntax error it did not have before
    /// (same place, mapped through the edits), and the finding the fix targets is gone.
    /// </summary>
    public static void AssertKeepsPromises(NewsCheckResult before, NewsFix fix, IReadOnlyList<NewsTextEdit> allEdits, string label)
    {
        var fixedContent = NewsTextEdits.Apply(before.Syntax.Text.Content, allEdits);
        var after = NewsChecker.Check(NewsText.From((before.Syntax.Text.HadByteOrderMark ? "\uFEFF" : string.Empty) + fixedContent, before.Syntax.Text.Path));
        var ordered = allEdits.OrderBy(e => e.Span.Start).ThenBy(e => e.Span.End).ToList();

        // Each syntax error after the fix must be one that was there before: same place, or (when a fix
        // changes what the parser sees, such as a hidden character between a mark and a tag) a
        // neighbouring place, mapped through the edits, each old error accounting for one new error at most.
        var oldErrors = before.Diagnostics.Where(d => d.Id == "NEWS004").Select(d => d.Span).ToList();
        foreach (var error in after.Diagnostics.Where(d => d.Id == "NEWS004"))
        {
            var start = MapBack(ordered, error.Span.Start, out var startEdit);
            var end = MapBack(ordered, error.Span.End, out var endEdit);
            end = endEdit is { } e ? e.End : end;
            end = Math.Max(end, startEdit?.End ?? start);
            var match = oldErrors.FindIndex(o => o.Start <= end && start <= o.End);
            Assert.True(match >= 0, $"{label}: the fix '{fix.Title}' introduced NEWS004 '{error.Message}' at {error.Start}.\nFixed text:\n{fixedContent}");
            oldErrors.RemoveAt(match);
        }

        if (IsSuppression(fix) && !SuppressionsHonoured)
        {
            return;
        }

        var target = fix.Diagnostic;
        var survivor = after.Diagnostics.FirstOrDefault(d => d.Id == target.Id && MapBack(ordered, d.Span.Start, out _) == target.Span.Start);
        Assert.True(survivor is null, $"{label}: the fix '{fix.Title}' left its finding {target}.\nFixed text:\n{fixedContent}");
    }
}
