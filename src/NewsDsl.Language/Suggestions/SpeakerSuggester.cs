using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using NewsDsl.Language.Semantics;

namespace NewsDsl.Language.Suggestions;

/// <summary>
/// Who said it: suggests a speaker for every quotation without a tag, from the article's own
/// words (cue verbs, pronouns, paragraph structure) and its declared sources. Rule-based and
/// deterministic; it answers nothing rather than guess, so a person confirms every answer. The
/// importer, the NEWS001 fix and "suggest all attributions" all ask this one engine.
/// </summary>
public static class SpeakerSuggester
{
    private static readonly ConditionalWeakTable<ArticleModel, SuggestionSet> s_cache = new();

    /// <summary>Suggestions for every untagged quotation of <paramref name="model"/> that is someone's words or a title/term.</summary>
    /// <remarks>
    /// When the article declares sources, a speaker is suggested only when it is one of them (the
    /// suggestion's <see cref="SpeakerSuggestion.SourceId"/>); otherwise speakers are named by the
    /// words of the article (<see cref="SuggestedSpeaker.Name"/> and <see cref="SuggestedSpeaker.Forms"/>).
    /// </remarks>
    public static SuggestionSet Suggest(ArticleModel model, CancellationToken cancellationToken = default)
    {
        if (model is null)
        {
            throw new ArgumentNullException(nameof(model));
        }

        // A model is immutable: its answers are computed once (the fixes ask for every NEWS001).
        if (s_cache.TryGetValue(model, out var cached))
        {
            return cached;
        }

        var pass = new SuggestionPass(model, cancellationToken);
        var chosen = pass.Run();
        var declared = pass.Registry.HasDeclaredSources;
        var suggestions = new List<SpeakerSuggestion>();
        var speakers = new List<SuggestedSpeaker>();
        var seen = new HashSet<SuggestedSpeaker>();
        foreach (var quotation in model.Quotations)
        {
            if (!chosen.TryGetValue(quotation, out var candidate) || quotation.Attribution != AttributionKind.None || quotation.Parent is not null)
            {
                continue;
            }

            if (candidate.Entity is { } entity && declared && entity.Source is null)
            {
                // The article names its sources: a speaker it has not declared is not an answer.
                continue;
            }

            var speaker = candidate.Entity?.ToPublic();
            suggestions.Add(new SpeakerSuggestion(quotation, speaker, candidate.Pattern, candidate.Confidence, candidate.Evidence));
            if (speaker is not null && seen.Add(speaker))
            {
                speakers.Add(speaker);
            }
        }

        var set = new SuggestionSet(suggestions, speakers);
        try
        {
            s_cache.Add(model, set);
        }
        catch (ArgumentException)
        {
            // Another thread answered first: the answers are the same.
        }

        return set;
    }

    /// <summary>
    /// The declared sources a quotation may be attributed to, best first: the engine's suggestion (with
    /// its evidence), then the sources most recently cited or named before the quotation, then the rest.
    /// </summary>
    public static IReadOnlyList<SourceCandidate> RankSources(ArticleModel model, Quotation quotation, CancellationToken cancellationToken = default)
    {
        if (model is null)
        {
            throw new ArgumentNullException(nameof(model));
        }

        if (quotation is null)
        {
            throw new ArgumentNullException(nameof(quotation));
        }

        var ranked = new List<SourceCandidate>();
        var added = new HashSet<SourceSymbol>();
        if (Suggest(model, cancellationToken).For(quotation) is { Speaker.Source: { } suggested } suggestion)
        {
            ranked.Add(new SourceCandidate(suggested, suggestion.Confidence, suggestion.Evidence));
            added.Add(suggested);
        }

        // Then by how recently each source was cited before the quotation (nearest first).
        var before = new List<KeyValuePair<int, SourceSymbol>>();
        foreach (var citation in model.Citations)
        {
            if (citation.Source is { } source && citation.Tag.Span.Start < quotation.OpeningMark.Start)
            {
                before.Add(new KeyValuePair<int, SourceSymbol>(citation.Tag.Span.Start, source));
            }
        }

        before.Sort(static (a, b) => b.Key.CompareTo(a.Key));
        foreach (var pair in before)
        {
            if (added.Add(pair.Value))
            {
                ranked.Add(new SourceCandidate(pair.Value, 0, null));
            }
        }

        foreach (var source in model.Sources)
        {
            if (added.Add(source))
            {
                ranked.Add(new SourceCandidate(source, 0, null));
            }
        }

        return ranked;
    }
}
