using System;
using System.Collections.Generic;
using NewsDsl.Language.Semantics;

namespace NewsDsl.Language.Suggestions;

/// <summary>
/// Reads speech events out of a sentence: a speech verb and the phrase that says it (before it, after it, through
/// an appositive or a party-state tag), "according to X", dash credits, "Said X," and "X:" labels, and a
/// sentence's opening subject, with the words that only open a sentence dropped from names.
/// </summary>
internal sealed class SpeechEventReader
{
    private readonly ArticleModel _model;
    private readonly SpeakerRegistry _registry;
    private readonly NameEvidence _evidence;
    private readonly PronounResolver _pronouns;

    public SpeechEventReader(ArticleModel model, SpeakerRegistry registry, NameEvidence evidence, PronounResolver pronouns)
    {
        _model = model;
        _registry = registry;
        _evidence = evidence;
        _pronouns = pronouns;
    }

    /// <summary>"Said Comey, “…”": the name after a sentence-opening verb, ending at a comma or colon before a quotation.</summary>
    public SpeechEvent? ReadSaidName(BlockState state, int start, int end, int verb)
    {
        var tokens = state.Tokens;
        var phrase = SpeakerPhrase.ReadForward(tokens, verb + 1, end, lenient: false);
        if (phrase is null || phrase.IsPronoun || phrase.NameWords.Count == 0 || phrase.End >= end || IsShouted(tokens, phrase))
        {
            return null;
        }

        // "Said Ana Ruiz, who grew up here, “…”": past a relative clause to its closing comma.
        var after = phrase.End;
        if (after + 1 < end && tokens[after].Is(',') && tokens[after + 1].Lower is "who" or "whose")
        {
            var close = after + 2;
            while (close < end && close < after + 25 && !tokens[close].Is(',') && !tokens[close].IsQuote)
            {
                close++;
            }

            after = close;
        }

        // "Stated Ruiz:" at the end of a paragraph introduces the next one's quotation.
        var introduces = after + 1 == tokens.Count && after < end && tokens[after].Is(':');
        if (after >= end || !(tokens[after].Is(',') || tokens[after].Is(':')) || !(introduces || (after + 1 < end && tokens[after + 1].IsQuote)))
        {
            return null;
        }

        return NewEvent(state, verb, verb, phrase.End, _registry.Resolve(phrase, create: true), SuggestionConfidence.AdjacentNamed, SuggestionPattern.CueBefore);
    }

    /// <summary>"PENCE: “…”", "Clinton: “…”": a name alone from the sentence start to a colon right before a quotation.</summary>
    public SpeechEvent? ReadLabel(BlockState state, int start, int colon)
    {
        var tokens = state.Tokens;

        // "Pollsters agree - Carl Bialik: “…”": in a digest, the label is the name after a dash, not the sentence's first words.
        for (var k = colon - 2; k > start && k >= colon - 4; k--)
        {
            if (tokens[k].Kind == ProseTokenKind.Dash)
            {
                start = k + 1;
                break;
            }
        }

        if (colon - start is < 1 or > 4)
        {
            return null;
        }

        for (var k = start; k < colon; k++)
        {
            if (!tokens[k].IsWord || !(tokens[k].IsCapitalized || char.IsDigit(tokens[k].Text[0]) == false && tokens[k].Lower is "of"))
            {
                return null;
            }
        }

        var phrase = SpeakerPhrase.Range(tokens, start, colon);
        if (phrase is null || phrase.IsPronoun || phrase.NameWords.Count == 0 || phrase.NameWords.Count != phrase.End - phrase.Start && phrase.TitleText.Length == 0)
        {
            return null;
        }

        // A label is a name the article uses elsewhere, or a transcript's capitals; not a heading's first words ("The Latest: “…”").
        var known = IsAllCapitals(tokens[colon - 1].Text) && colon - start == 1;
        foreach (var word in phrase.NameWords)
        {
            known |= _evidence.IsNameWord(word);
        }

        if (!known || CueLexicon.NotNames.Contains(tokens[start].Lower))
        {
            return null;
        }

        return NewEvent(state, start, start, colon + 1, _registry.Resolve(phrase, create: true), SuggestionConfidence.ColonNamed, SuggestionPattern.ColonIntroduction);
    }

    /// <summary>A phrase of two or more words in capitals ("FELLOW DOCTORS DON’T WANT") is a shouted heading, not a name.</summary>
    public static bool IsShouted(List<ProseToken> tokens, SpeakerPhrase phrase)
    {
        var capitals = 0;
        for (var k = phrase.Start; k < phrase.End; k++)
        {
            capitals += tokens[k].IsWord && IsAllCapitals(tokens[k].Text) ? 1 : 0;
        }

        return capitals >= 2;
    }

    /// <summary>
    /// Where the sentence's subject starts: at its start, or after the comma that closes an opening adverbial
    /// ("In his assessment of the race, Calderon …", "Asked about it, Smith …"); -1 when there is none to read.
    /// </summary>
    public int SubjectStart(List<ProseToken> tokens, int start, int end)
    {
        // Up to two opening adverbials ("On Thursday, after remaining neutral all spring, Warren …", "Hours later, Trump …").
        var at = start;
        for (var round = 0; round < 4; round++)
        {
            var first = tokens[at];

            // "But after weeks of silence, Ruiz …", "And in 2008, Ruiz …": a conjunction that opens the sentence
            // stands before its adverbial, not in the subject.
            if (at == start && round == 0 && at + 1 < end && first.IsWord && first.Lower is "but" or "and" or "yet" or "so" or "still"
                && tokens[at + 1].IsWord && CueLexicon.Prepositions.Contains(tokens[at + 1].Lower))
            {
                at++;
                first = tokens[at];
            }
            var adverbial = first.IsWord && (CueLexicon.Prepositions.Contains(first.Lower)
                || ((first.Lower.EndsWith("ing", StringComparison.Ordinal) || first.Lower.EndsWith("ed", StringComparison.Ordinal)) && first.Lower.Length > 5)
                || (at == start && IsOpenerOnly(tokens, at) && CommaWithin(tokens, at, end, 4) > 0));
            if (!adverbial)
            {
                // "At a rally in Ames, Iowa, Mr. Diaz …": the state after a town closes the adverbial; the subject follows it.
                if (at > start && PlaceBeforeComma(tokens, at, end) is var placeComma && placeComma > 0 && placeComma + 1 < end)
                {
                    at = placeComma + 1;
                    continue;
                }

                // "Preceded by Joe Ames, the county sheriff, Trump …": a description closed by a comma after an
                // adverbial is the appositive of a name in it, not the subject.
                if (at > start && first.Lower is "the" or "a" or "an" && CommaWithin(tokens, at, end, 10, quotesEnd: true) is var appositiveComma
                    && appositiveComma > 0 && appositiveComma + 1 < end && !AnyVerbLike(tokens, at, appositiveComma))
                {
                    at = appositiveComma + 1;
                    continue;
                }

                return at;
            }

            // A quoted title inside the adverbial ("At an event billed as “Hard Hats,” Ruiz …") does not end it.
            var comma = CommaWithin(tokens, at, end, 16, quotesEnd: false);
            if (comma < 0 || comma + 1 >= end)
            {
                return -1;
            }

            at = comma + 1;
        }

        return -1;
    }

    /// <summary>Whether [from, to) has a word that reads as a finite verb or a speech verb (so it is a clause, not a noun phrase).</summary>
    private static bool AnyVerbLike(List<ProseToken> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (tokens[k].IsWord && (tokens[k].IsSpeechVerb || tokens[k].Lower is "is" or "was" or "are" or "were" or "has" or "had" or "have" or "will" or "would"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The comma after a run of place words starting at <paramref name="at"/> ("Iowa,", "North Carolina,"); -1 when there is none.</summary>
    private static int PlaceBeforeComma(List<ProseToken> tokens, int at, int end)
    {
        var words = new List<string>();
        var k = at;
        while (k < end && k < at + 3 && tokens[k].IsWord && tokens[k].IsCapitalized)
        {
            words.Add(tokens[k].Lower);
            k++;
        }

        return k < end && tokens[k].Is(',') && CueLexicon.IsPlace(words) ? k : -1;
    }

    /// <summary>The first comma within <paramref name="reach"/> tokens after <paramref name="from"/> and before any quotation; -1 when there is none.</summary>
    private static int CommaWithin(List<ProseToken> tokens, int from, int end, int reach, bool quotesEnd = true)
    {
        for (var k = from + 1; k < end && k <= from + reach; k++)
        {
            if (tokens[k].IsQuote && (quotesEnd || tokens[k].Quotation is not { } q || q.Text.Length > 40))
            {
                return -1;
            }

            // “Roads First,” with the comma inside the marks (American style) closes the phrase too.
            if (tokens[k].IsQuote && tokens[k].QuotedText.TrimEnd().EndsWith(",", StringComparison.Ordinal))
            {
                return k;
            }

            if (tokens[k].Is(','))
            {
                return k;
            }
        }

        return -1;
    }

    public SpeechEvent? ReadSpeechEvent(BlockState state, int start, int end, int verb, List<SpeechEvent> sentenceEvents, SpeakerEntity? subject)
    {
        var tokens = state.Tokens;
        var lower = tokens[verb].Lower;

        // "the said", "a warning": not a verb here.
        if (verb > start && tokens[verb - 1].Lower is "the" or "a" or "an")
        {
            return null;
        }

        // “…,” said Zarif (the verb right after the quotation, the speaker after it).
        var afterQuote = (verb - 1 >= start && tokens[verb - 1].IsQuote) || (verb - 2 >= start && tokens[verb - 1].Is(',') && tokens[verb - 2].IsQuote);
        if (afterQuote && !CueLexicon.IsParticiple(lower))
        {
            var inverted = SpeakerPhrase.ReadForward(tokens, verb + 1, end, lenient: true);
            inverted = inverted is null ? null : NameInAppositive(tokens, inverted, end) ?? inverted;
            if (inverted is not null)
            {
                ReadAppositiveAfter(tokens, inverted, end);
                return ResolvedEvent(state, start, verb, verb, inverted.End, inverted, SuggestionPattern.CueAfterInverted);
            }
        }

        var j = tokens[verb].LowerIs("back") && IsBackVerb(tokens, verb, start) ? verb - 1 : verb;

        // "Ruiz went on to say", "she goes on to say": the phrase before "went on to".
        if (j - 3 >= start && tokens[j - 1].LowerIs("to") && tokens[j - 2].LowerIs("on") && tokens[j - 3].Lower is "went" or "goes" or "go" or "going")
        {
            j -= 3;
        }

        var skipped = 0;
        while (j - 1 >= start && skipped < 4 && tokens[j - 1].IsWord && (CueLexicon.VerbModifiers.Contains(tokens[j - 1].Lower) || IsWeekdayTime(tokens, j - 1, start)))
        {
            j--;
            skipped++;
        }

        // Rep. John Mica (R-Fla.) said: a party-state tag (or any short parenthesis) between the name and the verb.
        if (j - 1 > start && tokens[j - 1].Is(')') && OpeningParenthesis(tokens, j - 1, start) is { } open && open > start)
        {
            j = open;
        }

        // , saying “…” / and warned that …: the clause's subject speaks.
        var coordinated = j - 1 >= start && tokens[j - 1].Lower is "and" or "but" or "then" or "or";
        var participle = CueLexicon.IsParticiple(lower) && (j - 1 < start || tokens[j - 1].Is(',') || coordinated);
        if (coordinated || participle)
        {
            var inherited = sentenceEvents.Count > 0 ? sentenceEvents[sentenceEvents.Count - 1].Entity : subject;
            return inherited is null ? null : NewEvent(state, verb, verb, verb + 1, inherited, SuggestionConfidence.EarlierInSentence, SuggestionPattern.CueBefore);
        }

        if (verb - 1 >= start && tokens[verb - 1].Is(',') && AfterQuoteNameBefore(tokens, start, verb - 1) is { } named)
        {
            // “…,” Ana Ruiz, 54, a nurse from Leeds, who has worked nights for years, said: the name right after the quotation speaks.
            ReadAppositiveAfter(tokens, named, verb);
            return ResolvedEvent(state, start, named.Start, named.Start, verb + 1, named, SuggestionPattern.CueAfter);
        }

        if (verb - 1 >= start && tokens[verb - 1].Is(',') && SaidNameAtEnd(tokens, verb, end) is { } saidName)
        {
            // “…” about the budget, said Ana Ruiz, a nurse. (the verb after a clause, the name after it, then the sentence ends).
            ReadAppositiveAfter(tokens, saidName, end);
            return ResolvedEvent(state, start, verb, verb, saidName.End, saidName, SuggestionPattern.CueAfterInverted);
        }

        if (verb - 1 >= start && tokens[verb - 1].Is(','))
        {
            return ReadAppositiveEvent(state, start, verb, verb - 1);
        }

        if (j - 1 >= start && tokens[j - 1].Is(','))
        {
            return ReadAppositiveEvent(state, start, verb, j - 1);
        }

        var phrase = Longer(KnownFormBefore(tokens, j, start), SpeakerPhrase.ReadBackward(tokens, j, start, lenient: false));
        if (phrase is null || (!phrase.IsPronoun && phrase.IsDescription && !IsRightAfterQuote(tokens, phrase.Start, start)))
        {
            // “…,” a senior harbour official said / “…,” two dock workers said: after a quotation, a description
            // runs back to its determiner whatever its modifiers are.
            var loose = SpeakerPhrase.ReadBackward(tokens, j, start, lenient: true);
            if (loose is not null && IsRightAfterQuote(tokens, loose.Start, start) && (phrase is null || CueLexicon.Determiners.Contains(tokens[loose.Start].Lower)))
            {
                phrase = loose;
            }
        }

        if (phrase is null)
        {
            return null;
        }

        // "a group called “X”": naming, not speech.
        if (lower is "called" && phrase.Text.StartsWith("a", StringComparison.OrdinalIgnoreCase) && phrase.IsDescription)
        {
            return null;
        }

        return ResolvedEvent(state, start, phrase.Start, phrase.Start, verb + 1, phrase, SuggestionPattern.CueAfter);
    }

    /// <summary>
    /// The name right after the quotation nearest before <paramref name="comma"/>, when a comma follows it and no other
    /// quotation or speech verb comes between (“…,” Ana Ruiz, 54, a nurse, said); null otherwise.
    /// </summary>
    private static SpeakerPhrase? AfterQuoteNameBefore(List<ProseToken> tokens, int start, int comma)
    {
        var quote = -1;
        for (var k = comma - 1; k >= start && k >= comma - 40; k--)
        {
            if (tokens[k].IsQuote)
            {
                quote = k;
                break;
            }

            if (tokens[k].IsWord && tokens[k].StartsLower && tokens[k].IsSpeechVerb)
            {
                return null;
            }
        }

        if (quote < 0)
        {
            return null;
        }

        var at = quote + 1 < comma && tokens[quote + 1].Is(',') ? quote + 2 : quote + 1;
        var phrase = SpeakerPhrase.ReadForward(tokens, at, comma, lenient: false);
        if (phrase is null || phrase.IsPronoun || phrase.NameWords.Count == 0 || phrase.End >= comma || !tokens[phrase.End].Is(',')
            || CueLexicon.IsPlace(phrase.NameWords) || phrase.End == comma)
        {
            return null;
        }

        return phrase;
    }

    /// <summary>", said Ana Ruiz." / ", said Ana Ruiz, a nurse.": a name after the verb that ends the sentence or starts its appositive.</summary>
    private static SpeakerPhrase? SaidNameAtEnd(List<ProseToken> tokens, int verb, int end)
    {
        // Only verbs whose subject may follow them: "told Radio Tirana", "asked Ana Ruiz" name who was addressed.
        if (tokens[verb].Lower is not ("said" or "says" or "added" or "adds" or "wrote" or "writes" or "noted" or "explained" or "continued" or "recalled" or "declared"))
        {
            return null;
        }

        var phrase = SpeakerPhrase.ReadForward(tokens, verb + 1, end, lenient: false);
        if (phrase is null || phrase.IsPronoun || phrase.NameWords.Count == 0 || CueLexicon.IsPlace(phrase.NameWords)
            || !(phrase.End == end || tokens[phrase.End].Is(',') || tokens[phrase.End].Is('.')))
        {
            return null;
        }

        return phrase;
    }

    /// <summary>"back" in "shot back", "fired back", "hit back": a retort, read as a speech verb; and "put" in "as Ruiz put it, “…”".</summary>
    public static bool IsBackVerb(List<ProseToken> tokens, int index, int start) =>
        (index - 1 >= start && tokens[index].LowerIs("back") && tokens[index - 1].Lower is "shot" or "fired" or "hit" or "snapped" or "pushed")
        || (tokens[index].LowerIs("put") && index + 2 < tokens.Count && tokens[index + 1].LowerIs("it")
            && (tokens[index + 2].Is(',') || tokens[index + 2].Is(':') || tokens[index + 2].IsQuote));

    /// <summary>The '(' that the ')' at <paramref name="close"/> closes, within six tokens and the sentence; null when there is none.</summary>
    private static int? OpeningParenthesis(List<ProseToken> tokens, int close, int start)
    {
        for (var k = close - 1; k >= start && k >= close - 6; k--)
        {
            if (tokens[k].Is('('))
            {
                return k;
            }

            if (tokens[k].IsQuote || tokens[k].Is(')'))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Of two readings of the phrase before a verb, the one that reaches further back.</summary>
    private static SpeakerPhrase? Longer(SpeakerPhrase? known, SpeakerPhrase? read) =>
        known is null ? read : read is null || known.Start <= read.Start ? known : read;

    private static bool IsKnownHead(SpeakerPhrase phrase) =>
        CueLexicon.RoleNouns.Contains(phrase.Head) || CueLexicon.OrganizationWords.Contains(phrase.Head) || CueLexicon.MediaWords.Contains(phrase.Head);

    /// <summary>A declared or already-seen form of a speaker that ends right before <paramref name="end"/> (<c>Residents at the hearing</c>).</summary>
    private SpeakerPhrase? KnownFormBefore(List<ProseToken> tokens, int end, int sentenceStart)
    {
        SpeakerPhrase? best = null;
        foreach (var entity in _registry.Entities)
        {
            if (entity.Source is null)
            {
                continue;
            }

            foreach (var words in entity.FormWordLists)
            {
                var begin = end - words.Count;
                if (words.Count < 2 || begin < sentenceStart || (best is not null && begin >= best.Start))
                {
                    continue;
                }

                var matches = true;
                for (var w = 0; w < words.Count && matches; w++)
                {
                    matches = tokens[begin + w].IsWord && tokens[begin + w].Lower == words[w];
                }

                if (matches)
                {
                    // "the" before a form is part of the phrase.
                    var phraseStart = begin > sentenceStart && tokens[begin - 1].Lower == "the" ? begin - 1 : begin;
                    best = SpeakerPhrase.Known(tokens, phraseStart, end);
                }
            }
        }

        return best;
    }

    private static bool IsRightAfterQuote(List<ProseToken> tokens, int phraseStart, int sentenceStart) =>
        (phraseStart - 1 >= sentenceStart && tokens[phraseStart - 1].IsQuote) || (phraseStart - 2 >= sentenceStart && tokens[phraseStart - 1].Is(',') && tokens[phraseStart - 2].IsQuote);

    /// <summary>X, a spokesman for Y, said / Sen. Rand Paul, R-Ky., said / Military commander in chief, Qais al-Khazali, said.</summary>
    private SpeechEvent? ReadAppositiveEvent(BlockState state, int start, int verb, int comma)
    {
        var tokens = state.Tokens;
        var open = -1;
        for (var m = comma - 1; m >= start && m >= comma - 30; m--)
        {
            if (tokens[m].IsQuote)
            {
                return null;
            }

            if (tokens[m].Is(','))
            {
                open = m;
                break;
            }
        }

        if (open < 0 || open + 1 >= comma)
        {
            return null;
        }

        // "X, of Springfield, Va., said": a state after a town is part of the appositive before it.
        if (open > start && IsPlaceSegment(tokens, open + 1, comma))
        {
            return ReadAppositiveEvent(state, start, verb, open);
        }

        var first = tokens[open + 1];
        var relative = first.Lower is "who" or "whose" or "which" || (CueLexicon.IsParticiple(first.Lower) && first.Lower.Length > 5);
        if (comma - open > 15 && !relative)
        {
            return null;
        }

        if (relative)
        {
            // X, who asked not to be named, said / X, speaking on condition of anonymity, said: X speaks.
            var subject = Longer(KnownFormBefore(tokens, open, start), SpeakerPhrase.ReadBackward(tokens, open, start, lenient: false) ?? SpeakerPhrase.ReadBackward(tokens, open, start, lenient: true));
            if (subject is null || subject.IsPronoun || (subject.IsDescription && !CueLexicon.Determiners.Contains(tokens[subject.Start].Lower) && !IsKnownHead(subject)))
            {
                return null;
            }

            return ResolvedEvent(state, start, subject.Start, subject.Start, verb + 1, subject, SuggestionPattern.CueAfter);
        }

        var before = Longer(KnownFormBefore(tokens, open, start), SpeakerPhrase.ReadBackward(tokens, open, start, lenient: false));
        var segmentText = TextOf(tokens, open + 1, comma);
        // "X, a spokesman for Y, said", "X, R-Ky., said", and "X, Republican of West Virginia, said" or "X, editor of
        // The Forward, said": an appositive that starts with an article, a party or a role describes the name before it.
        // (Not "X, Mr. Guajardo Villarreal, argues": a title before a name is that name's own.)
        var roleFirst = CueLexicon.Nationalities.Contains(first.Lower) || first.Lower is "democrat" or "republican" || CueLexicon.RoleNouns.Contains(first.Lower);
        var describes = roleFirst && (open + 2 == comma || tokens[open + 2].Lower is "of" or "for" or "at" or "from" or "in");

        // "X, communications director for the campaign, said", "X, technology analyst at Kelso Capital, said": a short
        // lower-case run ending in a role noun, then of/for/at/to or the comma.
        describes |= LowerCaseRoleRun(tokens, open + 1, comma);

        // "X, of Springfield, said", "X, from Leeds, said": where X is from.
        describes |= first.Lower is "of" or "from";

        // "X, Ms. Roe's chief of staff, said", "X, the agency's lawyer, said": a role of someone else's describes X.
        describes |= IsPossessiveRole(tokens, open + 1, comma);
        if (first.Lower is "a" or "an" or "the" || ProseTokenizer.IsPartyState(first.Text) || char.IsDigit(first.Text[0]) || describes)
        {
            if (before is null || before.IsPronoun)
            {
                return null;
            }

            // "X, chief executive of Y, an aviation firm, said": the name before the role speaks, not the body it heads.
            if (NameBeforeRole(tokens, before, start) is { } person)
            {
                before = person;
            }

            if (!ProseTokenizer.IsPartyState(first.Text) && !char.IsDigit(first.Text[0]))
            {
                before.Appositive = SpeakerRegistry.StripDeterminer(StripArticle(segmentText));
            }

            return ResolvedEvent(state, start, before.Start, before.Start, verb + 1, before, SuggestionPattern.CueAfter);
        }

        var named = SpeakerPhrase.ReadBackward(tokens, comma, open + 1, lenient: false);
        if (named is null || named.Start != open + 1 || named.NameWords.Count == 0)
        {
            return null;
        }

        if (open > start)
        {
            named.Appositive = TextOf(tokens, start, open);
        }

        return ResolvedEvent(state, start, named.Start, named.Start, verb + 1, named, SuggestionPattern.CueAfter);
    }

    /// <summary>Whether [from, to) is only a place ("Va.", "Iowa", "North Carolina").</summary>
    private static bool IsPlaceSegment(List<ProseToken> tokens, int from, int to)
    {
        var words = new List<string>();
        for (var k = from; k < to; k++)
        {
            if (!tokens[k].IsWord)
            {
                return false;
            }

            words.Add(tokens[k].Lower);
        }

        return CueLexicon.IsPlace(words);
    }

    /// <summary>Whether [from, to) is a role of someone else's: a possessive followed by lower-case words only (<c>Ms. Roe's chief of staff</c>).</summary>
    private static bool IsPossessiveRole(List<ProseToken> tokens, int from, int to)
    {
        for (var p = from; p < to - 1; p++)
        {
            if (!tokens[p].IsWord)
            {
                return false;
            }

            if (SpeakerPhrase.IsPossessive(tokens[p].Text))
            {
                for (var k = p + 1; k < to; k++)
                {
                    if (!tokens[k].IsWord || !tokens[k].StartsLower)
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// For a phrase that is a role heading a body ("chief executive of Skyway Freight", "editor of The Ledger") and
    /// follows a comma, the person's name before that comma ("Dana Kerr, chief executive of …"); null otherwise.
    /// </summary>
    private static SpeakerPhrase? NameBeforeRole(List<ProseToken> tokens, SpeakerPhrase phrase, int sentenceStart)
    {
        var k = phrase.Start;
        while (k - 1 >= sentenceStart && k > phrase.Start - 6 && tokens[k - 1].IsWord && tokens[k - 1].StartsLower)
        {
            k--;
        }

        if (k - 2 < sentenceStart || !tokens[k - 1].Is(',') || !tokens[k].IsWord || !tokens[k].StartsLower)
        {
            return null;
        }

        var name = SpeakerPhrase.ReadBackward(tokens, k - 1, sentenceStart, lenient: false);
        if (name is null || name.IsPronoun || name.NameWords.Count == 0 || CueLexicon.IsPlace(name.NameWords))
        {
            return null;
        }

        name.Appositive = TextOf(tokens, k, phrase.End);
        return name;
    }

    private static string StripArticle(string text) =>
        text.StartsWith("a ", StringComparison.OrdinalIgnoreCase) ? text.Substring(2) : text.StartsWith("an ", StringComparison.OrdinalIgnoreCase) ? text.Substring(3) : text;

    /// <summary>
    /// "said another user, Ana Ruiz." / "his best friend at school, Ana Ruiz, who …": a description whose appositive is a
    /// name; the name is who speaks (the description stays as its title). Null when the description has no such appositive.
    /// </summary>
    public static SpeakerPhrase? NameInAppositive(List<ProseToken> tokens, SpeakerPhrase description, int end)
    {
        if (description.IsPronoun || description.End <= description.Start || !tokens[description.End - 1].StartsLower)
        {
            return null;
        }

        // "his best friend at school, Ana Ruiz": a short place or body after the description is still part of it.
        var comma = description.End;
        while (comma < end && comma - description.End < 5 && tokens[comma].IsWord && (comma > description.End || CueLexicon.Prepositions.Contains(tokens[comma].Lower)))
        {
            comma++;
        }

        if (comma + 1 >= end || !tokens[comma].Is(','))
        {
            return null;
        }

        var name = SpeakerPhrase.ReadForward(tokens, comma + 1, end, lenient: false);
        if (name is null || name.IsPronoun || name.NameWords.Count == 0 || !tokens[name.End - 1].IsCapitalized || name.End - name.Start > 4
            || !(name.End == end || tokens[name.End].Is(',') || tokens[name.End].Is('.')) || !SpeakerPhrase.EndsWithPersonName(tokens, name.Start, name.End))
        {
            return null;
        }

        name.Appositive ??= StripArticle(SpeakerRegistry.StripDeterminer(TextOf(tokens, description.Start, comma)));
        return name;
    }

    private static void ReadAppositiveAfter(List<ProseToken> tokens, SpeakerPhrase phrase, int end)
    {
        if (phrase.End + 1 < end && tokens[phrase.End].Is(',') && tokens[phrase.End + 1].Lower is "a" or "an" or "the")
        {
            var stop = phrase.End + 1;
            while (stop < end && !tokens[stop].Is(',') && !tokens[stop].Is('.') && !tokens[stop].IsQuote)
            {
                stop++;
            }

            phrase.Appositive = StripArticle(SpeakerRegistry.StripDeterminer(TextOf(tokens, phrase.End + 1, stop)));
        }
    }

    public static string TextOf(List<ProseToken> tokens, int start, int end)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = start; i < end; i++)
        {
            if (i > start && tokens[i].Kind == ProseTokenKind.Word)
            {
                builder.Append(' ');
            }

            builder.Append(tokens[i].Text);
        }

        return builder.ToString();
    }

    private SpeechEvent ResolvedEvent(BlockState state, int sentenceStart, int anchor, int cueStart, int cueEnd, SpeakerPhrase phrase, SuggestionPattern pattern)
    {
        // The grammar found a speaker here, so only words that cannot begin a name are dropped ("But Trump said");
        // a phrase of nothing else ("Perhaps", "Two") names no one.
        if (TrimOpening(state.Tokens, phrase, sentenceStart, speaking: true) is not { } trimmed)
        {
            return NewEvent(state, anchor, cueStart, cueEnd, null, 0, pattern);
        }

        phrase = trimmed;
        if (IsShouted(state.Tokens, phrase))
        {
            return NewEvent(state, anchor, cueStart, cueEnd, null, 0, pattern);
        }

        if (phrase.Start == sentenceStart && phrase.End == phrase.Start + 1 && phrase.NameWords.Count == 1 && IsOpenerOnly(state.Tokens[phrase.Start])
            && phrase.End < state.Tokens.Count && state.Tokens[phrase.End].IsWord && !IsSurnameBeforeVerb(state.Tokens, phrase.Start))
        {
            // "Teachers said", "Prosecutors said": one word capitalised only by its place is a description, or nothing
            // (but "Greenwatch, an environmental group, said" has the appositive of a name).
            var description = SpeakerPhrase.Range(state.Tokens, phrase.Start, phrase.End, asDescription: true);
            if (description is null)
            {
                return NewEvent(state, anchor, cueStart, cueEnd, null, 0, pattern);
            }

            phrase = description;
        }
        if (phrase.IsPronoun)
        {
            // "The county would not pay for it, she said.": the clause before the comma is what was said.
            var afterReportedClause = phrase.Start - 1 > sentenceStart && state.Tokens[phrase.Start - 1].Is(',') && !AnyQuoteBetween(state.Tokens, sentenceStart - 1, phrase.Start);
            var resolved = _pronouns.Resolve(phrase, state.Index, afterReportedClause);
            return NewEvent(state, anchor, cueStart, cueEnd, resolved?.Entity, resolved?.Confidence ?? 0, pattern);
        }

        if (phrase.IsDescription && CueLexicon.GenericBodies.Contains(phrase.Head) && SpeakerRegistry.Normalize(phrase.Text) == phrase.Head
            && _registry.Resolve(phrase, create: false) is null)
        {
            // "the group said", "the company said": the body last named, as for "it".
            var resolved = _pronouns.Resolve(SpeakerPhrase.Synthetic("it-body"), state.Index);
            return NewEvent(state, anchor, cueStart, cueEnd, resolved?.Entity, resolved?.Confidence ?? 0, pattern);
        }

        return NewEvent(state, anchor, cueStart, cueEnd, _registry.Resolve(phrase, create: true), SuggestionConfidence.AdjacentNamed, pattern);
    }

    /// <summary>
    /// A phrase that opens a sentence without its leading words that are capitalised only because they open it
    /// ("But Mr. Obama", "Recently", "Speaking"): the article never capitalises them inside a sentence. Null when
    /// nothing is left.
    /// </summary>
    public SpeakerPhrase? TrimOpening(List<ProseToken> tokens, SpeakerPhrase? phrase, int sentenceStart, bool speaking = false)
    {
        if (phrase is null || phrase.IsPronoun || phrase.Start != sentenceStart)
        {
            return phrase;
        }

        var first = phrase.Start;
        while (first < phrase.End && (speaking ? IsOpenerOnly(tokens[first]) && LooksLikeOpener(tokens[first].Lower) : IsOpenerOnly(tokens, first)))
        {
            first++;
        }

        if (first == phrase.Start)
        {
            return phrase;
        }

        var appositive = phrase.Appositive;
        var rest = first < phrase.End ? SpeakerPhrase.Range(tokens, first, phrase.End) : null;
        if (rest is not null)
        {
            rest.Appositive = appositive;
        }

        return rest;
    }

    private bool IsOpenerOnly(List<ProseToken> tokens, int index)
    {
        var token = tokens[index];
        if (!IsOpenerOnly(token))
        {
            return false;
        }

        // A word seen only at sentence starts is still a name when a verb follows it ("Cruz openly admitted",
        // "Calderon said"), unless it has the shape of an adverb, a participle or a number.
        var next = index + 1 < tokens.Count ? tokens[index + 1] : null;
        if (LooksLikeOpener(token.Lower) || next is null || !next.IsWord || next.Sentence != token.Sentence)
        {
            return true;
        }

        // "Derek Hale": the first word of a longer name. "Cruz openly admitted", "Cruz said", "Cruz has": a name before its verb.
        // Not before an auxiliary: "Trains were cancelled", "Officials have said".
        // A word the article also writes in lower case ("police", "delegates") is a common noun before its verb
        // ("Police say", "Delegates questioned"); before another capitalised word it may still open a title ("Former Rep. …").
        if (next.StartsLower && _evidence.IsCommonWord(token.Lower))
        {
            return true;
        }

        return next.StartsLower && !(next.IsSpeechVerb || next.Lower.EndsWith("ly", StringComparison.Ordinal) || next.Lower.EndsWith("ed", StringComparison.Ordinal));
    }

    /// <summary>
    /// "Issa said, “…”" where the article names Issa only at sentence starts and in its headline: a word right before a
    /// finite speech verb that the article never writes in lower case and that is no role, group, nationality or opener
    /// word is a surname ("Teachers said" stays a description when "teachers" is seen in lower case or is a group word).
    /// </summary>
    private bool IsSurnameBeforeVerb(List<ProseToken> tokens, int index)
    {
        var token = tokens[index];
        var at = index + 1;
        while (at + 1 < tokens.Count && at < index + 4 && tokens[at].IsWord && tokens[at].Sentence == token.Sentence
            && (CueLexicon.VerbModifiers.Contains(tokens[at].Lower) || IsWeekdayTime(tokens, at, index + 1)) && !tokens[at].IsSpeechVerb)
        {
            at++;
        }

        var next = tokens[at];
        var lower = token.Lower;
        return next.IsSpeechVerb && !CueLexicon.IsParticiple(next.Lower) && !_evidence.IsCommonWord(lower) && !LooksLikeOpener(lower)
            && !CueLexicon.RoleNouns.Contains(lower) && !CueLexicon.GroupWords.Contains(lower) && !CueLexicon.Nationalities.Contains(lower)
            && !CueLexicon.OrganizationWords.Contains(lower) && !CueLexicon.MediaWords.Contains(lower) && !CueLexicon.IsPlace(new[] { lower });
    }

    /// <summary>Whether [from, comma) opens with two or three lower-case words ending in a role noun, followed by of/for/at/to/with or the comma.</summary>
    private static bool LowerCaseRoleRun(List<ProseToken> tokens, int from, int comma)
    {
        var k = from;
        while (k < comma && k < from + 3 && tokens[k].IsWord && tokens[k].StartsLower && !CueLexicon.Determiners.Contains(tokens[k].Lower)
            && !CueLexicon.PhraseBreakers.Contains(tokens[k].Lower) && tokens[k].Lower is not ("of" or "for"))
        {
            k++;
        }

        return k - from >= 2 && CueLexicon.RoleNouns.Contains(tokens[k - 1].Lower)
            && (k == comma || tokens[k].Lower is "of" or "for" or "at" or "to" or "with");
    }

    /// <summary>
    /// "Ruiz on Friday told", "Ruiz later Thursday said", "Ruiz Tuesday night said": a weekday (with "on" before it, or
    /// "night"/"morning"/"afternoon"/"evening" after it) between a speaker and the verb.
    /// </summary>
    private static bool IsWeekdayTime(List<ProseToken> tokens, int index, int start)
    {
        var lower = tokens[index].Lower;
        if (CueLexicon.Weekdays.Contains(lower))
        {
            return true;
        }

        if (lower is "night" or "morning" or "afternoon" or "evening")
        {
            return index - 1 >= start && CueLexicon.Weekdays.Contains(tokens[index - 1].Lower);
        }

        return lower == "on" && index + 1 < tokens.Count && CueLexicon.Weekdays.Contains(tokens[index + 1].Lower);
    }

    /// <summary>The shape of an adverb, a participle, a conjunction, a preposition or a number: a sentence opener, not a name.</summary>
    private static bool LooksLikeOpener(string lower) =>
        lower.EndsWith("ly", StringComparison.Ordinal) || lower.EndsWith("ing", StringComparison.Ordinal) || lower.EndsWith("ed", StringComparison.Ordinal)
        || CueLexicon.NotNames.Contains(lower) || CueLexicon.Prepositions.Contains(lower) || CueLexicon.NumberWords.Contains(lower) || CueLexicon.SpeechVerbs.Contains(lower);

    private bool IsOpenerOnly(ProseToken token) =>
        token.IsCapitalized && !SpeakerPhrase.IsPossessive(token.Text) && !_evidence.IsNameWord(token.Lower) && !CueLexicon.Determiners.Contains(token.Lower)
        && !CueLexicon.TitleWords.Contains(token.Lower) && !CueLexicon.Pronouns.Contains(token.Lower) && !IsAllCapitals(token.Text);

    private static bool IsAllCapitals(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return text.Length > 1;
    }

    public SpeechEvent NewEvent(BlockState state, int anchor, int cueStart, int cueEnd, SpeakerEntity? entity, double confidence, SuggestionPattern pattern)
    {
        var tokens = state.Tokens;
        var verb = anchor;
        for (var k = anchor; k < cueEnd; k++)
        {
            if (tokens[k].IsWord && tokens[k].IsSpeechVerb)
            {
                verb = k;
            }
        }

        var from = tokens[cueStart].Start;
        var to = tokens[Math.Min(cueEnd, tokens.Count) - 1].End;
        var evidence = new SuggestionEvidence(_model.Text.Content.Substring(from, to - from), new Text.TextSpan(from, to - from), _model.Text.GetLinePosition(from).Line + 1);
        return new SpeechEvent(anchor, verb, entity, confidence, pattern, evidence);
    }

    public static bool AnyQuoteBetween(List<ProseToken> tokens, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (tokens[k].IsQuote)
            {
                return true;
            }
        }

        return false;
    }
}
