using System;
using System.Collections.Generic;

namespace NewsDsl.Language.Suggestions;

/// <summary>
/// Which capitalised words the article itself shows to be names: a word capitalised inside a sentence
/// (not at its start, not after a quotation or a colon, not in a heading) is a name or a name-like word
/// there. A sentence-initial capitalised word is capitalised by position only, so "Ultimately",
/// "Speaking" or "Twelve" at a sentence start is not a speaker unless the article capitalises it elsewhere.
/// </summary>
internal sealed class NameEvidence
{
    private readonly HashSet<string> _capitalisedInside = new(StringComparer.Ordinal);
    private readonly HashSet<string> _lowercase = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SpeakerGender> _honorifics = new(StringComparer.Ordinal);

    /// <summary>Records the words of one paragraph (headings are title case and are left out).</summary>
    public void Read(List<ProseToken> tokens)
    {
        if (tokens.Count > 0 && tokens[0].StartsLower)
        {
            _lowercase.Add(Bare(tokens[0].Lower));
        }

        for (var i = 1; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.StartsLower)
            {
                _lowercase.Add(Bare(token.Lower));
            }

            if (token.IsCapitalized && tokens[i - 1].IsCapitalized && tokens[i - 1].Lower is "mr." or "mr" or "mrs." or "mrs" or "ms." or "ms")
            {
                // "Mr. Obama" anywhere in the article shows the gender of every Obama in it.
                var gender = tokens[i - 1].Lower.StartsWith("mr", StringComparison.Ordinal) && !tokens[i - 1].Lower.StartsWith("mrs", StringComparison.Ordinal) ? SpeakerGender.Male : SpeakerGender.Female;
                var surname = Bare(token.Lower);
                _honorifics[surname] = _honorifics.TryGetValue(surname, out var seen) && seen != gender ? SpeakerGender.Unknown : gender;
            }

            if (!token.IsCapitalized || tokens[i - 1].Sentence != token.Sentence)
            {
                continue;
            }

            var before = tokens[i - 1];
            if (before.IsQuote || before.Is(':') || before.Is('(') || before.Kind == ProseTokenKind.Dash || before.Is('"'))
            {
                continue;
            }

            _capitalisedInside.Add(Bare(token.Lower));
        }
    }

    /// <summary>
    /// A line whose words are mostly capitalised ("An Ambitious, Divisive Legacy.", "CONGRESS HAS INVESTIGATED HIM")
    /// is a heading set as a paragraph: its capitals show nothing about names.
    /// </summary>
    public static bool IsTitleCase(List<ProseToken> tokens)
    {
        int words = 0, capitalised = 0;
        foreach (var token in tokens)
        {
            if (token.IsQuote)
            {
                return false;
            }

            if (token.IsWord && char.IsLetter(token.FirstChar))
            {
                words++;
                capitalised += token.IsCapitalized ? 1 : 0;
            }
        }

        return words >= 2 && words <= 14 && capitalised * 10 >= words * 6;
    }

    /// <summary>A declared name or aka form: its words are names by the writer's own word.</summary>
    public void Declare(string form)
    {
        foreach (var word in SpeakerRegistry.Words(form))
        {
            _capitalisedInside.Add(Bare(word));
        }
    }

    /// <summary>Whether the article capitalises this word inside a sentence somewhere.</summary>
    public bool IsNameWord(string lower) => _capitalisedInside.Contains(Bare(lower));

    /// <summary>
    /// Whether the article writes this word in lower case somewhere ("police", "delegates"): at a sentence start
    /// its capital is then the position's, even when a verb follows it ("Police say", "Delegates questioned").
    /// </summary>
    public bool IsCommonWord(string lower) => _lowercase.Contains(Bare(lower));

    /// <summary>
    /// The gender the article shows for a name: "Mr."/"Ms." before its surname somewhere, else a given name
    /// that is nearly always a man's or a woman's. Unknown when neither shows it (or the two disagree).
    /// </summary>
    public SpeakerGender GenderOf(IReadOnlyList<string> nameWords)
    {
        if (nameWords.Count == 0)
        {
            return SpeakerGender.Unknown;
        }

        if (_honorifics.TryGetValue(Bare(nameWords[nameWords.Count - 1]), out var shown))
        {
            return shown;
        }

        // The first word of known gender before the surname ("Patrick" in a name read with a title word before it).
        for (var i = 0; i < nameWords.Count - 1; i++)
        {
            var gender = FirstNames.Of(nameWords[i]);
            if (gender != SpeakerGender.Unknown)
            {
                return gender;
            }
        }

        return SpeakerGender.Unknown;
    }

    private static string Bare(string lower) =>
        lower.EndsWith("'s", StringComparison.Ordinal) ? lower.Substring(0, lower.Length - 2) : lower;
}
