using NewsDsl.Language.Semantics;

namespace NewsDsl.Language.Fixes;

/// <summary>A declared source that may have spoken a quotation, and why it is ranked where it is.</summary>
internal sealed class AttributionCandidate
{
    public AttributionCandidate(SourceSymbol source, string evidence)
    {
        Source = source;
        Evidence = evidence;
    }

    public SourceSymbol Source { get; }

    /// <summary>For the writer: "'Zarif' is named in the same sentence".</summary>
    public string Evidence { get; }
}
