using System.Collections.Generic;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Fixes;

/// <summary>
/// For the few fixes whose effect on the parse cannot be told from the text around them: parses the
/// article with the edit applied and refuses the fix when a syntax error appears that was not there
/// before (at the same place or touching it, mapped through the edit). One parse per call: used only
/// for fixes a person asks for, never in fix-all.
/// </summary>
internal static class SyntaxErrorGuard
{
    public static bool AddsSyntaxErrors(FixContext context, NewsTextEdit edit)
    {
        var text = context.Text;
        var fixedText = NewsText.From((text.HadByteOrderMark ? "\uFEFF" : string.Empty) + NewsTextEdits.Apply(context.Content, new[] { edit }), text.Path);
        var before = new List<TextSpan>();
        foreach (var error in context.Result.Syntax.Errors)
        {
            before.Add(error.Span);
        }

        var shift = edit.NewText.Length - edit.Span.Length;
        var editEndAfter = edit.Span.Start + edit.NewText.Length;
        foreach (var error in NewsChecker.Bind(fixedText).Syntax.Errors)
        {
            var start = MapBack(error.Span.Start, edit, editEndAfter, shift, atEnd: false);
            var end = MapBack(error.Span.End, edit, editEndAfter, shift, atEnd: true);
            var match = before.FindIndex(old => old.Start <= end && start <= old.End);
            if (match < 0)
            {
                return true;
            }

            before.RemoveAt(match);
        }

        return false;
    }

    private static int MapBack(int offset, NewsTextEdit edit, int editEndAfter, int shift, bool atEnd)
    {
        if (offset < edit.Span.Start)
        {
            return offset;
        }

        if (offset < editEndAfter || (atEnd && offset == editEndAfter))
        {
            return atEnd ? edit.Span.End : edit.Span.Start;
        }

        return offset - shift;
    }
}
