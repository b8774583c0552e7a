using System;
using System.Collections.Generic;
using NewsDsl.Language.Parsing;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Rules;

/// <summary>
/// The writer's own voice in a paragraph: the text outside quotations, attributed spans and tags,
/// split into sentences. The editorial rules read prose through this so that words inside a quotation
/// (the speaker's) are never mistaken for the writer's attribution.
/// </summary>
internal static class ProseScanner
{
    /// <summary>How far a rule looks around a quotation for its sentence; keeps hostile input linear.</summary>
    public const int MaxSentenceReach = 400;

    private static readonly string[] s_abbreviations =
    {
        "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Brig", "Adm", "Cmdr", "Gov", "Sen", "Rep",
        "Pres", "Prof", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "No", "vs", "etc", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept",
        "Sep", "Oct", "Nov", "Dec", "U.S", "U.K", "U.N", "a.m", "p.m",
    };

    // Compared in place: a substring per full stop would cost more than the check.
    private static bool IsAbbreviation(string text, int start, int length)
    {
        if (length > 4)
        {
            return false;
        }

        foreach (var abbreviation in s_abbreviations)
        {
            if (abbreviation.Length == length && string.CompareOrdinal(text, start, abbreviation, 0, length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="offset"/> lies inside a quotation, span or tag of the block.</summary>
    public static bool IsMasked(InlineContainerSyntax block, int offset)
    {
        var inlines = block.Inlines;
        int low = 0, high = inlines.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) >> 1;
            var span = inlines[mid].Span;
            if (offset < span.Start)
            {
                high = mid - 1;
            }
            else if (offset >= span.End)
            {
                low = mid + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Offset just past the end of the sentence that contains <paramref name="from"/> (or the block's end).</summary>
    public static int SentenceEnd(ArraySegment<int> sentenceEnds, InlineContainerSyntax block, int from)
    {
        var index = LowerBound(sentenceEnds, from);
        return index < sentenceEnds.Count ? sentenceEnds.Array![sentenceEnds.Offset + index] + 1 : block.ContentSpan.End;
    }

    /// <summary>Offset where the sentence that contains <paramref name="before"/> starts.</summary>
    public static int SentenceStart(ArraySegment<int> sentenceEnds, InlineContainerSyntax block, int before)
    {
        var index = LowerBound(sentenceEnds, before) - 1;
        return index >= 0 ? sentenceEnds.Array![sentenceEnds.Offset + index] + 1 : block.ContentSpan.Start;
    }

    /// <summary>The index of the first value ≥ <paramref name="value"/> (what Array.BinarySearch's complement gives, or the match).</summary>
    private static int LowerBound(ArraySegment<int> values, int value)
    {
        var array = values.Array!;
        int low = values.Offset, high = values.Offset + values.Count;
        while (low < high)
        {
            var mid = (low + high) >> 1;
            if (array[mid] < value)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low - values.Offset;
    }

    /// <summary>The index of the first inline of <paramref name="inlines"/> that ends after <paramref name="offset"/>.</summary>
    public static int FirstInlineEndingAfter(IReadOnlyList<InlineSyntax> inlines, int offset)
    {
        int low = 0, high = inlines.Count;
        while (low < high)
        {
            var mid = (low + high) >> 1;
            if (inlines[mid].Span.End <= offset)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    /// <summary>
    /// Appends to <paramref name="ends"/> (from <paramref name="count"/>, growing it as needed) the offset of
    /// every sentence-ending mark of the writer's voice in the block, in order; returns the new count. Found by
    /// jumping between '.', '!' and '?' with a vectorised search and over quotations, spans and tags, so
    /// prose between them costs nothing.
    /// </summary>
    public static int FindSentenceEnds(string text, InlineContainerSyntax block, ref int[] ends, int count)
    {
        var content = block.ContentSpan;
        var inlines = block.Inlines;
        var next = 0;
        var i = content.Start;
        while (i < content.End)
        {
            var found = text.AsSpan(i, content.End - i).IndexOfAny('.', '!', '?');
            if (found < 0)
            {
                break;
            }

            i += found;

            // Masked (inside a quotation, span or tag): nothing up to the inline's end can end a sentence.
            while (next < inlines.Count && inlines[next].Span.End <= i)
            {
                next++;
            }

            if (next < inlines.Count && inlines[next].Span.Start <= i)
            {
                i = inlines[next].Span.End;
                continue;
            }

            if (IsSentenceEnd(text, block, i))
            {
                if (count == ends.Length)
                {
                    Array.Resize(ref ends, ends.Length * 2);
                }

                ends[count++] = i;
            }

            i++;
        }

        return count;
    }

    // The character at i is '.', '!' or '?' outside every inline.
    private static bool IsSentenceEnd(string text, InlineContainerSyntax block, int i)
    {
        var c = text[i];
        var end = block.ContentSpan.End;
        var next = i + 1;
        while (next < end && text[next] is ')' or '\u201D' or '\u2019' or '"' or '\'')
        {
            next++;
        }

        if (next < end && !CharacterClasses.IsSpaceOrNone(text[next]))
        {
            return false;
        }

        if (c != '.')
        {
            return true;
        }

        // "Gen. Soleimani", "Lt. General", "U.S. troops", "J. Smith": a full stop that is not a sentence end.
        var wordStart = i;
        while (wordStart > block.ContentSpan.Start && (CharacterClasses.IsWordChar(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var length = i - wordStart;
        if (length == 1 && char.IsUpper(text[wordStart]))
        {
            return false;
        }

        return !IsAbbreviation(text, wordStart, length);
    }

    /// <summary>The ways the article may name a source: its name, its other names, and a person's surname.</summary>
    public static IReadOnlyList<string> NameVariants(SourceSymbol source)
    {
        var variants = new List<string>();
        Add(source.Name);
        foreach (var alias in source.Aliases)
        {
            Add(alias);
        }

        if (source.Kind == SourceKind.Person && Surname(source.Name) is { } surname)
        {
            Add(surname);
        }

        return variants;

        void Add(string value)
        {
            if (NameVariant(value) is { } variant && !variants.Contains(variant))
            {
                variants.Add(variant);
            }
        }
    }

    /// <summary>A name as prose would write it: trimmed, without a leading "the"; null when under two characters.</summary>
    public static string? NameVariant(string value)
    {
        var trimmed = value.Trim();
        if (trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed.Substring(4);
        }

        return trimmed.Length >= 2 ? trimmed : null;
    }

    /// <summary>The last of two or more words separated by spaces (a person's surname), or null for a single word; no array of words is made.</summary>
    public static string? Surname(string name)
    {
        var end = name.Length;
        while (end > 0 && name[end - 1] == ' ')
        {
            end--;
        }

        var space = end > 0 ? name.LastIndexOf(' ', end - 1) : -1;
        if (space < 0)
        {
            return null;
        }

        var before = space;
        while (before > 0 && name[before - 1] == ' ')
        {
            before--;
        }

        return before > 0 ? name.Substring(space + 1, end - space - 1) : null;
    }

    /// <summary>True when the text at <paramref name="span"/> is <paramref name="word"/>, ignoring case; no substring is made.</summary>
    public static bool IsWord(string text, TextSpan span, string word) =>
        span.Length == word.Length && string.Compare(text, span.Start, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;

    /// <summary>The word ending just before <paramref name="end"/> (skipping spaces), as a span; empty when none.</summary>
    public static TextSpan WordBefore(string text, int blockStart, int end)
    {
        var i = end;
        while (i > blockStart && CharacterClasses.IsSpaceOrNone(text[i - 1]))
        {
            i--;
        }

        var wordEnd = i;
        while (i > blockStart && (CharacterClasses.IsWordChar(text[i - 1]) || text[i - 1] == '-'))
        {
            i--;
        }

        return TextSpan.FromBounds(i, wordEnd);
    }
}
