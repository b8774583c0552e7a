using System.Collections.Generic;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Suggestions;

namespace NewsDsl.Language.Fixes;

/// <summary>
/// NEWS001's ranking through the suggestion engine: the engine's confident answer first, with its
/// evidence (<c>“he said”, line 41</c>), then every other declared source in the basic
/// name-proximity order. The same engine drafts imports, so the editor and the importer agree. It lives with the
/// fixes so that the engine (Suggestions) depends on nothing of the rules or fixes.
/// </summary>
internal sealed class SuggestionRanker : IAttributionRanker
{
    public static readonly SuggestionRanker Instance = new();

    public IReadOnlyList<AttributionCandidate> Rank(ArticleModel model, Quotation quotation)
    {
        var basic = NameProximityRanker.Instance.Rank(model, quotation);
        var suggestion = SpeakerSuggester.Suggest(model).For(quotation);
        if (suggestion is not { IsConfident: true, Speaker.Source: { } suggested })
        {
            return basic;
        }

        var ranked = new List<AttributionCandidate>(basic.Count)
        {
            new(suggested, suggestion.Evidence.ToString(), isSuggestion: true),
        };

        foreach (var candidate in basic)
        {
            if (!ReferenceEquals(candidate.Source, suggested))
            {
                ranked.Add(candidate);
            }
        }

        return ranked;
    }
}
