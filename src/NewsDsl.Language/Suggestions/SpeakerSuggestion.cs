using NewsDsl.Language.Semantics;

namespace NewsDsl.Language.Suggestions;

/// <summary>
/// The engine's answer for one untagged quotation: a speaker (or <c>{title}</c>/<c>{term}</c>),
/// how sure it is, and the evidence. Only <see cref="IsConfident"/> answers should be offered as
/// a draft's tags; the others are ranked candidates for a person to choose from.
/// </summary>
public sealed class SpeakerSuggestion
{
    /// <summary>Confidence at or above which a suggestion is written into a draft.</summary>
    public const double ConfidenceThreshold = 0.6;

    internal SpeakerSuggestion(Quotation quotation, SuggestedSpeaker? speaker, SuggestionPattern pattern, double confidence, SuggestionEvidence evidence)
    {
        Quotation = quotation;
        Speaker = speaker;
        Pattern = pattern;
        Confidence = confidence;
        Evidence = evidence;
    }

    public Quotation Quotation { get; }

    /// <summary>Whose words; null for a <see cref="SuggestionPattern.Title"/> or <see cref="SuggestionPattern.Term"/> suggestion.</summary>
    public SuggestedSpeaker? Speaker { get; }

    /// <summary>The declared source id, when the speaker is a declared source.</summary>
    public string? SourceId => Speaker?.Source?.Id;

    public SuggestionPattern Pattern { get; }

    /// <summary>From 0 to 1: how reliable this pattern proved on the evaluation set.</summary>
    public double Confidence { get; }

    public bool IsConfident => Confidence >= ConfidenceThreshold;

    /// <summary>True when the quotation is nobody's words (<c>{title}</c> or <c>{term}</c>).</summary>
    public bool IsTitleOrTerm => Pattern is SuggestionPattern.Title or SuggestionPattern.Term;

    public SuggestionEvidence Evidence { get; }

    public override string ToString() => $"{Speaker?.ToString() ?? Pattern.ToString()} ({Evidence}, {Confidence:0.00})";
}
