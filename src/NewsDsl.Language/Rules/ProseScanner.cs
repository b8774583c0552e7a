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
    public static int SentenceEnd(int[] sentenceEnds, InlineContainerSyntax block, int from)
    {
        var index = Array.BinarySearch(sentenceEnds, from);
        index = index < 0 ? ~index : index;
        return index < sentenceEnds.Length ? sentenceEnds[index] + 1 : block.ContentSpan.End;
    }

    /// <summary>Offset where the sentence that contains <paramref name="before"/> starts.</summary>
    public static int SentenceStart(int[] sentenceEnds, InlineContainerSyntax block, int before)
    {
        var index = Array.BinarySearch(sentenceEnds, before);
        index = (index < 0 ? ~index : index) - 1;
        return index >= 0 ? sentenceEnds[index] + 1 : block.ContentSpan.Start;
    }

    /// <summary>
    /// Offsets of every sentence-ending mark of the writer's voice in the block, in order. Found by
    /// jumping between '.', '!' and '?' with a vectorised search, so prose between them costs nothing.
    /// </summary>
    public static int[] FindSentenceEnds(string text, InlineContainerSyntax block)
    {
        List<int>? ends = null;
        var content = block.ContentSpan;
        var i = content.Start;
        while (i < content.End)
        {
            var next = text.AsSpan(i, content.End - i).IndexOfAny('.', '!', '?');
            if (next < 0)
            {
                break;
            }

            i += next;
            if (IsSentenceEnd(text, block, i))
            {
                (ends ??= new List<int>()).Add(i);
            }

            i++;
        }

        return ends is null ? Array.Empty<int>() : ends.ToArray();
    }

    private static bool IsSentenceEnd(string text, InlineContainerSyntax block, int i)
    {
        var c = text[i];
        if (c != '.' && c != '!' && c != '?')
        {
            return false;
        }

        if (IsMasked(block, i))
        {
            return false;
        }

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

        if (source.Kind == SourceKind.Person)
        {
            var words = source.Name.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 1)
            {
                Add(words[words.Length - 1]);
            }
        }

        return variants;

        void Add(string value)
        {
            var trimmed = value.Trim();
            if (trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
            {
                trimmed = trimmed.Substring(4);
            }

            if (trimmed.Length >= 2 && !variants.Contains(trimmed))
            {
                variants.Add(trimmed);
            }
        }
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
