using System;
using System.Collections.Generic;
using System.Threading;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Syntax;

namespace NewsDsl.Language.Suggestions;

/// <summary>
/// One reading of an article in document order: finds speech events (a speaker phrase and a speech
/// verb) sentence by sentence, keeps the speakers' salience for pronouns, and gives each untagged
/// quotation the speaker of the cue that binds it most closely.
/// </summary>
internal sealed class SuggestionPass
{
    // Confidence of each rule: a cue next to the quotation is the surest; inference from context less so.
    private const double AdjacentNamed = 0.95;
    private const double ColonNamed = 0.93;
    private const double EarlierInSentence = 0.85;
    private const double CarriedOver = 0.8;
    private const double ContinuedParagraph = 0.8;
    private const double HeadingMatch = 0.7;
    private const double TitleOrTerm = 0.75;

    private readonly ArticleModel _model;
    private readonly SpeakerRegistry _registry;
    private readonly List<(SpeakerEntity Entity, int Block)> _mentions = new();
    private readonly Dictionary<Quotation, Candidate> _chosen = new(QuotationByPosition.Instance);
    private readonly List<BlockState> _blocks = new();
    private readonly CancellationToken _cancellationToken;
    private readonly NameEvidence _evidence = new();

    public SuggestionPass(ArticleModel model, CancellationToken cancellationToken)
    {
        _model = model;
        _registry = new SpeakerRegistry(model.Sources);
        _cancellationToken = cancellationToken;
        foreach (var source in model.Sources)
        {
            _evidence.Declare(source.Name);
            foreach (var alias in source.Aliases)
            {
                _evidence.Declare(alias);
            }
        }
    }

    public SpeakerRegistry Registry => _registry;

    public IReadOnlyDictionary<Quotation, Candidate> Run()
    {
        // Every paragraph is read once first, so that the whole article's capitalisation tells names from sentence openers.
        foreach (var block in _model.Syntax.Blocks)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (block is InlineContainerSyntax container)
            {
                var state = new BlockState(container, _blocks.Count, ProseTokenizer.Tokenize(_model, container));
                _blocks.Add(state);
                state.IsTitleCase = NameEvidence.IsTitleCase(state.Tokens);
                if (container is not HeadingSyntax && !state.IsTitleCase)
                {
                    _evidence.Read(state.Tokens);
                }
            }
        }

        BlockState? previousParagraph = null;
        foreach (var state in _blocks)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (state.Block is HeadingSyntax)
            {
                previousParagraph = null;
                continue;
            }

            ProcessParagraph(state, previousParagraph);
            previousParagraph = state;
        }

        AttributeHeadings();
        return _chosen;
    }

    private void ProcessParagraph(BlockState state, BlockState? previous)
    {
        var tokens = state.Tokens;
        var start = 0;
        while (start < tokens.Count)
        {
            var end = start;
            while (end < tokens.Count && tokens[end].Sentence == tokens[start].Sentence)
            {
                end++;
            }

            ProcessSentence(state, previous, start, end);
            start = end;
        }

        // A paragraph ending in "X said:" introduces the next paragraph's quotation.
        if (tokens.Count > 1 && tokens[tokens.Count - 1].Is(':'))
        {
            var last = state.Events.Count > 0 ? state.Events[state.Events.Count - 1] : null;
            if (last is not null && last.Verb < tokens.Count - 1 && !AnyQuoteBetween(tokens, last.Verb, tokens.Count - 1))
            {
                state.Introduction = last;
            }
        }
    }

    private void ProcessSentence(BlockState state, BlockState? previous, int start, int end)
    {
        var tokens = state.Tokens;
        var sentenceEvents = new List<SpeechEvent>();

        // The sentence's opening subject keeps its speaker salient for later pronouns.
        SpeakerEntity? subject = null;
        var subjectStart = state.IsTitleCase ? -1 : SubjectStart(tokens, start, end);
        var opening = subjectStart < 0 ? null : TrimOpening(tokens, SpeakerPhrase.ReadForward(tokens, subjectStart, end, lenient: false), start);
        if (opening is not null && opening.End < end && (tokens[opening.End].IsWord || tokens[opening.End].Is(',') || tokens[opening.End].Is('(')) && !IsShouted(tokens, opening))
        {
            subject = opening.IsPronoun ? ResolvePronoun(opening, state.Index)?.Entity : _registry.Resolve(opening, create: true);
            if (subject is not null)
            {
                Mention(subject, state.Index);
            }
        }

        for (var k = start; k < end; k++)
        {
            var token = tokens[k];
            if (token.StartsLower && token.IsSpeechVerb)
            {
                var found = ReadSpeechEvent(state, start, end, k, sentenceEvents, subject);
                if (found is { } speech)
                {
                    sentenceEvents.Add(speech);
                    state.Events.Add(speech);
                    if (speech.Entity is not null)
                    {
                        Mention(speech.Entity, state.Index);
                        state.LastSpeaker = speech.Entity;
                        state.LastEvidence = speech.Evidence;
                    }
                }
            }
            else if (k == start && token.IsCapitalized && token.IsSpeechVerb && !CueLexicon.IsParticiple(token.Lower) && ReadSaidName(state, start, end, k) is { } said)
            {
                // Said Comey, “…” / Added Smith: “…” (the verb first, the speaker after it).
                sentenceEvents.Add(said);
                state.Events.Add(said);
                Mention(said.Entity!, state.Index);
            }
            else if (token.Is(':') && k + 1 < end && tokens[k + 1].IsQuote && !state.IsTitleCase && ReadLabel(state, start, k) is { } label)
            {
                // PENCE: “…” / Clinton: “…” (a transcript label, or a name set before a colon and its words).
                sentenceEvents.Add(label);
                state.Events.Add(label);
                Mention(label.Entity!, state.Index);
            }
            else if (token.IsWord && token.LowerIs("according") && k + 1 < end && tokens[k + 1].LowerIs("to"))
            {
                var phrase = SpeakerPhrase.ReadForward(tokens, k + 2, end, lenient: false);
                if (phrase is not null && !phrase.IsPronoun)
                {
                    var speech = NewEvent(state, k, k, phrase.End, _registry.Resolve(phrase, create: true), AdjacentNamed, SuggestionPattern.AccordingTo);
                    sentenceEvents.Add(speech);
                    state.Events.Add(speech);
                    Mention(speech.Entity!, state.Index);
                }
            }
            else if (token.Kind == ProseTokenKind.Dash && k > start && tokens[k - 1].IsQuote)
            {
                // “…” — Jane Doe (a credit runs to the end of the sentence, perhaps with a role after a comma).
                var phrase = SpeakerPhrase.ReadForward(tokens, k + 1, end, lenient: false);
                if (phrase is not null && !phrase.IsPronoun && (phrase.End == end || tokens[phrase.End].Is(',') || tokens[phrase.End].Is('.')))
                {
                    var speech = NewEvent(state, k, k, phrase.End, _registry.Resolve(phrase, create: true), AdjacentNamed, SuggestionPattern.DashCredit);
                    sentenceEvents.Add(speech);
                    state.Events.Add(speech);
                    Mention(speech.Entity!, state.Index);
                }
            }
        }

        for (var i = start; i < end; i++)
        {
            if (tokens[i].IsQuote)
            {
                AttributeQuote(state, previous, start, end, i, sentenceEvents);
            }
        }
    }

    /// <summary>"Said Comey, “…”": the name after a sentence-opening verb, ending at a comma or colon before a quotation.</summary>
    private SpeechEvent? ReadSaidName(BlockState state, int start, int end, int verb)
    {
        var tokens = state.Tokens;
        var phrase = SpeakerPhrase.ReadForward(tokens, verb + 1, end, lenient: false);
        if (phrase is null || phrase.IsPronoun || phrase.NameWords.Count == 0 || phrase.End + 1 >= end
            || !(tokens[phrase.End].Is(',') || tokens[phrase.End].Is(':')) || !tokens[phrase.End + 1].IsQuote || IsShouted(tokens, phrase))
        {
            return null;
        }

        return NewEvent(state, verb, verb, phrase.End, _registry.Resolve(phrase, create: true), AdjacentNamed, SuggestionPattern.CueBefore);
    }

    /// <summary>"PENCE: “…”", "Clinton: “…”": a name alone from the sentence start to a colon right before a quotation.</summary>
    private SpeechEvent? ReadLabel(BlockState state, int start, int colon)
    {
        var tokens = state.Tokens;
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

        return NewEvent(state, start, start, colon + 1, _registry.Resolve(phrase, create: true), ColonNamed, SuggestionPattern.ColonIntroduction);
    }

    /// <summary>A phrase of two or more words in capitals ("FELLOW DOCTORS DON’T WANT") is a shouted heading, not a name.</summary>
    private static bool IsShouted(List<ProseToken> tokens, SpeakerPhrase phrase)
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
    private static int SubjectStart(List<ProseToken> tokens, int start, int end)
    {
        var first = tokens[start];
        if (!first.IsWord || !(CueLexicon.Prepositions.Contains(first.Lower) || (first.Lower.EndsWith("ing", StringComparison.Ordinal) && first.Lower.Length > 5)))
        {
            return start;
        }

        for (var k = start + 1; k < end && k < start + 16; k++)
        {
            if (tokens[k].IsQuote)
            {
                return -1;
            }

            if (tokens[k].Is(','))
            {
                return k + 1 < end ? k + 1 : -1;
            }
        }

        return -1;
    }

    private SpeechEvent? ReadSpeechEvent(BlockState state, int start, int end, int verb, List<SpeechEvent> sentenceEvents, SpeakerEntity? subject)
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
            if (inverted is not null)
            {
                ReadAppositiveAfter(tokens, inverted, end);
                return ResolvedEvent(state, start, verb, verb, inverted.End, inverted, SuggestionPattern.CueAfterInverted);
            }
        }

        var j = verb;
        var skipped = 0;
        while (j - 1 >= start && skipped < 3 && tokens[j - 1].IsWord && CueLexicon.VerbModifiers.Contains(tokens[j - 1].Lower))
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
            return inherited is null ? null : NewEvent(state, verb, verb, verb + 1, inherited, EarlierInSentence, SuggestionPattern.CueBefore);
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
        if (phrase is null)
        {
            var loose = SpeakerPhrase.ReadBackward(tokens, j, start, lenient: true);
            if (loose is not null && IsRightAfterQuote(tokens, loose.Start, start))
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
        known is null ? read : read is null || known.Start < read.Start ? known : read;

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
        if (first.Lower is "a" or "an" or "the" || ProseTokenizer.IsPartyState(first.Text) || char.IsDigit(first.Text[0]))
        {
            if (before is null || before.IsPronoun)
            {
                return null;
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

    private static string StripArticle(string text) =>
        text.StartsWith("a ", StringComparison.OrdinalIgnoreCase) ? text.Substring(2) : text.StartsWith("an ", StringComparison.OrdinalIgnoreCase) ? text.Substring(3) : text;

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

    private static string TextOf(List<ProseToken> tokens, int start, int end)
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
            && phrase.End < state.Tokens.Count && state.Tokens[phrase.End].IsWord)
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
            var resolved = ResolvePronoun(phrase, state.Index);
            return NewEvent(state, anchor, cueStart, cueEnd, resolved?.Entity, resolved?.Confidence ?? 0, pattern);
        }

        if (phrase.IsDescription && CueLexicon.GenericBodies.Contains(phrase.Head) && SpeakerRegistry.Normalize(phrase.Text) == phrase.Head
            && _registry.Resolve(phrase, create: false) is null)
        {
            // "the group said", "the company said": the body last named, as for "it".
            var resolved = ResolvePronoun(SpeakerPhrase.Synthetic("it-body"), state.Index);
            return NewEvent(state, anchor, cueStart, cueEnd, resolved?.Entity, resolved?.Confidence ?? 0, pattern);
        }

        return NewEvent(state, anchor, cueStart, cueEnd, _registry.Resolve(phrase, create: true), AdjacentNamed, pattern);
    }

    /// <summary>
    /// A phrase that opens a sentence without its leading words that are capitalised only because they open it
    /// ("But Mr. Obama", "Recently", "Speaking"): the article never capitalises them inside a sentence. Null when
    /// nothing is left.
    /// </summary>
    private SpeakerPhrase? TrimOpening(List<ProseToken> tokens, SpeakerPhrase? phrase, int sentenceStart, bool speaking = false)
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
        return next.StartsLower && !(next.IsSpeechVerb || CueLexicon.VerbModifiers.Contains(next.Lower) || next.Lower.EndsWith("ly", StringComparison.Ordinal) || next.Lower.EndsWith("ed", StringComparison.Ordinal));
    }

    /// <summary>The shape of an adverb, a participle, a conjunction, a preposition or a number: a sentence opener, not a name.</summary>
    private static bool LooksLikeOpener(string lower) =>
        lower.EndsWith("ly", StringComparison.Ordinal) || lower.EndsWith("ing", StringComparison.Ordinal) || lower.EndsWith("ed", StringComparison.Ordinal)
        || CueLexicon.NotNames.Contains(lower) || CueLexicon.Prepositions.Contains(lower) || CueLexicon.NumberWords.Contains(lower);

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

    private SpeechEvent NewEvent(BlockState state, int anchor, int cueStart, int cueEnd, SpeakerEntity? entity, double confidence, SuggestionPattern pattern)
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

    private (SpeakerEntity Entity, double Confidence)? ResolvePronoun(SpeakerPhrase pronoun, int block)
    {
        var word = pronoun.Head;
        var reach = word is "he" or "she" ? 2 : 2;
        var skippedOtherGender = false;
        var seen = new HashSet<SpeakerEntity>();
        for (var i = _mentions.Count - 1; i >= 0; i--)
        {
            var (entity, at) = _mentions[i];
            if (at < block - reach)
            {
                break;
            }

            if (!seen.Add(entity))
            {
                continue;
            }

            var kind = entity.Source?.Kind ?? entity.Kind;
            if (entity.Gender == SpeakerGender.Unknown)
            {
                entity.Gender = _evidence.GenderOf(entity.NameWords);
            }

            bool fits;
            switch (word)
            {
                case "he":
                case "she":
                    var wanted = word == "he" ? SpeakerGender.Male : SpeakerGender.Female;
                    var singular = kind == SourceKind.Person || (kind == SourceKind.Anonymous && !IsPluralName(entity));
                    fits = singular && (entity.Gender == SpeakerGender.Unknown || entity.Gender == wanted);
                    if (!fits && singular)
                    {
                        skippedOtherGender = true;
                    }

                    if (fits && entity.Gender == SpeakerGender.Unknown)
                    {
                        entity.Gender = wanted;
                    }

                    break;
                case "it":
                    fits = kind is SourceKind.Organization or SourceKind.Media or SourceKind.Document;
                    break;
                case "it-body":
                    fits = kind is SourceKind.Organization;
                    break;
                default:
                    fits = kind is SourceKind.Group || (kind == SourceKind.Anonymous && IsPluralName(entity));
                    break;
            }

            if (fits)
            {
                // "he" after "the senator said": the description names nobody yet, so neither does the pronoun.
                if (entity.IsDescription && entity.Source is null && word is "he" or "she")
                {
                    return null;
                }

                return (entity, skippedOtherGender ? 0.8 : 0.88);
            }
        }

        return null;
    }

    private static bool IsPluralName(SpeakerEntity entity)
    {
        var words = SpeakerRegistry.Words(entity.Source?.Name ?? entity.Name);
        foreach (var word in words)
        {
            if (CueLexicon.GroupWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    private void Mention(SpeakerEntity entity, int block)
    {
        _mentions.Add((entity, block));
        _registry.Touch(entity);
    }

    private void AttributeQuote(BlockState state, BlockState? previous, int start, int end, int index, List<SpeechEvent> sentenceEvents)
    {
        var tokens = state.Tokens;
        var token = tokens[index];
        var quotation = token.Quotation;
        if (quotation is null)
        {
            return;
        }

        if (token.IsAttributed)
        {
            if (token.KnownSource is { } known && FindEntity(known) is { } entity)
            {
                Mention(entity, state.Index);
                state.LastSpeaker = entity;
                state.LastQuoteSpeaker = entity;
                state.LastEvidence = null;
            }

            return;
        }

        var isFirstPart = quotation.OpeningMark.Start == token.Start;
        var candidate = Choose(state, previous, start, end, index, sentenceEvents, isFirstPart);
        if (candidate is null)
        {
            return;
        }

        if (!_chosen.TryGetValue(quotation, out var existing) || existing.Confidence < candidate.Confidence)
        {
            _chosen[quotation] = candidate;
        }

        if (candidate.Entity is { } speaker)
        {
            Mention(speaker, state.Index);
            state.LastSpeaker = speaker;
            state.LastQuoteSpeaker = speaker;
            state.LastEvidence = candidate.Evidence;
        }
    }

    private Candidate? Choose(BlockState state, BlockState? previous, int start, int end, int index, List<SpeechEvent> sentenceEvents, bool isFirstPart)
    {
        var tokens = state.Tokens;
        var quotation = tokens[index].Quotation!;

        // 1. A cue right after the quotation: “…,” Zarif said / “…,” said Zarif / “…” — Zarif / “…,” according to Zarif.
        foreach (var speech in sentenceEvents)
        {
            var adjacent = speech.Anchor == index + 1 || (speech.Anchor == index + 2 && (tokens[index + 1].Is(',') || tokens[index + 1].Kind == ProseTokenKind.Dash));
            if (adjacent && speech.Verb > index)
            {
                // A cue whose speaker is unknown ("“…,” they said" with nobody to be "they") means no suggestion, not a guess.
                return speech.Entity is null ? null : new Candidate(quotation, speech.Entity, speech.Pattern, speech.Confidence, speech.Evidence);
            }
        }

        // 2. The words before it make it a title or a term.
        var cueAt = index > start + 1 && tokens[index - 1].Is(',') ? index - 2 : index - 1;
        if (cueAt >= start && tokens[cueAt].IsWord)
        {
            var before = tokens[cueAt].Lower;
            if (CueLexicon.TitleCues.Contains(before))
            {
                return new Candidate(quotation, null, SuggestionPattern.Title, TitleOrTerm, Evidence(tokens[cueAt]));
            }

            if (CueLexicon.TermCues.Contains(before) && cueAt == index - 1)
            {
                return new Candidate(quotation, null, SuggestionPattern.Term, TitleOrTerm, Evidence(tokens[cueAt]));
            }
        }

        if (!isFirstPart)
        {
            return null;
        }

        // 3. A speech verb earlier in the sentence: Zarif said: “…” / Zarif said Iran would “…” / X called it “reckless”.
        for (var e = sentenceEvents.Count - 1; e >= 0; e--)
        {
            var speech = sentenceEvents[e];
            if (speech.Verb < index)
            {
                if (speech.Entity is null)
                {
                    return null;
                }

                var colon = index - 1 >= start && tokens[index - 1].Is(':') && speech.Verb >= index - 6;
                if (!colon && e > 0 && sentenceEvents[e - 1].Verb < speech.Verb && sentenceEvents[e - 1].Entity is { } outer && !ReferenceEquals(outer, speech.Entity)
                    && !AnyQuoteBetween(tokens, sentenceEvents[e - 1].Verb, index))
                {
                    // "X said Y had agreed … “…”": whose words these are is unclear.
                    return null;
                }

                var pattern = speech.Pattern == SuggestionPattern.AccordingTo ? SuggestionPattern.AccordingTo : SuggestionPattern.CueBefore;
                var confidence = Math.Min(speech.Confidence, colon ? ColonNamed : EarlierInSentence);
                return new Candidate(quotation, speech.Entity, pattern, confidence, speech.Evidence);
            }
        }

        // 4. According to X later in the same sentence.
        foreach (var speech in sentenceEvents)
        {
            if (speech.Pattern == SuggestionPattern.AccordingTo && speech.Anchor > index && speech.Entity is not null)
            {
                return new Candidate(quotation, speech.Entity, SuggestionPattern.AccordingTo, EarlierInSentence, speech.Evidence);
            }
        }

        if (sentenceEvents.Count > 0)
        {
            // The sentence has its own speaker, but not for this quotation: leave it to a person.
            return null;
        }

        var firstInParagraph = index == 0;
        if (firstInParagraph && previous is not null)
        {
            // 5. The previous paragraph ended "X said:".
            if (previous.Introduction is { Entity: { } introduced } introduction)
            {
                return new Candidate(quotation, introduced, SuggestionPattern.ColonIntroduction, Math.Min(introduction.Confidence, ColonNamed), introduction.Evidence);
            }

            // 6. A paragraph that opens with a quotation and names no speaker continues the previous speaker.
            if (state.Events.Count == 0 && !HasSpeechLaterInParagraph(tokens, index) && previous.LastSpeaker is { } continued)
            {
                return new Candidate(quotation, continued, SuggestionPattern.Continuation, ContinuedParagraph, previous.LastEvidence ?? Evidence(tokens[index]));
            }
        }

        // 7. Carry-over within the paragraph: “A,” X said. “B.”
        if (!firstInParagraph && state.LastQuoteSpeaker is { } carried && !HasSpeechLaterInParagraph(tokens, index))
        {
            return new Candidate(quotation, carried, SuggestionPattern.CarryOver, CarriedOver, state.LastEvidence ?? Evidence(tokens[index]));
        }

        return null;
    }

    private static bool HasSpeechLaterInParagraph(List<ProseToken> tokens, int index)
    {
        for (var k = index + 1; k < tokens.Count; k++)
        {
            if (tokens[k].IsWord && tokens[k].IsSpeechVerb)
            {
                return true;
            }
        }

        return false;
    }

    private SuggestionEvidence Evidence(ProseToken token) =>
        new(token.Text, new Text.TextSpan(token.Start, token.End - token.Start), _model.Text.GetLinePosition(token.Start).Line + 1);

    private SpeakerEntity? FindEntity(SourceSymbol source)
    {
        foreach (var entity in _registry.Entities)
        {
            if (ReferenceEquals(entity.Source, source))
            {
                return entity;
            }
        }

        return null;
    }

    private static bool AnyQuoteBetween(List<ProseToken> tokens, int from, int to)
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

    /// <summary>A quotation in a heading takes the speaker of a quotation below it that says the same words.</summary>
    private void AttributeHeadings()
    {
        for (var b = 0; b < _blocks.Count; b++)
        {
            var heading = _blocks[b];
            if (heading.Block is not HeadingSyntax)
            {
                continue;
            }

            foreach (var token in heading.Tokens)
            {
                if (!token.IsQuote || token.IsAttributed || token.Quotation is null)
                {
                    continue;
                }

                var words = ContentWords(token.QuotedText);
                if (words.Count < 2)
                {
                    continue;
                }

                var match = FindQuotedBelow(b, words);
                if (match is not null)
                {
                    _chosen[token.Quotation] = new Candidate(token.Quotation, match.Value.Entity, SuggestionPattern.Heading, HeadingMatch, match.Value.Evidence);
                }
            }
        }
    }

    private (SpeakerEntity Entity, SuggestionEvidence Evidence)? FindQuotedBelow(int heading, HashSet<string> words)
    {
        for (var b = heading + 1; b < _blocks.Count && _blocks[b].Block is not HeadingSyntax; b++)
        {
            foreach (var token in _blocks[b].Tokens)
            {
                if (!token.IsQuote || token.Quotation is null)
                {
                    continue;
                }

                SpeakerEntity? speaker = null;
                SuggestionEvidence? evidence = null;
                if (token.IsAttributed && token.KnownSource is { } known)
                {
                    speaker = FindEntity(known);
                }
                else if (_chosen.TryGetValue(token.Quotation, out var chosen) && chosen.Entity is not null && chosen.Confidence >= SpeakerSuggestion.ConfidenceThreshold)
                {
                    speaker = chosen.Entity;
                    evidence = chosen.Evidence;
                }

                if (speaker is null)
                {
                    continue;
                }

                var below = ContentWords(token.QuotedText);
                if (words.IsSubsetOf(below))
                {
                    return (speaker, evidence ?? Evidence(token));
                }
            }
        }

        return null;
    }

    private static HashSet<string> ContentWords(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isLetter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isLetter && start < 0)
            {
                start = i;
            }
            else if (!isLetter && start >= 0)
            {
                var word = text.Substring(start, i - start).ToLowerInvariant();
                if (word.Length >= 3 && !CueLexicon.StopWords.Contains(word))
                {
                    // A light stem: "measures" and "measure", "concluded" and "conclude" meet.
                    words.Add(word.Length > 5 ? word.Substring(0, 5) : word);
                }

                start = -1;
            }
        }

        return words;
    }

    internal sealed class BlockState
    {
        public BlockState(InlineContainerSyntax block, int index, List<ProseToken> tokens)
        {
            Block = block;
            Index = index;
            Tokens = tokens;
        }

        public InlineContainerSyntax Block { get; }

        public int Index { get; }

        public List<ProseToken> Tokens { get; }

        public List<SpeechEvent> Events { get; } = new();

        public SpeakerEntity? LastSpeaker { get; set; }

        public SpeakerEntity? LastQuoteSpeaker { get; set; }

        public SuggestionEvidence? LastEvidence { get; set; }

        public SpeechEvent? Introduction { get; set; }

        /// <summary>Whether the paragraph is a title-case line (a heading set as a paragraph): it has no subjects to remember.</summary>
        public bool IsTitleCase { get; set; }
    }

    internal sealed class SpeechEvent
    {
        public SpeechEvent(int anchor, int verb, SpeakerEntity? entity, double confidence, SuggestionPattern pattern, SuggestionEvidence evidence)
        {
            Anchor = anchor;
            Verb = verb;
            Entity = entity;
            Confidence = confidence;
            Pattern = pattern;
            Evidence = evidence;
        }

        /// <summary>The first token of the cue (the speaker phrase, or the verb of “said X”).</summary>
        public int Anchor { get; }

        public int Verb { get; }

        public SpeakerEntity? Entity { get; }

        public double Confidence { get; }

        public SuggestionPattern Pattern { get; }

        public SuggestionEvidence Evidence { get; }
    }

    internal sealed class Candidate
    {
        public Candidate(Quotation quotation, SpeakerEntity? entity, SuggestionPattern pattern, double confidence, SuggestionEvidence evidence)
        {
            Quotation = quotation;
            Entity = entity;
            Pattern = pattern;
            Confidence = confidence;
            Evidence = evidence;
        }

        public Quotation Quotation { get; }

        public SpeakerEntity? Entity { get; }

        public SuggestionPattern Pattern { get; }

        public double Confidence { get; }

        public SuggestionEvidence Evidence { get; }
    }

    /// <summary>
    /// Quotations as keys by identity, hashed by where they open (unique in one model): the default identity
    /// hash is slow to create for thousands of fresh objects (it was the largest single cost on 1 MB).
    /// </summary>
    private sealed class QuotationByPosition : IEqualityComparer<Quotation>
    {
        public static readonly QuotationByPosition Instance = new();

        public bool Equals(Quotation? x, Quotation? y) => ReferenceEquals(x, y);

        public int GetHashCode(Quotation obj) => obj.OpeningMark.Start;
    }
}
