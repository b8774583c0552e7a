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

    private static readonly HashSet<string> s_abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Brig", "Adm", "Cmdr", "Gov", "Sen", "Rep",
        "Pres", "Prof", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "No", "vs", "etc", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept",
        "Sep", "Oct", "Nov", "Dec", "U.S", "U.K", "U.N", "a.m", "p.m",
    };

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
    public static int SentenceEnd(string text, InlineContainerSyntax block, int from)
    {
        var end = Math.Min(block.ContentSpan.End, from + MaxSentenceReach);
        for (var i = from; i < end; i++)
        {
            if (IsSentenceEnd(text, block, i))
            {
                return i + 1;
            }
        }

        return end;
    }

    /// <summary>Offset where the sentence that contains <paramref name="before"/> starts.</summary>
    public static int SentenceStart(string text, InlineContainerSyntax block, int before)
    {
        var start = Math.Max(block.ContentSpan.Start, before - MaxSentenceReach);
        for (var i = before - 1; i >= start; i--)
        {
            if (IsSentenceEnd(text, block, i))
            {
                return i + 1;
            }
        }

        return start;
    }

    /// <summary>Every sentence-ending punctuation mark of the writer's voice in the block.</summary>
    public static IEnumerable<int> SentenceEnds(string text, InlineContainerSyntax block)
    {
        var content = block.ContentSpan;
        for (var i = content.Start; i < content.End; i++)
        {
            var c = text[i];
            if ((c == '.' || c == '!' || c == '?') && IsSentenceEnd(text, block, i))
            {
                yield return i;
            }
        }
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

        var word = text.Substring(wordStart, i - wordStart);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false;
        }

        return !s_abbreviations.Contains(word);
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
