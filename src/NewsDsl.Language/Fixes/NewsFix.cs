using System;
using System.Collections.Generic;
using System.Linq;
using NewsDsl.Language.Diagnostics;

namespace NewsDsl.Language.Fixes;

/// <summary>
/// A repair for one finding, as data: a title to show, the text edits that make it, and whether a
/// tool may apply it without asking anyone. The CLI's <c>--fix</c>, the language server's code
/// actions and any other tool get these from <see cref="NewsFixes"/>, so all of them fix alike.
/// </summary>
public sealed class NewsFix
{
    public NewsFix(string title, IEnumerable<NewsTextEdit> edits, bool isSafe, NewsDiagnostic diagnostic, string equivalenceKey, string? detail = null)
    {
        if (string.IsNullOrEmpty(title))
        {
            throw new ArgumentException("A fix needs a title.", nameof(title));
        }

        if (string.IsNullOrEmpty(equivalenceKey))
        {
            throw new ArgumentException("A fix needs an equivalence key.", nameof(equivalenceKey));
        }

        if (edits is null)
        {
            throw new ArgumentNullException(nameof(edits));
        }

        // Kept in document order and checked once, so every consumer can apply them as they are.
        var ordered = NewsTextEdits.Order(edits);
        if (ordered.Length == 0)
        {
            throw new ArgumentException("A fix needs at least one edit.", nameof(edits));
        }

        Title = title;
        Edits = ordered;
        IsSafe = isSafe;
        Diagnostic = diagnostic ?? throw new ArgumentNullException(nameof(diagnostic));
        EquivalenceKey = equivalenceKey;
        Detail = detail;
    }

    /// <summary>What the fix does, for a menu: "Attribute to {@zarif} (Mohammad Javad Zarif)".</summary>
    public string Title { get; }

    /// <summary>The edits, non-overlapping, in document order; offsets into the checked text.</summary>
    public IReadOnlyList<NewsTextEdit> Edits { get; }

    /// <summary>
    /// True only when there is one right answer, so a tool may apply the fix unasked
    /// (<c>newsdsl check --fix</c>); every other fix needs a person to choose it.
    /// </summary>
    public bool IsSafe { get; }

    /// <summary>The finding this fix removes.</summary>
    public NewsDiagnostic Diagnostic { get; }

    /// <summary>
    /// Which kind of fix this is, the same for the same kind of fix everywhere (<c>NEWS005.add-reason</c>,
    /// <c>NEWS001.attribute.zarif</c>): editors group "fix all of this kind" by it.
    /// </summary>
    public string EquivalenceKey { get; }

    /// <summary>Why this fix is offered, when there is more to say than the title (the evidence for a candidate source).</summary>
    public string? Detail { get; }

    public override string ToString() => $"{Diagnostic.Id}: {Title}{(IsSafe ? " (safe)" : string.Empty)} [{string.Join(", ", Edits.Select(e => e.ToString()))}]";
}
