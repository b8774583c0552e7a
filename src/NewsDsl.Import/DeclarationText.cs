using System;
using System.Collections.Generic;
using System.Text;

namespace NewsDsl.Import;

/// <summary>
/// The words a draft's <c>@source</c> declaration may carry: a name, a title and aka forms that are names or
/// roles, not the sentence around them. The engine reads speaker phrases out of running copy, so a phrase can
/// bring a conjunction, a preposition or a count with it ("But Megan Hester", "to Frank", "One man", title
/// "spokeswoman for"); those words are dropped here, and a title that is a clause rather than a role is left out.
/// </summary>
internal static class DeclarationText
{
    /// <summary>The reason written for a speaker the copy never names.</summary>
    public const string UnnamedReason = "the copy names no one: give the name, or say why it is withheld";

    // Words that begin a clause or count people; none begins a name, a role or an aka form.
    private static readonly HashSet<string> s_leading = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "twenty", "hundred", "thousand", "dozens", "another", "other", "some", "many", "several", "few", "both", "each", "every",
        "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those", "and", "but", "or", "nor", "so", "yet",
        "when", "while", "whereas", "if", "though", "although", "because", "since", "after", "before", "until", "once", "as", "even",
        "already", "also", "still", "then", "now", "just", "only", "perhaps", "maybe", "however", "meanwhile", "instead",
        "indeed", "later", "earlier", "today", "yesterday", "tomorrow", "here", "there", "to", "of", "for", "in", "on", "at",
        "by", "with", "from", "into", "about", "asked", "said", "says", "according", "neither", "either", "no", "not", "never",
        "always", "often", "more", "less", "most", "first", "second", "third", "last", "next", "seeming", "seemingly", "like",
        "unlike", "among",
    };

    // Words a title cannot end with: it was cut off before its object ("spokeswoman for", "author of").
    private static readonly HashSet<string> s_trailing = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "for", "to", "at", "in", "on", "and", "or", "the", "a", "an", "with", "from", "by", "as", "who", "which", "that",
    };

    /// <summary>A name without its leading clause words; a one-word description in lower case (<c>moderator</c>).</summary>
    public static string Name(string name, bool isDescription)
    {
        var words = Split(name);
        var first = Leading(words, keepLast: true);
        var result = string.Join(" ", words, first, words.Length - first);
        if (isDescription && words.Length - first == 1 && result.Length > 1 && char.IsUpper(result[0]) && !char.IsUpper(result[1]))
        {
            // Capitalised only because it opened a sentence ("The moderator said").
            result = char.ToLowerInvariant(result[0]) + result.Substring(1);
        }

        return result.Length > 0 ? result : name.Trim();
    }

    /// <summary>An aka form without its leading clause words; empty when nothing is left.</summary>
    public static string Form(string form)
    {
        var words = Split(form);
        var first = Leading(words, keepLast: false);
        return string.Join(" ", words, first, words.Length - first);
    }

    /// <summary>A role: leading clause words and trailing prepositions dropped; null for a clause or a sentence (commas, quotation marks, more than twelve words).</summary>
    public static string? Title(string? title)
    {
        if (title is null || title.IndexOfAny(new[] { ',', '"', '“', '”', ';', ':' }) >= 0)
        {
            return null;
        }

        var words = Split(title);
        if (words.Length > 12)
        {
            return null;
        }

        var first = Leading(words, keepLast: false);

        // "No. 2 in the party leadership" without its "No.": a rank, not a title to declare.
        if (first > 0 && first < words.Length && char.IsDigit(words[first][0]))
        {
            return null;
        }

        // "architect of the 2008 campaign and an aide in 2012": a year or number ends no role; then no preposition may.
        var last = words.Length;
        while (last > first && (s_trailing.Contains(words[last - 1]) || !HasLetter(words[last - 1])))
        {
            last--;
        }

        if (last <= first)
        {
            return null;
        }

        var builder = new StringBuilder();
        for (var i = first; i < last; i++)
        {
            builder.Append(i > first ? " " : string.Empty).Append(words[i]);
        }

        return builder.ToString();
    }

    private static bool HasLetter(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static string[] Split(string text) => text.Split(new[] { ' ', '\t', '\n' }, StringSplitOptions.RemoveEmptyEntries);

    private static int Leading(string[] words, bool keepLast)
    {
        var first = 0;
        while (first < words.Length - (keepLast ? 1 : 0) && s_leading.Contains(words[first].TrimEnd('.', ',')))
        {
            first++;
        }

        return first;
    }
}
