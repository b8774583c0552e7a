using System.Collections.Generic;
using System.Text;

namespace NewsDsl.Language.Suggestions;

/// <summary>
/// A phrase that can name a speaker: a pronoun (<c>he</c>), a name with its titles
/// (<c>Iran’s Foreign Minister Mohammad Javad Zarif</c>) or a description (<c>a spokeswoman for the ministry</c>).
/// </summary>
internal sealed class SpeakerPhrase
{
    private SpeakerPhrase(List<ProseToken> tokens, int start, int end)
    {
        Start = start;
        End = end;
        Text = Join(tokens, start, end, spaceBeforePunctuation: false);
        TextStart = tokens[start].Start;
        TextEnd = tokens[end - 1].End;
        Head = tokens[end - 1].Lower;
    }

    /// <summary>First token index.</summary>
    public int Start { get; }

    /// <summary>Token index after the last.</summary>
    public int End { get; }

    public int TextStart { get; }

    public int TextEnd { get; }

    public string Text { get; }

    /// <summary>The last word, lower case.</summary>
    public string Head { get; }

    public bool IsPronoun { get; private set; }

    /// <summary>The trailing proper name's words, lower case, titles left out (<c>mohammad javad zarif</c>).</summary>
    public List<string> NameWords { get; } = new();

    /// <summary>The trailing proper name as written.</summary>
    public string NameText { get; private set; } = "";

    /// <summary>The words before the name (<c>Foreign Minister</c>), as written; for a description, empty.</summary>
    public string TitleText { get; private set; } = "";

    /// <summary>Lower-case title and role words of the phrase.</summary>
    public List<string> RoleWords { get; } = new();

    public SpeakerGender Gender { get; private set; }

    /// <summary>Set by the grammar: the role an appositive gives (<c>X, a spokesman for Y, said</c>).</summary>
    public string? Appositive { get; set; }

    public bool IsDescription => !IsPronoun && NameWords.Count == 0;

    public bool IsPlural => CueLexicon.GroupWords.Contains(Head) || (Start < End && IsNumberWord(Text));

    private static bool IsNumberWord(string text)
    {
        var lower = text.ToLowerInvariant();
        return lower.StartsWith("two ", System.StringComparison.Ordinal) || lower.StartsWith("three ", System.StringComparison.Ordinal) || lower.StartsWith("several ", System.StringComparison.Ordinal);
    }

    /// <summary>A phrase the article has declared as a form of a source: taken whole, whatever its words.</summary>
    public static SpeakerPhrase Known(List<ProseToken> tokens, int start, int end) => Build(tokens, start, end, lenient: true, known: true)!;

    /// <summary>The phrase over exactly [start, end), read as a name with its titles or a description; null when it is neither.</summary>
    public static SpeakerPhrase? Range(List<ProseToken> tokens, int start, int end, bool asDescription = false) => Build(tokens, start, end, lenient: false, asDescription: asDescription);

    /// <summary>A pronoun phrase made up by the engine (to resolve "the group" as "it").</summary>
    public static SpeakerPhrase Synthetic(string pronoun)
    {
        var tokens = new List<ProseToken> { new(ProseTokenKind.Word, 0, pronoun.Length, pronoun) };
        return Pronoun(tokens, 0);
    }

    /// <summary>Reads the phrase that ends right before <paramref name="end"/>, going backwards within the sentence.</summary>
    public static SpeakerPhrase? ReadBackward(List<ProseToken> tokens, int end, int sentenceStart, bool lenient)
    {
        var last = end - 1;
        if (last < sentenceStart || !tokens[last].IsWord)
        {
            return null;
        }

        var head = tokens[last];
        if (CueLexicon.Pronouns.Contains(head.Lower))
        {
            return Pronoun(tokens, last);
        }

        var start = last;
        while (start - 1 >= sentenceStart && last - start < 9)
        {
            var previous = tokens[start - 1];
            if (!previous.IsWord || previous.IsSpeechVerb)
            {
                break;
            }

            // "the Commission on Presidential Debates": "on" inside a body's name.
            var inBodyName = previous.Lower is "on" && start - 2 >= sentenceStart && tokens[start - 2].IsCapitalized && CueLexicon.OrganizationWords.Contains(tokens[start - 2].Lower);
            if (CueLexicon.PhraseBreakers.Contains(previous.Lower) && previous.Lower is not ("of" or "for" or "at" or "in") && !inBodyName)
            {
                break;
            }

            if (previous.Lower is "the" or "a" or "an")
            {
                start--;

                // "Bishop Ana Ruiz of the Coastal Diocese": "of the" after a name goes on to the name.
                if (start - 2 >= sentenceStart && last - start < 8 && tokens[start - 1].LowerIs("of") && tokens[start - 2].IsCapitalized)
                {
                    continue;
                }

                break;
            }

            if (!previous.IsCapitalized && !inBodyName && !CueLexicon.PhraseModifiers.Contains(previous.Lower) && !CueLexicon.RoleNouns.Contains(previous.Lower) && !IsPossessive(previous.Text) && !lenient)
            {
                break;
            }

            start--;
        }

        // Leading prepositions and weekday words belong to the clause, not the phrase.
        while (start < last && (tokens[start].Lower is "of" or "for" or "at" or "in" || (tokens[start].IsCapitalized && CueLexicon.NotNames.Contains(tokens[start].Lower) && tokens[start].Lower is not ("the" or "a" or "an"))))
        {
            start++;
        }

        // "Bishop Ana Ruiz of the Coastal Diocese told": the person speaks, not the body after "of".
        for (var k = start + 1; k < last; k++)
        {
            if (tokens[k].LowerIs("of") && EndsWithPersonName(tokens, start, k))
            {
                end = k;
                break;
            }
        }

        return Build(tokens, start, end, lenient);
    }

    /// <summary>
    /// Whether [start, end) ends with a person's name: two or more capitalised words, or one after a person's title,
    /// none of them a word of a body, a medium or a place (<c>Jane Roe</c>, <c>Senator Roe</c>; not <c>United
    /// Federation</c>, <c>Bank</c>).
    /// </summary>
    public static bool EndsWithPersonName(List<ProseToken> tokens, int start, int end)
    {
        var k = end;
        while (k - 1 >= start && tokens[k - 1].IsWord && tokens[k - 1].IsCapitalized && !CueLexicon.TitleWords.Contains(tokens[k - 1].Lower)
            && !CueLexicon.NotNames.Contains(tokens[k - 1].Lower) && !IsPossessive(tokens[k - 1].Text))
        {
            var lower = tokens[k - 1].Lower;
            if (CueLexicon.OrganizationWords.Contains(lower) || CueLexicon.MediaWords.Contains(lower) || CueLexicon.PlaceWords.Contains(lower)
                || CueLexicon.Nationalities.Contains(lower) || CueLexicon.GroupWords.Contains(lower) || lower.Length < 2)
            {
                return false;
            }

            k--;
        }

        var words = end - k;
        if (words == 0)
        {
            return false;
        }

        if (words >= 2)
        {
            return !ProseTokenizerCapitals(tokens, k, end);
        }

        return k - 1 >= start && CueLexicon.PersonTitles.Contains(tokens[k - 1].Lower);
    }

    private static bool AllBodyWords(List<ProseToken> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!CueLexicon.OrganizationWords.Contains(tokens[i].Lower))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ProseTokenizerCapitals(List<ProseToken> tokens, int from, int to)
    {
        // All-capital words ("NATO", "US") are acronyms of bodies more often than names.
        for (var i = from; i < to; i++)
        {
            var text = tokens[i].Text;
            var upper = true;
            foreach (var c in text)
            {
                upper &= !char.IsLower(c);
            }

            if (!upper || text.Length < 2)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads the phrase that starts at <paramref name="start"/>, going forwards within the sentence.</summary>
    public static SpeakerPhrase? ReadForward(List<ProseToken> tokens, int start, int sentenceEnd, bool lenient)
    {
        if (start >= sentenceEnd || !tokens[start].IsWord)
        {
            return null;
        }

        var first = tokens[start];
        if (CueLexicon.Pronouns.Contains(first.Lower))
        {
            return Pronoun(tokens, start);
        }

        var end = start;
        while (end < sentenceEnd && end - start < 9)
        {
            var token = tokens[end];
            if (!token.IsWord || (end > start && (token.IsSpeechVerb || CueLexicon.VerbModifiers.Contains(token.Lower))))
            {
                break;
            }

            // "Senator Jane Roe of Ohio", "Tom Reyes of the state party": a person's name ends before "of".
            if (end > start && token.LowerIs("of") && EndsWithPersonName(tokens, start, end))
            {
                break;
            }

            if (end > start && CueLexicon.PhraseBreakers.Contains(token.Lower))
            {
                // "a spokesman for the ministry", "the head of the agency": of/for only before more of the phrase.
                if (token.Lower is "of" or "for" && end + 1 < sentenceEnd && tokens[end + 1].IsWord
                    && (tokens[end + 1].IsCapitalized || CueLexicon.Determiners.Contains(tokens[end + 1].Lower)))
                {
                    end++;
                    continue;
                }

                break;
            }

            if (end > start && !token.IsCapitalized && !CueLexicon.PhraseModifiers.Contains(token.Lower) && !CueLexicon.RoleNouns.Contains(token.Lower) && !IsPossessive(token.Text) && !lenient)
            {
                break;
            }

            end++;
        }

        while (end > start + 1 && tokens[end - 1].Lower is "of" or "for" or "the" or "a" or "an")
        {
            end--;
        }

        return end > start ? Build(tokens, start, end, lenient) : null;
    }

    public static bool IsPossessive(string word) =>
        word.EndsWith("'s", System.StringComparison.Ordinal) || word.EndsWith("\u2019s", System.StringComparison.Ordinal) || word.EndsWith("s'", System.StringComparison.Ordinal) || word.EndsWith("s\u2019", System.StringComparison.Ordinal);

    private static SpeakerPhrase Pronoun(List<ProseToken> tokens, int index) => new(tokens, index, index + 1)
    {
        IsPronoun = true,
        Gender = tokens[index].Lower == "he" ? SpeakerGender.Male : tokens[index].Lower == "she" ? SpeakerGender.Female : SpeakerGender.Unknown,
    };

    private static SpeakerPhrase? Build(List<ProseToken> tokens, int start, int end, bool lenient, bool known = false, bool asDescription = false)
    {
        if (end <= start)
        {
            return null;
        }

        var phrase = new SpeakerPhrase(tokens, start, end);
        var head = tokens[end - 1];

        // The trailing run of capitalized words that are not titles is the name (particles such as al- included).
        var nameStart = end;
        while (nameStart - 1 >= start && !asDescription)
        {
            var token = tokens[nameStart - 1];
            var lower = token.Lower;
            var isParticle = lower.StartsWith("al-", System.StringComparison.Ordinal) || lower.StartsWith("el-", System.StringComparison.Ordinal) || lower is "bin" or "ibn" or "de" or "van" or "von" or "da" or "le" or "al" or "abu";
            if ((!token.IsCapitalized && !isParticle) || CueLexicon.TitleWords.Contains(lower) || IsPossessive(token.Text) || CueLexicon.NotNames.Contains(lower) || IsNationality(lower))
            {
                break;
            }

            nameStart--;
        }

        // "State Department", "Justice Department": a name that is only a body's word takes the capitalised words before it,
        // title words included.
        if (!asDescription && nameStart < end && nameStart - 1 >= start && tokens[nameStart - 1].IsCapitalized && AllBodyWords(tokens, nameStart, end))
        {
            while (nameStart - 1 >= start && tokens[nameStart - 1].IsCapitalized && !IsPossessive(tokens[nameStart - 1].Text) && !CueLexicon.NotNames.Contains(tokens[nameStart - 1].Lower)
                && !CueLexicon.PersonTitles.Contains(tokens[nameStart - 1].Lower))
            {
                nameStart--;
            }
        }

        // "United Federation of Teachers", "Department of Energy": a body's name runs on through "of" to its first word.
        var of = nameStart - 1 >= start && tokens[nameStart - 1].LowerIs("the") ? nameStart - 2 : nameStart - 1;
        if (!asDescription && nameStart < end && of - 1 >= start && (tokens[of].LowerIs("of") || tokens[of].LowerIs("on") || tokens[of].LowerIs("for")) && tokens[of - 1].IsCapitalized)
        {
            var bodyStart = of;
            var isBody = false;
            while (bodyStart - 1 >= start && tokens[bodyStart - 1].IsCapitalized && !IsPossessive(tokens[bodyStart - 1].Text) && !CueLexicon.NotNames.Contains(tokens[bodyStart - 1].Lower))
            {
                isBody |= CueLexicon.OrganizationWords.Contains(tokens[bodyStart - 1].Lower);
                bodyStart--;
            }

            if (isBody && !CueLexicon.TitleWords.Contains(tokens[bodyStart].Lower))
            {
                nameStart = bodyStart;
            }
        }

        for (var i = nameStart; i < end; i++)
        {
            phrase.NameWords.Add(tokens[i].Lower);
        }

        phrase.NameText = Join(tokens, nameStart, end, spaceBeforePunctuation: true);

        // Most titles are one word or none: a builder only from the second word on.
        var title = string.Empty;
        StringBuilder? longerTitle = null;
        for (var i = start; i < nameStart; i++)
        {
            var lower = tokens[i].Lower;
            if (CueLexicon.MaleWords.Contains(lower))
            {
                phrase.Gender = SpeakerGender.Male;
            }
            else if (CueLexicon.FemaleWords.Contains(lower))
            {
                phrase.Gender = SpeakerGender.Female;
            }

            if (lower is "the" or "a" or "an" || IsPossessive(tokens[i].Text))
            {
                continue;
            }

            phrase.RoleWords.Add(lower);
            if (CueLexicon.TryGetSpelledTitle(lower, out var spelled))
            {
                // "Sen. Tim Kaine" is "the senator" later.
                phrase.RoleWords.Add(spelled);
            }
            if (lower is "mr" or "mr." or "mrs" or "mrs." or "ms" or "ms." or "miss" or "dr" or "dr.")
            {
                continue;
            }

            if (longerTitle is null && title.Length == 0)
            {
                title = tokens[i].Text;
            }
            else
            {
                (longerTitle ??= new StringBuilder(title)).Append(' ').Append(tokens[i].Text);
            }
        }

        phrase.TitleText = longerTitle?.ToString() ?? title;

        if (phrase.NameWords.Count == 0)
        {
            // A description must be headed by a role, a body or a medium (or follow a quotation, where any "the …" will do).
            var headLower = head.Lower;
            var knownHead = known || CueLexicon.RoleNouns.Contains(headLower) || CueLexicon.TitleWords.Contains(headLower) || CueLexicon.MediaWords.Contains(headLower) || CueLexicon.OrganizationWords.Contains(headLower);
            if (!knownHead && !(lenient && CueLexicon.Determiners.Contains(tokens[start].Lower)))
            {
                return null;
            }

            if (IsPossessive(head.Text) && !known)
            {
                return null;
            }
        }
        else if (CueLexicon.NotNames.Contains(phrase.NameWords[0]) && phrase.NameWords.Count == 1)
        {
            return null;
        }

        return phrase;
    }

    /// <summary>
    /// The texts of tokens [start, end) joined by single spaces (before punctuation too, or only before words), cut
    /// to size at once: a phrase is read at every sentence opening and around every speech verb, and a builder for
    /// each of its texts was about a seventh of an import's allocation. One token is its own text.
    /// </summary>
    private static string Join(List<ProseToken> tokens, int start, int end, bool spaceBeforePunctuation)
    {
        if (end - start == 1)
        {
            return tokens[start].Text;
        }

        var length = 0;
        for (var i = start; i < end; i++)
        {
            length += tokens[i].Text.Length + (i > start && (spaceBeforePunctuation || tokens[i].Kind == ProseTokenKind.Word) ? 1 : 0);
        }

        if (length == 0)
        {
            return string.Empty;
        }

        var chars = new char[length];
        var at = 0;
        for (var i = start; i < end; i++)
        {
            if (i > start && (spaceBeforePunctuation || tokens[i].Kind == ProseTokenKind.Word))
            {
                chars[at++] = ' ';
            }

            var text = tokens[i].Text;
            text.CopyTo(0, chars, at, text.Length);
            at += text.Length;
        }

        return new string(chars);
    }

    private static bool IsNationality(string lower) => CueLexicon.Nationalities.Contains(lower);

    public override string ToString() => Text;
}
