using System;
using System.Collections.Generic;
using NewsDsl.Language.Rules;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Syntax;

namespace NewsDsl.Language.Fixes;

/// <summary>
/// The basic ranking: a source whose name, surname or aka appears in the quotation's sentence comes
/// first, then one named elsewhere in its paragraph, nearest first; then every other declared source
/// in declaration order. Names inside the quotation itself are not evidence of who spoke it.
/// </summary>
internal sealed class NameProximityRanker : IAttributionRanker
{
    public static readonly NameProximityRanker Instance = new();

    // Hostile input (a megabyte-long paragraph) stays cheap: only this much text either side is read.
    private const int MaxReach = 2000;

    private const int InSentence = 0;
    private const int InParagraph = 1;
    private const int NotNamed = 2;

    public IReadOnlyList<AttributionCandidate> Rank(ArticleModel model, Quotation quotation)
    {
        var text = model.Text.Content;
        var quoteStart = quotation.Parts[0].Span.Start;
        var quoteEnd = quotation.LastPart.Span.End;
        var regionStart = Math.Max(ContainerStart(model.Syntax.Blocks, quoteStart), quoteStart - MaxReach);
        var regionEnd = Math.Min(ContainerEnd(model.Syntax.Blocks, quoteEnd), quoteEnd + MaxReach);
        var sentenceStart = SentenceStart(text, regionStart, quoteStart);
        var sentenceEnd = SentenceEnd(text, quoteEnd, regionEnd);

        var ranked = new List<(int Tier, int Distance, int Order, AttributionCandidate Candidate)>(model.Sources.Count);
        for (var i = 0; i < model.Sources.Count; i++)
        {
            var source = model.Sources[i];
            var tier = NotNamed;
            var distance = int.MaxValue;
            string? named = null;
            foreach (var variant in NameVariants(source))
            {
                var from = regionStart;
                while (from < regionEnd)
                {
                    var found = text.IndexOf(variant, from, regionEnd - from, StringComparison.OrdinalIgnoreCase);
                    if (found < 0)
                    {
                        break;
                    }

                    from = found + 1;
                    var end = found + variant.Length;
                    if (!IsWordBoundary(text, found - 1) || !IsWordBoundary(text, end) || (found < quoteEnd && end > quoteStart))
                    {
                        continue;
                    }

                    var here = found >= sentenceStart && end <= sentenceEnd ? InSentence : InParagraph;
                    var gap = end <= quoteStart ? quoteStart - end : found - quoteEnd;
                    if (here < tier || (here == tier && gap < distance))
                    {
                        tier = here;
                        distance = gap;
                        named = text.Substring(found, variant.Length);
                    }
                }
            }

            var evidence = tier switch
            {
                InSentence => $"'{named}' is named in the same sentence",
                InParagraph => $"'{named}' is named in the same paragraph",
                _ => "a declared source not named near the quotation",
            };
            ranked.Add((tier, distance, i, new AttributionCandidate(source, evidence)));
        }

        ranked.Sort(static (a, b) => a.Tier != b.Tier ? a.Tier.CompareTo(b.Tier) : a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : a.Order.CompareTo(b.Order));
        var candidates = new AttributionCandidate[ranked.Count];
        for (var i = 0; i < ranked.Count; i++)
        {
            candidates[i] = ranked[i].Candidate;
        }

        return candidates;
    }

    /// <summary>How prose names a source: the same variants NEWS103 looks for, so the ranking and the rule agree.</summary>
    internal static IReadOnlyList<string> NameVariants(SourceSymbol source) => ProseScanner.NameVariants(source);

    private static bool IsWordBoundary(string text, int index) =>
        index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]);

    /// <summary>Where the paragraph or heading holding <paramref name="offset"/> starts (its prose).</summary>
    private static int ContainerStart(IReadOnlyList<BlockSyntax> blocks, int offset) =>
        FindContainer(blocks, offset)?.ContentSpan.Start ?? offset;

    private static int ContainerEnd(IReadOnlyList<BlockSyntax> blocks, int offset) =>
        FindContainer(blocks, Math.Max(0, offset - 1))?.ContentSpan.End ?? offset;

    private static InlineContainerSyntax? FindContainer(IReadOnlyList<BlockSyntax> blocks, int offset)
    {
        // Blocks are in document order: the last one starting at or before the offset.
        int low = 0, high = blocks.Count - 1, found = -1;
        while (low <= high)
        {
            var mid = (low + high) >> 1;
            if (blocks[mid].Span.Start <= offset)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return found >= 0 && blocks[found] is InlineContainerSyntax container && container.Span.End >= offset ? container : null;
    }

    /// <summary>Just after the last full stop, question or exclamation mark (followed by a space) before <paramref name="position"/>.</summary>
    private static int SentenceStart(string text, int regionStart, int position)
    {
        for (var i = position - 1; i > regionStart; i--)
        {
            if (char.IsWhiteSpace(text[i]) && text[i - 1] is '.' or '!' or '?')
            {
                return i;
            }
        }

        return regionStart;
    }

    /// <summary>Just after the first full stop, question or exclamation mark that ends a sentence after <paramref name="position"/>.</summary>
    private static int SentenceEnd(string text, int position, int regionEnd)
    {
        for (var i = position; i < regionEnd; i++)
        {
            if (text[i] is '.' or '!' or '?' && (i + 1 >= regionEnd || char.IsWhiteSpace(text[i + 1])))
            {
                return i + 1;
            }
        }

        return regionEnd;
    }
}
