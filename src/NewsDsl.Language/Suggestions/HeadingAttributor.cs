using System;
using System.Collections.Generic;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Syntax;

namespace NewsDsl.Language.Suggestions;

/// <summary>A quotation in a heading takes the speaker of a quotation below it (up to the next heading) that says the same words.</summary>
internal sealed class HeadingAttributor
{
    private readonly ArticleModel _model;
    private readonly SpeakerRegistry _registry;
    private readonly List<BlockState> _blocks;
    private readonly Dictionary<Quotation, QuotationCandidate> _chosen;

    public HeadingAttributor(ArticleModel model, SpeakerRegistry registry, List<BlockState> blocks, Dictionary<Quotation, QuotationCandidate> chosen)
    {
        _model = model;
        _registry = registry;
        _blocks = blocks;
        _chosen = chosen;
    }

    /// <summary>A quotation in a heading takes the speaker of a quotation below it that says the same words.</summary>
    public void AttributeHeadings()
    {
        for (var b = 0; b < _blocks.Count; b++)
        {
            var heading = _blocks[b];
            if (heading.Block is not HeadingSyntax)
            {
                continue;
            }

            foreach (var token in heading.Tokens)
            {
                if (!token.IsQuote || token.IsAttributed || token.Quotation is null)
                {
                    continue;
                }

                var words = ContentWords(token.QuotedText);
                if (words.Count < 2)
                {
                    continue;
                }

                var match = FindQuotedBelow(b, words);
                if (match is not null)
                {
                    _chosen[token.Quotation] = new QuotationCandidate(token.Quotation, match.Value.Entity, SuggestionPattern.Heading, SuggestionConfidence.HeadingMatch, match.Value.Evidence);
                }
            }
        }
    }

    private (SpeakerEntity Entity, SuggestionEvidence Evidence)? FindQuotedBelow(int heading, HashSet<string> words)
    {
        for (var b = heading + 1; b < _blocks.Count && _blocks[b].Block is not HeadingSyntax; b++)
        {
            foreach (var token in _blocks[b].Tokens)
            {
                if (!token.IsQuote || token.Quotation is null)
                {
                    continue;
                }

                SpeakerEntity? speaker = null;
                SuggestionEvidence? evidence = null;
                if (token.IsAttributed && token.KnownSource is { } known)
                {
                    speaker = _registry.FindDeclared(known);
                }
                else if (_chosen.TryGetValue(token.Quotation, out var chosen) && chosen.Entity is not null && chosen.Confidence >= SpeakerSuggestion.ConfidenceThreshold)
                {
                    speaker = chosen.Entity;
                    evidence = chosen.Evidence;
                }

                if (speaker is null)
                {
                    continue;
                }

                var below = ContentWords(token.QuotedText);
                if (words.IsSubsetOf(below))
                {
                    return (speaker, evidence ?? TokenEvidence.Of(_model, token));
                }
            }
        }

        return null;
    }

    private static HashSet<string> ContentWords(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isLetter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isLetter && start < 0)
            {
                start = i;
            }
            else if (!isLetter && start >= 0)
            {
                var word = text.Substring(start, i - start).ToLowerInvariant();
                if (word.Length >= 3 && !CueLexicon.StopWords.Contains(word))
                {
                    // A light stem: "measures" and "measure", "concluded" and "conclude" meet.
                    words.Add(word.Length > 5 ? word.Substring(0, 5) : word);
                }

                start = -1;
            }
        }

        return words;
    }
}
