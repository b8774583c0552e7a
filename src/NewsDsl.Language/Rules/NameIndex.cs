using System;
using System.Collections.Generic;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Syntax;

namespace NewsDsl.Language.Rules;

/// <summary>
/// Every way an article names its sources (names, surnames, aka), indexed by the first word, so a
/// sentence is read once, word by word, instead of once per name. Lookups hash the word in place:
/// no substring is made for the words of the text, nor for the names (a variant is a range of the
/// declared name or alias, made a string only when a finding quotes it).
/// </summary>
internal sealed class NameIndex
{
    // A name's first word (hashed) to its entries, in a power-of-two table of chain heads (entry index + 1,
    // 0 for none); entries are chained through Entry.Next in the order they were added, so entries whose
    // first words hash alike are visited in declaration order, as before. Flat arrays instead of a
    // dictionary, a list per word and a string per surname: an article with a thousand sources built
    // all of them on every check.
    private readonly int[] _heads;
    private readonly int _mask;
    private Entry[] _entries;
    private int _count;

    // Whether some name starts with this ASCII letter (in upper case): most words are ruled out before hashing.
    private readonly bool[] _firstLetters = new bool[128];
    private bool _nonAsciiFirstLetter;

    public NameIndex(IReadOnlyList<SourceSymbol> sources)
    {
        var size = 16;
        while (size < sources.Count * 4)
        {
            size <<= 1;
        }

        _heads = new int[size];
        _mask = size - 1;
        _entries = new Entry[Math.Max(4, sources.Count * 2)];
        for (var i = 0; i < sources.Count; i++)
        {
            // The variants of ProseScanner.NameVariants, in its order, added as they are found: no list per source.
            var source = sources[i];
            var from = _count;
            Add(i, source.Name, 0, source.Name.Length, from);
            var aliases = source.Aliases;
            for (var a = 0; a < aliases.Count; a++)
            {
                Add(i, aliases[a], 0, aliases[a].Length, from);
            }

            if (source.Kind == SourceKind.Person && ProseScanner.SurnameRange(source.Name) is var (surnameStart, surnameLength) && surnameLength > 0)
            {
                Add(i, source.Name, surnameStart, surnameLength, from);
            }
        }
    }

    /// <summary>
    /// Adds one way of naming source <paramref name="source"/> (<see cref="ProseScanner.NameVariants"/> of
    /// <paramref name="owner"/>'s range), unless that source already has it.
    /// </summary>
    private void Add(int source, string owner, int start, int length, int from)
    {
        if (!ProseScanner.NameVariantRange(owner, ref start, ref length))
        {
            return;
        }

        for (var e = from; e < _count; e++)
        {
            if (_entries[e].Length == length && string.CompareOrdinal(_entries[e].Owner, _entries[e].Start, owner, start, length) == 0)
            {
                return;
            }
        }

        var firstWordEnd = start;
        while (firstWordEnd < start + length && ProseScanner.IsWordChar(owner[firstWordEnd]))
        {
            firstWordEnd++;
        }

        if (firstWordEnd == start)
        {
            return;
        }

        var first = char.ToUpperInvariant(owner[start]);
        if (first < 128)
        {
            _firstLetters[first] = true;
        }
        else
        {
            _nonAsciiFirstLetter = true;
        }

        if (_count == _entries.Length)
        {
            Array.Resize(ref _entries, _entries.Length * 2);
        }

        var index = _count++;
        var hash = Hash(owner, start, firstWordEnd);
        _entries[index] = new Entry(source, owner, start, length, hash);
        ref var head = ref _heads[hash & _mask];
        if (head == 0)
        {
            head = index + 1;
            return;
        }

        var chain = head - 1;
        while (_entries[chain].Next >= 0)
        {
            chain = _entries[chain].Next;
        }

        _entries[chain].Next = index;
    }

    public bool IsEmpty => _count == 0;

    /// <summary>The text of entry <paramref name="entry"/> (what <see cref="IVisitor.Found"/> was given), as a string.</summary>
    public string Variant(int entry)
    {
        var e = _entries[entry];
        return e.Start == 0 && e.Length == e.Owner.Length ? e.Owner : e.Owner.Substring(e.Start, e.Length);
    }

    /// <summary>
    /// Calls <paramref name="visitor"/> with (source index, entry, offset) for each name in the writer's
    /// voice of <paramref name="block"/> between <paramref name="start"/> and <paramref name="end"/>;
    /// stops when it returns false. Words are the runs of word characters from <paramref name="start"/>;
    /// a word that starts inside a quotation, span or tag is not the writer's, and the inlines are
    /// jumped over rather than read.
    /// </summary>
    public void Find<TVisitor>(string text, InlineContainerSyntax block, int start, int end, ref TVisitor visitor)
        where TVisitor : struct, IVisitor
    {
        // The next inline's bounds are kept in locals (int.MaxValue past the last one): the loop reads them
        // for every character, and through the list interface that was a dispatch per character.
        var inlines = new ProseScanner.InlineCursor(block, ProseScanner.FirstInlineEndingAfter(block, start));
        var i = start;
        while (i < end)
        {
            if (inlines.Start <= i)
            {
                // Masked: every word that starts before the inline's end is someone else's, including one
                // that runs on past it.
                i = inlines.End;
                if (i > start && i < end && ProseScanner.IsWordChar(text[i - 1]))
                {
                    while (i < end && ProseScanner.IsWordChar(text[i]))
                    {
                        i++;
                    }
                }

                inlines.SkipEndingBy(i);
                continue;
            }

            var c = text[i];
            if (!ProseScanner.IsWordChar(c))
            {
                i++;
                inlines.SkipEndingBy(i);
                continue;
            }

            var wordStart = i;
            while (i < end && ProseScanner.IsWordChar(text[i]))
            {
                i++;
            }

            inlines.SkipEndingBy(i);
            if (c < 128 ? !_firstLetters[c >= 'a' && c <= 'z' ? c - 32 : c] : !_nonAsciiFirstLetter && !MayFoldToAscii(c))
            {
                continue;
            }

            var hash = Hash(text, wordStart, i);
            for (var e = _heads[hash & _mask] - 1; e >= 0; e = _entries[e].Next)
            {
                ref readonly var entry = ref _entries[e];
                if (entry.Hash == hash && Matches(text, wordStart, end, entry) && !visitor.Found(entry.Source, e, wordStart))
                {
                    return;
                }
            }
        }
    }

    // ToUpperInvariant maps a few non-ASCII letters to ASCII ones (ı to I, ſ to S, K to K…).
    private bool MayFoldToAscii(char c)
    {
        var upper = char.ToUpperInvariant(c);
        return upper < 128 && _firstLetters[upper];
    }

    /// <summary>What <see cref="Find"/> calls for each name found; a struct, so no closure is allocated.</summary>
    public interface IVisitor
    {
        /// <summary>Returns false to stop. <paramref name="entry"/> is the name's entry (<see cref="Variant"/> gives its text).</summary>
        bool Found(int source, int entry, int offset);
    }

    private static bool Matches(string text, int at, int end, in Entry entry)
    {
        var length = entry.Length;
        if (at + length > end)
        {
            return false;
        }

        var name = entry.Owner;
        var from = entry.Start;
        for (var k = 0; k < length; k++)
        {
            var a = text[at + k];
            var b = name[from + k];
            if (a == b || (a is '\u2019' or '\'' && b is '\u2019' or '\''))
            {
                continue;
            }

            // A name may open a sentence in another case ("the Pentagon" / "The Pentagon"): only the first letter is folded.
            if (k == 0 && char.ToUpperInvariant(a) == char.ToUpperInvariant(b))
            {
                continue;
            }

            return false;
        }

        var after = at + length;
        return after >= end || !ProseScanner.IsWordChar(text[after]);
    }

    /// <summary>A hash of a word that ignores the case of its first letter, like <see cref="Matches"/>.</summary>
    private static int Hash(string text, int start, int end)
    {
        unchecked
        {
            var hash = (int)2166136261;
            for (var i = start; i < end; i++)
            {
                var c = i == start ? char.ToUpperInvariant(text[i]) : text[i];
                hash = (hash ^ c) * 16777619;
            }

            // Folded so that the table's low bits depend on every character.
            return hash ^ (hash >> 15);
        }
    }

    private struct Entry
    {
        public Entry(int source, string owner, int start, int length, int hash)
        {
            Source = source;
            Owner = owner;
            Start = start;
            Length = length;
            Hash = hash;
            Next = -1;
        }

        public int Source { get; }

        /// <summary>The declared name or alias the variant is a range of.</summary>
        public string Owner { get; }

        public int Start { get; }

        public int Length { get; }

        /// <summary>The hash of the variant's first word.</summary>
        public int Hash { get; }

        /// <summary>The next entry in the same chain of <c>_heads</c>, -1 for none.</summary>
        public int Next { get; set; }
    }
}
