using NewsDsl.Language.Semantics;

namespace NewsDsl.Language.Suggestions;

/// <summary>A declared source offered for an untagged quotation, with the engine's confidence and evidence when it suggested it.</summary>
public sealed class SourceCandidate
{
    public SourceCandidate(SourceSymbol source, double confidence, SuggestionEvidence? evidence)
    {
        Source = source;
        Confidence = confidence;
        Evidence = evidence;
    }

    public SourceSymbol Source { get; }

    /// <summary>0 for a source offered only because the article declares or cites it.</summary>
    public double Confidence { get; }

    /// <summary>The cue the engine relied on; null when it did not suggest this source.</summary>
    public SuggestionEvidence? Evidence { get; }

    public bool IsSuggested => Evidence is not null;
}
