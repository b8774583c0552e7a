using System.Collections.Generic;
using NewsDsl.Language.Semantics;

namespace NewsDsl.Language.Suggestions;

/// <summary>The engine's answers for one article: a suggestion per untagged quotation it is able to answer, and the speakers they name.</summary>
public sealed class SuggestionSet
{
    private readonly Dictionary<Quotation, SpeakerSuggestion> _byQuotation;

    internal SuggestionSet(IReadOnlyList<SpeakerSuggestion> suggestions, IReadOnlyList<SuggestedSpeaker> speakers)
    {
        Suggestions = suggestions;
        Speakers = speakers;
        _byQuotation = new Dictionary<Quotation, SpeakerSuggestion>();
        foreach (var suggestion in suggestions)
        {
            _byQuotation[suggestion.Quotation] = suggestion;
        }
    }

    /// <summary>In document order; confident and unsure ones (see <see cref="SpeakerSuggestion.IsConfident"/>).</summary>
    public IReadOnlyList<SpeakerSuggestion> Suggestions { get; }

    /// <summary>Every speaker a suggestion names, each once, in order of first suggestion.</summary>
    public IReadOnlyList<SuggestedSpeaker> Speakers { get; }

    /// <summary>The suggestion for a quotation, or null when the engine has none (or the quotation is tagged).</summary>
    public SpeakerSuggestion? For(Quotation quotation) => _byQuotation.TryGetValue(quotation, out var suggestion) ? suggestion : null;
}
