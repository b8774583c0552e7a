using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace NewsDsl.Language.Fixes;

/// <summary>Applies text edits: exact offsets, non-overlapping, everything outside them kept as it was.</summary>
public static class NewsTextEdits
{
    /// <summary>
    /// Returns <paramref name="text"/> with <paramref name="edits"/> applied. The edits refer to the
    /// original text and must not overlap; insertions at one position keep the order they are given in.
    /// </summary>
    /// <exception cref="ArgumentException">An edit reaches past the text or overlaps another.</exception>
    public static string Apply(string text, IEnumerable<NewsTextEdit> edits)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var ordered = Order(edits);
        if (ordered.Length == 0)
        {
            return text;
        }

        var last = ordered[ordered.Length - 1];
        if (last.Span.End > text.Length)
        {
            throw new ArgumentException($"The edit {last} reaches past the end of the text ({text.Length}).", nameof(edits));
        }

        var builder = new StringBuilder(text.Length + 64);
        var position = 0;
        foreach (var edit in ordered)
        {
            builder.Append(text, position, edit.Span.Start - position);
            builder.Append(edit.NewText);
            position = edit.Span.End;
        }

        builder.Append(text, position, text.Length - position);
        return builder.ToString();
    }

    /// <summary>
    /// True when the two edits cannot both be applied: their spans share a code unit, or one
    /// inserts strictly inside the other's span.
    /// </summary>
    public static bool Overlap(NewsTextEdit a, NewsTextEdit b) =>
        a.Span.Start < b.Span.End && b.Span.Start < a.Span.End;

    /// <summary>Sorts by start (then end: insertions before a replacement at the same place), stably, and refuses overlaps.</summary>
    internal static NewsTextEdit[] Order(IEnumerable<NewsTextEdit> edits)
    {
        if (edits is null)
        {
            throw new ArgumentNullException(nameof(edits));
        }

        // OrderBy is stable: insertions at one position stay in the order given.
        var ordered = edits.OrderBy(e => e.Span.Start).ThenBy(e => e.Span.End).ToArray();
        for (var i = 1; i < ordered.Length; i++)
        {
            if (ordered[i].Span.Start < ordered[i - 1].Span.End)
            {
                throw new ArgumentException($"The edits {ordered[i - 1]} and {ordered[i]} overlap.", nameof(edits));
            }
        }

        return ordered;
    }
}
