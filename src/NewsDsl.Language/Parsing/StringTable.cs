using System;

namespace NewsDsl.Language.Parsing;

/// <summary>
/// The strings one parse makes from the text (tag ids, attribute values), each made once: an article
/// repeats a few ids and values ("said", its sources' ids) hundreds of times, and a substring per use
/// would be most of what the tree allocates. Keyed by the characters in place: a hit allocates nothing.
/// </summary>
internal sealed class StringTable
{
    /// <summary>Longer strings are rarely repeated; they are made each time and not kept.</summary>
    private const int MaxLength = 48;

    private string?[] _entries = new string?[64];
    private int[] _hashes = new int[64];
    private int _count;

    public string Get(string text, int start, int length)
    {
        if (length == 0)
        {
            return string.Empty;
        }

        if (length > MaxLength)
        {
            return text.Substring(start, length);
        }

        var hash = Hash(text, start, length);
        var mask = _entries.Length - 1;
        var slot = hash & mask;
        while (true)
        {
            var entry = _entries[slot];
            if (entry is null)
            {
                break;
            }

            if (_hashes[slot] == hash && entry.Length == length && string.CompareOrdinal(entry, 0, text, start, length) == 0)
            {
                return entry;
            }

            slot = (slot + 1) & mask;
        }

        var made = text.Substring(start, length);
        _entries[slot] = made;
        _hashes[slot] = hash;
        if (++_count * 2 > _entries.Length)
        {
            Grow();
        }

        return made;
    }

    private void Grow()
    {
        var entries = _entries;
        var hashes = _hashes;
        _entries = new string?[entries.Length * 2];
        _hashes = new int[entries.Length * 2];
        var mask = _entries.Length - 1;
        for (var i = 0; i < entries.Length; i++)
        {
            if (entries[i] is { } entry)
            {
                var slot = hashes[i] & mask;
                while (_entries[slot] is not null)
                {
                    slot = (slot + 1) & mask;
                }

                _entries[slot] = entry;
                _hashes[slot] = hashes[i];
            }
        }
    }

    private static int Hash(string text, int start, int length)
    {
        unchecked
        {
            var hash = (int)2166136261;
            for (var i = start; i < start + length; i++)
            {
                hash = (hash ^ text[i]) * 16777619;
            }

            // Spread the high bits into the low ones the mask keeps.
            return hash ^ (hash >> 15);
        }
    }
}
