using System;
using System.Collections.Generic;
using NewsDsl.Language.Fixes;
using NewsDsl.LanguageServer.Protocol;

namespace NewsDsl.LanguageServer.Features;

/// <summary>
/// Code actions: every fix the core offers for the findings in the requested range (quick fixes, with
/// the diagnostic they fix), and <c>source.fixAll.newsdsl</c> applying the core's safe fixes together.
/// Each carries its <see cref="WorkspaceEdit"/>: no client-side commands.
/// </summary>
internal static class CodeActionProvider
{
    public const string QuickFix = "quickfix";
    public const string FixAll = "source.fixAll.newsdsl";

    public static readonly string[] Kinds = { QuickFix, FixAll };

    public static CodeAction[] Provide(DocumentSnapshot snapshot, Protocol.Range? range, CodeActionContext? context)
    {
        if (range?.Start is null || range.End is null)
        {
            throw new ArgumentException("'range' with a start and an end is required");
        }

        var only = context?.Only;
        var actions = new List<CodeAction>();
        var result = snapshot.Result;
        if (Wants(only, QuickFix))
        {
            var start = snapshot.Map.ToOffset(range.Start);
            var end = snapshot.Map.ToOffset(range.End);
            for (var i = 0; i < snapshot.Findings.Count; i++)
            {
                var finding = snapshot.Findings[i];

                // Touching counts: a cursor right before or after a finding is on it.
                if (finding.Span.Start > end || finding.Span.End < start)
                {
                    continue;
                }

                var first = true;
                foreach (var fix in NewsFixes.GetFixes(result, finding))
                {
                    actions.Add(new CodeAction(fix.Title, QuickFix, new[] { snapshot.Diagnostics[i] }, first ? true : null, Edit(snapshot, fix.Edits)));
                    first = false;
                }
            }
        }

        if (Wants(only, FixAll))
        {
            var safe = NewsFixes.GetSafeFixes(result);
            if (safe.Count > 0)
            {
                var edits = new List<NewsTextEdit>();
                foreach (var fix in safe)
                {
                    edits.AddRange(fix.Edits);
                }

                actions.Add(new CodeAction($"Fix all safe NewsDsl findings ({safe.Count})", FixAll, null, null, Edit(snapshot, edits)));
            }
        }

        return actions.ToArray();
    }

    /// <summary>Whether a kind was asked for: no filter, or a filter entry that is the kind or a parent of it.</summary>
    private static bool Wants(IReadOnlyList<string>? only, string kind)
    {
        if (only is null || only.Count == 0)
        {
            return true;
        }

        foreach (var entry in only)
        {
            if (entry is not null && (kind == entry || kind.StartsWith(entry + ".", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static WorkspaceEdit Edit(DocumentSnapshot snapshot, IEnumerable<NewsTextEdit> edits)
    {
        var changes = new List<TextEdit>();
        foreach (var edit in edits)
        {
            changes.Add(new TextEdit(snapshot.Map.ToRange(edit.Span), edit.NewText));
        }

        return new WorkspaceEdit(new Dictionary<string, IReadOnlyList<TextEdit>>(StringComparer.Ordinal) { [snapshot.Uri] = changes });
    }
}
