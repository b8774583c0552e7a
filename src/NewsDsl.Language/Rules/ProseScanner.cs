using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
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

    // The same abbreviations by length (none is shorter than 2 or longer than 4): a full stop after a word of
    // another length is ruled out at once, and one of these lengths is compared with a third of the list.
    private static readonly string[][] s_abbreviationsByLength = ByLength(s_abbreviations, 4);

    private static string[][] ByLength(string[] words, int longest)
    {
        var byLength = new string[longest + 1][];
        for (var length = 0; length <= longest; length++)
        {
            byLength[length] = Array.FindAll(words, word => word.Length == length);
        }

        return byLength;
    }

    // Compared in place: a substring per full stop would cost more than the check.
    private static bool IsAbbreviation(string text, int start, int length)
    {
        if (length < 2 || length > 4)
        {
            return false;
        }

        var first = text[start];
        foreach (var abbreviation in s_abbreviationsByLength[length])
        {
            if (abbreviation[0] == first && string.CompareOrdinal(text, start, abbreviation, 0, length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <see cref="CharacterClasses.IsWordChar"/>, inlined: the rules' loops call it for every character of the
    /// sentences they read, and as a call it was the hottest frame of the rules (a test checks the two agree on
    /// every character).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(char c) =>
        c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 : char.IsLetterOrDigit(c);

    /// <summary>
    /// The next inline of a block at or after an offset, with its bounds in fields: loops that test "is this
    /// character masked?" for every character read them here instead of through the list interface (a
    /// dispatch per character). Past the last inline both bounds are <see cref="int.MaxValue"/>.
    /// </summary>
    internal struct InlineCursor
    {
        // The block, not its list: the spans are read from its green table, so no inline node is made.
        private readonly InlineContainerSyntax _block;
        private readonly int _count;

        public InlineCursor(InlineContainerSyntax block, int index)
        {
            _block = block;
            _count = block.InlineCount;
            Index = index;
            Start = End = 0;
            Load();
        }

        /// <summary>The inline's index in the block's inlines (the count when past the last).</summary>
        public int Index { get; private set; }

        public int Start { get; private set; }

        public int End { get; private set; }

        /// <summary>Moves past every inline that ends at or before <paramref name="offset"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void SkipEndingBy(int offset)
        {
            while (End <= offset)
            {
                Index++;
                Load();
            }
        }

        private void Load()
        {
            if (Index < _count)
            {
                var span = _block.InlineSpan(Index);
                Start = span.Start;
                End = span.End;
            }
            else
            {
                Start = End = int.MaxValue;
            }
        }
    }

    /// <summary>True when <paramref name="offset"/> lies inside a quotation, span or tag of the block.</summary>
    public static bool IsMasked(InlineContainerSyntax block, int offset)
    {
        int low = 0, high = block.InlineCount - 1;
        while (low <= high)
        {
            var mid = (low + high) >> 1;
            var span = block.InlineSpan(mid);
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

    /// <summary>The index of the first inline of the inlines of <paramref name="block"/> that ends after <paramref name="offset"/>.</summary>
    public static int FirstInlineEndingAfter(InlineContainerSyntax block, int offset)
    {
        int low = 0, high = block.InlineCount;
        while (low < high)
        {
            var mid = (low + high) >> 1;
            if (block.InlineSpan(mid).End <= offset)
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
        var inlines = new InlineCursor(block, 0);
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
            inlines.SkipEndingBy(i);
            if (inlines.Start <= i)
            {
                i = inlines.End;
                continue;
            }

            if (IsSentenceEnd(text, content, i))
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
    private static bool IsSentenceEnd(string text, TextSpan content, int i)
    {
        var c = text[i];
        var end = content.End;
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
        while (wordStart > content.Start && (IsWordChar(text[wordStart - 1]) || text[wordStart - 1] == '.'))
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
        int start = 0, length = value.Length;
        return !NameVariantRange(value, ref start, ref length) ? null
            : start == 0 && length == value.Length ? value
            : value.Substring(start, length);
    }

    /// <summary>
    /// <see cref="NameVariant"/> of the range <paramref name="start"/>, <paramref name="length"/> of
    /// <paramref name="value"/>, as a range of it (no string is made); false when under two characters.
    /// </summary>
    public static bool NameVariantRange(string value, ref int start, ref int length)
    {
        // What string.Trim() removes, then a leading "the " (not trimmed again after it).
        var end = start + length;
        while (start < end && char.IsWhiteSpace(value[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(value[end - 1]))
        {
            end--;
        }

        if (end - start >= 4 && (value[start] | 0x20) == 't' && string.Compare(value, start, "the ", 0, 4, StringComparison.OrdinalIgnoreCase) == 0)
        {
            start += 4;
        }

        length = end - start;
        return length >= 2;
    }

    /// <summary>The last of two or more words separated by spaces (a person's surname), or null for a single word; no array of words is made.</summary>
    public static string? Surname(string name) =>
        SurnameRange(name) is var (start, length) && length > 0 ? name.Substring(start, length) : null;

    /// <summary><see cref="Surname"/> as a range of <paramref name="name"/>: (start, length), length 0 for none.</summary>
    public static (int Start, int Length) SurnameRange(string name)
    {
        var end = name.Length;
        while (end > 0 && name[end - 1] == ' ')
        {
            end--;
        }

        var space = end > 0 ? name.LastIndexOf(' ', end - 1) : -1;
        if (space < 0)
        {
            return (0, 0);
        }

        var before = space;
        while (before > 0 && name[before - 1] == ' ')
        {
            before--;
        }

        return before > 0 ? (space + 1, end - space - 1) : (0, 0);
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
        while (i > blockStart && (IsWordChar(text[i - 1]) || text[i - 1] == '-'))
        {
            i--;
        }

        return TextSpan.FromBounds(i, wordEnd);
    }
}
