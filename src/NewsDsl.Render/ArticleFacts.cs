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
    private static readonly WordShareKind[] s_kinds = (WordShareKind[])Enum.GetValues(typeof(WordShareKind));
    private static readonly bool[] s_asciiWordChar = CreateAsciiWordChars();

    // Sources are looked up by id (unique among the declared ones): string hashing is cheap, and the
    // symbols are new objects for every check.
    private readonly Dictionary<string, int> _sourceIndex;
    private readonly int[] _quotations;
    private readonly int[] _claims;
    private readonly int[] _words = new int[s_kinds.Length];
    private readonly IReadOnlyList<Claim> _allClaims;
    private int _nextClaim;

    public ArticleFacts(ArticleModel model)
    {
        Model = model;
        var sources = model.Sources;
        _sourceIndex = new Dictionary<string, int>(sources.Count, StringComparer.Ordinal);
        for (var i = 0; i < sources.Count; i++)
        {
            _sourceIndex[sources[i].Id] = i;
        }

        _quotations = new int[sources.Count];
        _claims = new int[sources.Count];
        _allClaims = model.Claims;

        foreach (var quote in model.Quotes)
        {
            if (quote.Source is { } source)
            {
                _quotations[IndexOf(source)]++;
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
                _words[(int)(quote.Source is { } s ? Palette.KindOf(s.Kind) : WordShareKind.Unattributed)] += CountWords(quote.Text);
            }
        }

        foreach (var claim in model.Claims)
        {
            if (claim.Source is { } source)
            {
                _claims[IndexOf(source)]++;
                AttributedClaims++;
            }
            else if (claim.IsOwn)
            {
                OwnClaims++;
            }

            if (claim.Parent is null)
            {
                var kind = claim.Source is { } s ? Palette.KindOf(s.Kind) : claim.IsOwn ? WordShareKind.Own : WordShareKind.Unattributed;
                _words[(int)kind] += CountWords(claim.Text);
            }
        }

        foreach (var count in _words)
        {
            TotalWords += count;
        }

        Shares = ComputeShares();
        WholeShares = ComputeWholeShares();
    }

    public ArticleModel Model { get; }

    public int AttributedQuotations { get; }

    public int SuggestedQuotations { get; }

    public int UnattributedQuotations { get; }

    public int AttributedClaims { get; }

    public int OwnClaims { get; }

    public int TotalWords { get; }

    /// <summary>Each kind's share of the quoted and claimed words, in percent (one decimal), in the enum's order; kinds with no words left out.</summary>
    public IReadOnlyList<(WordShareKind Kind, double Percent)> Shares { get; }

    /// <summary>The same shares in whole percents that add up to 100 (the largest remainders get the rounding), for the bar.</summary>
    public IReadOnlyList<(WordShareKind Kind, int Percent)> WholeShares { get; }

    /// <summary>The source's position among the declared sources (its colour slot).</summary>
    public int IndexOf(SourceSymbol source) => _sourceIndex[source.Id];

    public int QuotationsOf(SourceSymbol source) => _quotations[IndexOf(source)];

    public int ClaimsOf(SourceSymbol source) => _claims[IndexOf(source)];

    /// <summary>
    /// The claim of an attributed span. The page visits spans in document order, the order of
    /// <see cref="ArticleModel.Claims"/>, so the next one is almost always the one.
    /// </summary>
    public Claim? ClaimOf(AttributedSpanSyntax span)
    {
        if (_nextClaim < _allClaims.Count && ReferenceEquals(_allClaims[_nextClaim].Syntax, span))
        {
            return _allClaims[_nextClaim++];
        }

        for (var i = 0; i < _allClaims.Count; i++)
        {
            if (ReferenceEquals(_allClaims[i].Syntax, span))
            {
                _nextClaim = i + 1;
                return _allClaims[i];
            }
        }

        return null;
    }

    public static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = c < 128 ? s_asciiWordChar[c] : char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter || (inWord && (c is '\'' or '\u2019' or '-'));
        }

        return count;
    }

    private static bool[] CreateAsciiWordChars()
    {
        var table = new bool[128];
        for (var c = 0; c < 128; c++)
        {
            table[c] = char.IsLetterOrDigit((char)c);
        }

        return table;
    }

    private List<(WordShareKind, double)> ComputeShares()
    {
        var shares = new List<(WordShareKind, double)>();
        if (TotalWords == 0)
        {
            return shares;
        }

        foreach (var kind in s_kinds)
        {
            var count = _words[(int)kind];
            if (count > 0)
            {
                shares.Add((kind, Math.Round(count * 100.0 / TotalWords, 1)));
            }
        }

        return shares;
    }

    private List<(WordShareKind, int)> ComputeWholeShares()
    {
        var whole = new List<(WordShareKind Kind, int Percent)>(Shares.Count);
        var remainders = new List<(int Index, double Remainder)>(Shares.Count);
        var total = 0;
        for (var i = 0; i < Shares.Count; i++)
        {
            var exact = _words[(int)Shares[i].Kind] * 100.0 / TotalWords;
            var floor = (int)Math.Floor(exact);
            whole.Add((Shares[i].Kind, floor));
            remainders.Add((i, exact - floor));
            total += floor;
        }

        remainders.Sort((a, b) => b.Remainder.CompareTo(a.Remainder));
        for (var k = 0; k < 100 - total && k < remainders.Count; k++)
        {
            var index = remainders[k].Index;
            whole[index] = (whole[index].Kind, whole[index].Percent + 1);
        }

        return whole;
    }
}
