using System;
using System.Collections.Generic;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Syntax;

namespace NewsDsl.Render;

/// <summary>
/// What the page shows about an article beyond its text, computed once from the model: each
/// source's colour slot and counts, the attributed / suggested / unattributed tallies, and the
/// share of quoted and claimed words by kind of source.
/// </summary>
internal sealed class ArticleFacts
{
    public ArticleFacts(ArticleModel model)
    {
        Model = model;
        for (var i = 0; i < model.Sources.Count; i++)
        {
            SourceIndex[model.Sources[i]] = i;
            QuotationsBySource[model.Sources[i]] = 0;
            ClaimsBySource[model.Sources[i]] = 0;
        }

        foreach (var claim in model.Claims)
        {
            ClaimBySyntax[claim.Syntax] = claim;
        }

        var words = new Dictionary<WordShareKind, int>();
        foreach (var quote in model.Quotes)
        {
            if (quote.Source is { } source)
            {
                QuotationsBySource[source]++;
                if (Attribution.IsSuggested(quote))
                {
                    SuggestedQuotations++;
                }
                else
                {
                    AttributedQuotations++;
                }
            }
            else
            {
                UnattributedQuotations++;
            }

            // Words inside an attributed span are counted once, with the span.
            if (quote.EnclosingClaim is null)
            {
                Add(words, quote.Source is { } s ? Palette.KindOf(s.Kind) : WordShareKind.Unattributed, CountWords(quote.Text));
            }
        }

        foreach (var claim in model.Claims)
        {
            if (claim.Source is { } source)
            {
                ClaimsBySource[source]++;
                AttributedClaims++;
            }
            else if (claim.IsOwn)
            {
                OwnClaims++;
            }

            if (claim.Parent is null)
            {
                var kind = claim.Source is { } s ? Palette.KindOf(s.Kind) : claim.IsOwn ? WordShareKind.Own : WordShareKind.Unattributed;
                Add(words, kind, CountWords(claim.Text));
            }
        }

        WordsByKind = words;
        foreach (var pair in words)
        {
            TotalWords += pair.Value;
        }
    }

    public ArticleModel Model { get; }

    public Dictionary<SourceSymbol, int> SourceIndex { get; } = new();

    public Dictionary<SourceSymbol, int> QuotationsBySource { get; } = new();

    public Dictionary<SourceSymbol, int> ClaimsBySource { get; } = new();

    public Dictionary<AttributedSpanSyntax, Claim> ClaimBySyntax { get; } = new();

    public int AttributedQuotations { get; }

    public int SuggestedQuotations { get; }

    public int UnattributedQuotations { get; }

    public int AttributedClaims { get; }

    public int OwnClaims { get; }

    public IReadOnlyDictionary<WordShareKind, int> WordsByKind { get; }

    public int TotalWords { get; }

    /// <summary>Each kind's share of the quoted and claimed words, in percent, in the enum's order; kinds with no words left out.</summary>
    public List<(WordShareKind Kind, double Percent)> Shares()
    {
        var shares = new List<(WordShareKind, double)>();
        if (TotalWords == 0)
        {
            return shares;
        }

        foreach (var kind in (WordShareKind[])Enum.GetValues(typeof(WordShareKind)))
        {
            if (WordsByKind.TryGetValue(kind, out var count) && count > 0)
            {
                shares.Add((kind, Math.Round(count * 100.0 / TotalWords, 1)));
            }
        }

        return shares;
    }

    public static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter || (inWord && (c is '\'' or '\u2019' or '-'));
        }

        return count;
    }

    private static void Add(Dictionary<WordShareKind, int> words, WordShareKind kind, int count) =>
        words[kind] = (words.TryGetValue(kind, out var existing) ? existing : 0) + count;
}
