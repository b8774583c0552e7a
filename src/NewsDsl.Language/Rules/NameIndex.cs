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
    private readonly Dictionary<int, List<Entry>> _byFirstWord = new();

    public NameIndex(IReadOnlyList<SourceSymbol> sources)
    {
        for (var i = 0; i < sources.Count; i++)
        {
            foreach (var variant in ProseScanner.NameVariants(sources[i]))
            {
                var firstWordEnd = 0;
                while (firstWordEnd < variant.Length && CharacterClasses.IsWordChar(variant[firstWordEnd]))
                {
                    firstWordEnd++;
                }

                if (firstWordEnd == 0)
                {
                    continue;
                }

                var key = Hash(variant, 0, firstWordEnd);
                if (!_byFirstWord.TryGetValue(key, out var entries))
                {
                    entries = new List<Entry>(1);
                    _byFirstWord.Add(key, entries);
                }

                entries.Add(new Entry(i, variant));
            }
        }
    }

    public bool IsEmpty => _byFirstWord.Count == 0;

    /// <summary>
    /// Calls <paramref name="found"/> with (source index, variant, offset) for each name in the writer's
    /// voice of <paramref name="block"/> between <paramref name="start"/> and <paramref name="end"/>;
    /// stops when it returns false.
    /// </summary>
    public void Find(string text, InlineContainerSyntax block, int start, int end, Func<int, string, int, bool> found)
    {
        var i = start;
        while (i < end)
        {
            if (!CharacterClasses.IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var wordStart = i;
            while (i < end && CharacterClasses.IsWordChar(text[i]))
            {
                i++;
            }

            if (!_byFirstWord.TryGetValue(Hash(text, wordStart, i), out var entries) || ProseScanner.IsMasked(block, wordStart))
            {
                continue;
            }

            foreach (var entry in entries)
            {
                if (Matches(text, wordStart, end, entry.Variant) && !found(entry.Source, entry.Variant, wordStart))
                {
                    return;
                }
            }
        }
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

    private readonly struct Entry
    {
        public Entry(int source, string variant)
        {
            Source = source;
            Variant = variant;
        }

        public int Source { get; }

        public string Variant { get; }
    }
}
