using NewsDsl.Language.Text;

namespace NewsDsl.Language.Diagnostics;

/// <summary>
/// A second place a finding is about (as Roslyn's <c>Diagnostic.AdditionalLocations</c>): NEWS006's
/// first declaration, NEWS106's contradicted figure, NEWS109's first article with the id. The rule that
/// reports the finding fills it, so hosts show related places without repeating the rule's logic.
/// </summary>
public sealed class NewsRelatedLocation
{
    public NewsRelatedLocation(string path, TextSpan span, LinePosition start, LinePosition end, string message)
    {
        Path = path;
        Span = span;
        Start = start;
        End = end;
        Message = message;
    }

    /// <summary>The article the place is in: the finding's own path, or another article's (NEWS109).</summary>
    public string Path { get; }

    public TextSpan Span { get; }

    /// <summary>Zero-based start position.</summary>
    public LinePosition Start { get; }

    /// <summary>Zero-based end position.</summary>
    public LinePosition End { get; }

    /// <summary>What this place is, in a sentence fragment (<c>'zarif' is first declared here</c>).</summary>
    public string Message { get; }

    /// <summary>A place in <paramref name="text"/>.</summary>
    public static NewsRelatedLocation In(NewsText text, TextSpan span, string message) =>
        new(text.Path, span, text.GetLinePosition(span.Start), text.GetLinePosition(span.End), message);
}
