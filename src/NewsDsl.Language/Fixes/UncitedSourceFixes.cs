using System.Collections.Generic;
using NewsDsl.Language.Semantics;

namespace NewsDsl.Language.Fixes;

/// <summary>
/// NEWS003: remove the declaration (and any duplicate of it: nothing cites that id). Not safe: the
/// declaration may be right and a tag missing, which only the writer knows.
/// </summary>
internal static class UncitedSourceFixes
{
    public static void Add(FixContext context)
    {
        if (context.SafeOnly || Find(context.Model, context.Span.Start) is not { } source || context.Model.IsCited(source))
        {
            return;
        }

        var lines = new SortedSet<int> { context.LineOf(source.Declaration.Span.Start) };
        foreach (var duplicate in context.Model.DuplicateDeclarations)
        {
            if (duplicate.Id == source.Id)
            {
                lines.Add(context.LineOf(duplicate.Span.Start));
            }
        }

        context.Add(
            $"Remove the declaration of '{source.Id}'",
            RemoveLines(context, lines),
            isSafe: false,
            "NEWS003.remove-declaration",
            lines.Count > 1 ? $"removes all {lines.Count} declarations of '{source.Id}'" : null);
    }

    private static SourceSymbol? Find(ArticleModel model, int at)
    {
        foreach (var source in model.Sources)
        {
            if (source.Declaration.IdSpan.Start == at)
            {
                return source;
            }
        }

        return null;
    }

    /// <summary>
    /// Deletes whole lines, run by run. A run between two prose lines leaves one blank line, so the
    /// paragraphs it separated do not merge into one.
    /// </summary>
    internal static List<NewsTextEdit> RemoveLines(FixContext context, SortedSet<int> lines)
    {
        var edits = new List<NewsTextEdit>();
        var content = context.Content;
        using var enumerator = lines.GetEnumerator();
        var more = enumerator.MoveNext();
        while (more)
        {
            var first = enumerator.Current;
            var last = first;
            while ((more = enumerator.MoveNext()) && enumerator.Current == last + 1)
            {
                last = enumerator.Current;
            }

            var hasNext = last + 1 < context.LineCount;
            if (first > 0 && hasNext && context.IsProseLine(first - 1) && context.IsProseLine(last + 1))
            {
                edits.Add(NewsTextEdit.Delete(Text.TextSpan.FromBounds(context.LineStart(first), context.LineContentEnd(last))));
            }
            else if (hasNext)
            {
                edits.Add(NewsTextEdit.Delete(Text.TextSpan.FromBounds(context.LineStart(first), context.LineStart(last + 1))));
            }
            else if (first > 0)
            {
                // The last line of the file: the line break before it goes with it.
                edits.Add(NewsTextEdit.Delete(Text.TextSpan.FromBounds(context.LineContentEnd(first - 1), content.Length)));
            }
            else
            {
                edits.Add(NewsTextEdit.Delete(Text.TextSpan.FromBounds(0, content.Length)));
            }
        }

        return edits;
    }
}
