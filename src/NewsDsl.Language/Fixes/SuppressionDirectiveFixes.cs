using System.Collections.Generic;
using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Fixes;

/// <summary>
/// NEWS009 and NEWS010, repaired in the suppression comment itself: remove an ID it should not name
/// (the whole comment when it is its only one), remove a comment that suppresses nothing, or add the
/// missing reason as a placeholder. None is safe: a suppression records a desk's decision, which a
/// tool does not take back or explain on its own.
/// </summary>
internal static class SuppressionDirectiveFixes
{
    public static void Add(FixContext context)
    {
        if (context.SafeOnly || Find(context.Model.Syntax, context.Span.Start) is not { } directive)
        {
            return;
        }

        var span = context.Span;
        for (var i = 0; i < directive.Ids.Count; i++)
        {
            var id = directive.Ids[i];
            if (id.Span != span)
            {
                continue;
            }

            if (directive.Ids.Count == 1)
            {
                RemoveComment(context, directive);
                return;
            }

            // The ID and the separator after it (before it, for the last one): "NEWS105, NEWS106" -> "NEWS106".
            var removed = i + 1 < directive.Ids.Count
                ? TextSpan.FromBounds(id.Span.Start, directive.Ids[i + 1].Span.Start)
                : TextSpan.FromBounds(directive.Ids[i - 1].Span.End, id.Span.End);
            context.Add($"Remove {id.Id} from this comment", NewsTextEdit.Delete(removed), isSafe: false, context.Diagnostic.Id + ".remove-id");
            return;
        }

        if (span != directive.KeywordSpan || directive.Kind == SuppressionDirectiveKind.Unknown)
        {
            return;
        }

        if (context.Diagnostic.Id == "NEWS010")
        {
            // "newsdsl-enable" with nothing disabled before it.
            RemoveComment(context, directive);
        }
        else if (directive.Suppresses && directive.Ids.Count > 0 && directive.Reason is null)
        {
            var line = context.LineOf(directive.Span.Start);
            var end = context.LineContentEnd(line);
            while (end > directive.Span.Start && char.IsWhiteSpace(context.Content[end - 1]))
            {
                end--;
            }

            var edit = directive.SeparatorSpan is { } separator && separator.End <= end
                ? NewsTextEdit.Replace(TextSpan.FromBounds(separator.End, end), " " + SuppressionFixes.ReasonPlaceholder)
                : NewsTextEdit.Insert(end, " -- " + SuppressionFixes.ReasonPlaceholder);
            context.Add("Add the reason after '--'", edit, isSafe: false, "NEWS009.add-reason", "the placeholder must be replaced by the reason the desk accepts the finding");
        }
    }

    private static void RemoveComment(FixContext context, SuppressionDirectiveSyntax directive) =>
        context.Add(
            "Remove this suppression comment",
            UncitedSourceFixes.RemoveLines(context, new SortedSet<int> { context.LineOf(directive.Span.Start) }),
            isSafe: false,
            context.Diagnostic.Id + ".remove-comment");

    private static SuppressionDirectiveSyntax? Find(NewsSyntaxTree syntax, int offset)
    {
        foreach (var directive in syntax.SuppressionDirectives)
        {
            if (directive.Span.Start <= offset && offset < directive.Span.End)
            {
                return directive;
            }
        }

        return null;
    }
}
