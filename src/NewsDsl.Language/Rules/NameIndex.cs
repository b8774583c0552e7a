using System;
using System.Collections.Generic;
using NewsDsl.Language.Parsing;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Syntax;

namespace NewsDsl.Language.Rules;

/// <summary>
/// Every way an article names its sources (names, surnames, aka), indexed by the first word, so a
/// sentence is read once, word by word, instead of once per name. Lookups hash the word in place:
/// no substring is made for the words of the text.
/// </summary>
internal sealed class NameIndex
{
    // A name's first word (hashed) to its first entry; entries with the same hash are chained in the
    // order they were added, through Entry.Next. Flat arrays instead of a list per word: an article
    // with a thousand sources built a thousand lists and their variant lists on every check.
    private readonly Dictionary<int, int> _firstByHash;
    private Entry[] _entries;
    private int _count;

    // Whether some name starts with this ASCII letter (in upper case): most words are ruled out before hashing.
    private readonly bool[] _firstLetters = new bool[128];
    private bool _nonAsciiFirstLetter;

    public NameIndex(IReadOnlyList<SourceSymbol> sources)
    {
        _firstByHash = new Dictionary<int, int>(sources.Count * 2);
        _entries = new Entry[Math.Max(4, sources.Count * 2)];
        for (var i = 0; i < sources.Count; i++)
        {
            // The variants of ProseScanner.NameVariants, added as they are found: no list per source.
            var source = sources[i];
            var from = _count;
            Add(i, source.Name, from);
            foreach (var alias in source.Aliases)
            {
                Add(i, alias, from);
            }

            if (source.Kind == SourceKind.Person && ProseScanner.Surname(source.Name) is { } surname)
            {
                Add(i, surname, from);
            }
        }
    }

    /// <summary>Adds one way of naming source <paramref name="source"/> (<see cref="ProseScanner.NameVariants"/>), unless that source already has it.</summary>
    private void Add(int source, string value, int from)
    {
        if (ProseScanner.NameVariant(value) is not { } variant)
        {
            return;
        }

        for (var e = from; e < _count; e++)
        {
            if (string.Equals(_entries[e].Variant, variant, StringComparison.Ordinal))
            {
                return;
            }
        }

        var firstWordEnd = 0;
        while (firstWordEnd < variant.Length && CharacterClasses.IsWordChar(variant[firstWordEnd]))
        {
            firstWordEnd++;
        }

        if (firstWordEnd == 0)
        {
            return;
        }

        var first = char.ToUpperInvariant(variant[0]);
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
        _entries[index] = new Entry(source, variant);
        var key = Hash(variant, 0, firstWordEnd);
        if (!_firstByHash.TryGetValue(key, out var chain))
        {
            _firstByHash.Add(key, index);
            return;
        }

        while (_entries[chain].Next >= 0)
        {
            chain = _entries[chain].Next;
        }

        _entries[chain].Next = index;
    }

    public bool IsEmpty => _count == 0;

    /// <summary>
    /// Calls <paramref name="visitor"/> with (source index, variant, offset) for each name in the writer's
    /// voice of <paramref name="block"/> between <paramref name="start"/> and <paramref name="end"/>;
    /// stops when it returns false. Words are the runs of word characters from <paramref name="start"/>;
    /// a word that starts inside a quotation, span or tag is not the writer's, and the inlines are
    /// jumped over rather than read.
    /// </summary>
    public void Find<TVisitor>(string text, InlineContainerSyntax block, int start, int end, ref TVisitor visitor)
        where TVisitor : struct, IVisitor
    {
        var inlines = block.Inlines;
        var next = ProseScanner.FirstInlineEndingAfter(inlines, start);
        var i = start;
        while (i < end)
        {
            if (next < inlines.Count && inlines[next].Span.Start <= i)
            {
                // Masked: every word that starts before the inline's end is someone else's, including one
                // that runs on past it.
                i = inlines[next].Span.End;
                if (i > start && i < end && CharacterClasses.IsWordChar(text[i - 1]))
                {
                    while (i < end && CharacterClasses.IsWordChar(text[i]))
                    {
                        i++;
                    }
                }

                while (next < inlines.Count && inlines[next].Span.End <= i)
                {
                    next++;
                }

                continue;
            }

            var c = text[i];
            if (!CharacterClasses.IsWordChar(c))
            {
                i++;
                while (next < inlines.Count && inlines[next].Span.End <= i)
                {
                    next++;
                }

                continue;
            }

            var wordStart = i;
            while (i < end && CharacterClasses.IsWordChar(text[i]))
            {
                i++;
            }

            while (next < inlines.Count && inlines[next].Span.End <= i)
            {
                next++;
            }

            if (c < 128 ? !_firstLetters[c >= 'a' && c <= 'z' ? c - 32 : c] : !_nonAsciiFirstLetter && !MayFoldToAscii(c))
            {
                continue;
            }

            if (!_firstByHash.TryGetValue(Hash(text, wordStart, i), out var e))
            {
                continue;
            }

            for (; e >= 0; e = _entries[e].Next)
            {
                var entry = _entries[e];
                if (Matches(text, wordStart, end, entry.Variant) && !visitor.Found(entry.Source, entry.Variant, wordStart))
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
        /// <summary>Returns false to stop.</summary>
        bool Found(int source, string variant, int offset);
    }

    private static bool Matches(string text, int at, int end, string name)
    {
        if (at + name.Length > end)
        {
            return false;
        }

        for (var k = 0; k < name.Length; k++)
        {
            var a = text[at + k];
            var b = name[k];
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

        var after = at + name.Length;
        return after >= end || !CharacterClasses.IsWordChar(text[after]);
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

            return hash;
        }
    }

    private struct Entry
    {
        public Entry(int source, string variant)
        {
            Source = source;
            Variant = variant;
            Next = -1;
        }

        public int Source { get; }

        public string Variant { get; }

        /// <summary>The next entry whose first word has the same hash, -1 for none.</summary>
        public int Next { get; set; }
    }
}
