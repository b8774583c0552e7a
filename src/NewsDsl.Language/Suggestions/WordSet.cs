using System;
using System.Collections.Generic;

namespace NewsDsl.Language.Suggestions;

/// <summary>
/// A fixed set of lower-case words: membership only. The engine's word lists are shared by every article and
/// every thread, so no caller can add to or remove from one (a <see cref="HashSet{T}"/> field would let it).
/// </summary>
internal sealed class WordSet
{
    private readonly HashSet<string> _words;

    public WordSet(IEnumerable<string> words)
    {
        _words = new HashSet<string>(words, StringComparer.Ordinal);
    }

    public bool Contains(string word) => _words.Contains(word);

    /// <summary>Calls <paramref name="action"/> for every word (to derive an index once, as the speech verbs' shapes).</summary>
    public void ForEach(Action<string> action)
    {
        foreach (var word in _words)
        {
            action(word);
        }
    }
}
