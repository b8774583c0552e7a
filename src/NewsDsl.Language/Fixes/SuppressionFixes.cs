using System;
using System.Collections.Generic;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Rules;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Fixes;

/// <summary>
/// "Suppress ID on this line": a <c>%% newsdsl-disable-next-line ID -- reason</c> line above the finding's
/// line (contract 8.3), with a reason placeholder the writer must replace. Never safe: a suppression is
/// a desk's decision. The directive starts at column 0, since an indented <c>%%</c> line is prose, and
/// it ends with the file's own line break.
/// </summary>
internal static class SuppressionFixes
{
    public const string ReasonPlaceholder = NewsFixes.Placeholder + ": say why this is acceptable";

    /// <summary>What a suppression comment may name, as the checker that applies them says (contract 8.3 and its NEWS009).</summary>
    public static bool CanSuppress(string id) => Suppressions.WhyNotSuppressible(id) is null;

    public static void Add(FixContext context)
    {
        var id = context.Diagnostic.Id;
        if (context.SafeOnly || !CanSuppress(id) || context.Span.Start > context.Content.Length)
        {
            return;
        }

        // A finding about the file as a whole sits at offset 0 with no length (NEWS107 without a headline):
        // no line holds it, so no line above it can suppress it.
        if (context.Span.Start == 0 && context.Span.Length == 0)
        {
            return;
        }

        var line = context.LineOf(context.Span.Start);

        // Inside the front matter a %% line would break it; a directive above a %% line would pass it
        // by and apply to the next line of text (NEWS009 and NEWS010 are repaired in the directive itself).
        if ((context.Model.Syntax.FrontMatter is { } frontMatter && line <= context.LineOf(frontMatter.Span.End)) || context.IsCommentLine(line))
        {
            return;
        }

        var lineBreak = line > 0 ? context.LineBreakOf(line - 1) : context.PreferredLineBreak();
        var edit = NewsTextEdit.Insert(context.LineStart(line), $"%% newsdsl-disable-next-line {id} -- {ReasonPlaceholder}{lineBreak}");

        // Above the first line of a block a note changes nothing else (the binder reads across notes). Inside
        // a paragraph it splits the paragraph: offered only when that changes no other finding.
        if (line > 0 && context.IsProseLine(line) && context.IsProseLine(line - 1) && !ChangesNothingElse(context, line, edit))
        {
            return;
        }

        context.Add($"Suppress {id} on this line", edit, isSafe: false, id + ".suppress-line", "the placeholder must be replaced by the reason the desk accepts the finding");
    }

    private static bool ChangesNothingElse(FixContext context, int line, NewsTextEdit edit)
    {
        var id = context.Diagnostic.Id;
        var text = context.Text;
        var inserted = edit.NewText.Length;
        var before = Findings(NewsChecker.Check(text).Diagnostics, id, context.LineStart(line), context.LineContentEnd(line), edit.Span.Start, inserted);
        var fixedText = NewsText.From((text.HadByteOrderMark ? "\uFEFF" : string.Empty) + NewsTextEdits.Apply(context.Content, new[] { edit }), text.Path);
        var lineStart = context.LineStart(line) + inserted;
        var after = Findings(NewsChecker.Check(fixedText).Diagnostics, id, lineStart, context.LineContentEnd(line) + inserted, int.MaxValue, 0);
        if (before.Count != after.Count)
        {
            return false;
        }

        for (var i = 0; i < before.Count; i++)
        {
            if (before[i] != after[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Every finding as "ID@offset" (offsets from <paramref name="shiftFrom"/> on moved by <paramref name="shift"/>), leaving out the ID on the suppressed line.</summary>
    private static List<string> Findings(IReadOnlyList<NewsDiagnostic> diagnostics, string id, int lineStart, int lineEnd, int shiftFrom, int shift)
    {
        var list = new List<string>(diagnostics.Count);
        foreach (var diagnostic in diagnostics)
        {
            var start = diagnostic.Span.Start;
            if (diagnostic.Id == id && start >= lineStart && start <= lineEnd)
            {
                continue;
            }

            list.Add(diagnostic.Id + "@" + (start >= shiftFrom ? start + shift : start));
        }

        list.Sort(StringComparer.Ordinal);
        return list;
    }
}
