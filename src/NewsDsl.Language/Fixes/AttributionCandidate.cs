using NewsDsl.Language.Semantics;

namespace NewsDsl.Language.Fixes;

/// <summary>A declared source that may have spoken a quotation, and why it is ranked where it is.</summary>
internal sealed class AttributionCandidate
{
    public AttributionCandidate(SourceSymbol source, string evidence, bool isSuggestion = false)
    {
        Source = source;
        Evidence = evidence;
        IsSuggestion = isSuggestion;
    }

    /// <summary>True when the speaker suggestion engine chose this source (its evidence names the cue and line).</summary>
    public bool IsSuggestion { get; }

    public SourceSymbol Source { get; }

    /// <summary>For the writer: "'Zarif' is named in the same sentence".</summary>
    public string Evidence { get; }
}
