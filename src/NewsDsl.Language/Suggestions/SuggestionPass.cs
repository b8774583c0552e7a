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
    private readonly ArticleModel _model;
    private readonly SpeakerRegistry _registry;
    private readonly Dictionary<Quotation, QuotationCandidate> _chosen = new(QuotationByPosition.Instance);
    private readonly List<BlockState> _blocks = new();
    private readonly CancellationToken _cancellationToken;
    private readonly NameEvidence _evidence = new();
    private readonly PronounResolver _pronouns;
    private readonly SpeechEventReader _events;
    private readonly QuotationCascade _cascade;

    public SuggestionPass(ArticleModel model, CancellationToken cancellationToken)
    {
        _model = model;
        _registry = new SpeakerRegistry(model.Sources);
        _cancellationToken = cancellationToken;
        _pronouns = new PronounResolver(_registry, _evidence);
        _events = new SpeechEventReader(model, _registry, _evidence, _pronouns);
        _cascade = new QuotationCascade(model);
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

    public IReadOnlyDictionary<Quotation, QuotationCandidate> Run()
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

        new HeadingAttributor(_model, _registry, _blocks, _chosen).AttributeHeadings();
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
            if (last is not null && last.Verb < tokens.Count - 1 && !SpeechEventReader.AnyQuoteBetween(tokens, last.Verb, tokens.Count - 1))
            {
                state.Introduction = last;
            }
        }
    }

    private void ProcessSentence(BlockState state, BlockState? previous, int start, int end)
    {
        var tokens = state.Tokens;
        var sentenceEvents = new List<SpeechEvent>();
        _pronouns.BeginSentence();

        // The sentence's opening subject keeps its speaker salient for later pronouns.
        SpeakerEntity? subject = null;
        var subjectStart = state.IsTitleCase ? -1 : _events.SubjectStart(tokens, start, end);
        var opening = subjectStart < 0 ? null : _events.TrimOpening(tokens, SpeakerPhrase.ReadForward(tokens, subjectStart, end, lenient: false), start);
        var subjectPhrase = opening;
        if (opening is not null && opening.End < end && (tokens[opening.End].IsWord || tokens[opening.End].Is(',') || tokens[opening.End].Is('(')) && !SpeechEventReader.IsShouted(tokens, opening))
        {
            subject = opening.IsPronoun ? _pronouns.Resolve(opening, state.Index)?.Entity : _registry.Resolve(opening, create: true);
            if (subject is not null)
            {
                _pronouns.Mention(subject, state.Index);
            }
            else if (opening.IsPronoun && opening.Gender != SpeakerGender.Unknown)
            {
                _pronouns.MentionUnknown(opening.Gender, state.Index);
            }
        }

        for (var k = start; k < end; k++)
        {
            var token = tokens[k];
            if (token.StartsLower && (token.IsSpeechVerb || SpeechEventReader.IsBackVerb(tokens, k, start)))
            {
                var found = _events.ReadSpeechEvent(state, start, end, k, sentenceEvents, subject);
                if (found is { } speech)
                {
                    sentenceEvents.Add(speech);
                    state.Events.Add(speech);
                    if (speech.Entity is not null)
                    {
                        _pronouns.Mention(speech.Entity, state.Index);
                        state.LastSpeaker = speech.Entity;
                        state.LastEvidence = speech.Evidence;
                    }
                }
            }
            else if (k == start && token.IsCapitalized && token.IsSpeechVerb && !CueLexicon.IsParticiple(token.Lower) && _events.ReadSaidName(state, start, end, k) is { } said)
            {
                // Said Comey, “…” / Added Smith: “…” (the verb first, the speaker after it).
                sentenceEvents.Add(said);
                state.Events.Add(said);
                _pronouns.Mention(said.Entity!, state.Index);
            }
            else if (token.Is(':') && subject is not null && k - 2 >= start && (tokens[k - 2].LowerIs("following") || (k - 3 >= start && tokens[k - 3].LowerIs("following")))
                && (k + 1 == tokens.Count || (k + 1 < end && tokens[k + 1].IsQuote)))
            {
                // "Ruiz issued the following statement:" / "made the following comment:": the subject's words follow.
                var following = _events.NewEvent(state, k - 1, k - 1, k + 1, subject, SuggestionConfidence.EarlierInSentence, SuggestionPattern.ColonIntroduction);
                sentenceEvents.Add(following);
                state.Events.Add(following);
            }
            else if (token.Is(':') && k + 1 < end && tokens[k + 1].IsQuote && !state.IsTitleCase && _events.ReadLabel(state, start, k) is { } label)
            {
                // PENCE: “…” / Clinton: “…” (a transcript label, or a name set before a colon and its words).
                sentenceEvents.Add(label);
                state.Events.Add(label);
                _pronouns.Mention(label.Entity!, state.Index);
            }
            else if (token.IsWord && token.LowerIs("according") && k + 1 < end && tokens[k + 1].LowerIs("to"))
            {
                var phrase = SpeakerPhrase.ReadForward(tokens, k + 2, end, lenient: false);
                if (phrase is not null && !phrase.IsPronoun)
                {
                    var speech = _events.NewEvent(state, k, k, phrase.End, _registry.Resolve(phrase, create: true), SuggestionConfidence.AdjacentNamed, SuggestionPattern.AccordingTo);
                    sentenceEvents.Add(speech);
                    state.Events.Add(speech);
                    _pronouns.Mention(speech.Entity!, state.Index);
                }
            }
            else if (token.Kind == ProseTokenKind.Dash && k > start && tokens[k - 1].IsQuote)
            {
                // “…” — Jane Doe (a credit runs to the end of the sentence, perhaps with a role after a comma).
                var phrase = SpeakerPhrase.ReadForward(tokens, k + 1, end, lenient: false);
                if (phrase is not null && !phrase.IsPronoun && (phrase.End == end || tokens[phrase.End].Is(',') || tokens[phrase.End].Is('.')))
                {
                    var speech = _events.NewEvent(state, k, k, phrase.End, _registry.Resolve(phrase, create: true), SuggestionConfidence.AdjacentNamed, SuggestionPattern.DashCredit);
                    sentenceEvents.Add(speech);
                    state.Events.Add(speech);
                    _pronouns.Mention(speech.Entity!, state.Index);
                }
            }
            else if (token.IsCapitalized && k > start && !state.IsTitleCase && !tokens[k - 1].IsCapitalized && (subjectPhrase is null || k >= subjectPhrase.End)
                && SpeakerPhrase.ReadForward(tokens, k, end, lenient: false) is { IsPronoun: false, NameWords.Count: > 0 } named)
            {
                // A person named elsewhere in the sentence (an object, "courtesy of Wes Nakagiri, a delegate …"): a
                // candidate for a later he or she, below the subject.
                var entity = (_registry.MayKnow(named) ? _registry.Resolve(named, create: false) : null) ?? (IsPersonMention(tokens, named) ? _registry.Resolve(named, create: true) : null);
                if (entity is not null)
                {
                    // Only a person the article shows to be a man or a woman: "and Clarkston became his home" is a town.
                    var coordinate = IsCoordinateSubject(tokens, start, named) && entity.Kind == Semantics.SourceKind.Person
                        && _evidence.GenderOf(entity.NameWords) != SpeakerGender.Unknown;
                    _pronouns.Mention(entity, state.Index, isSubject: coordinate);
                }

                k = named.End - 1;
            }
        }

        // The last sentence's named subject may speak in a next paragraph that is only a quotation.
        var properSubject = subject is not null && subjectPhrase is not null && (subjectPhrase.IsPronoun || IsProperSubject(tokens, subjectPhrase)) && subjectPhrase.End < end && tokens[subjectPhrase.End].StartsLower;
        state.LastSubject = properSubject ? subject : null;
        state.LastSubjectEvidence = properSubject ? _events.NewEvent(state, subjectPhrase!.Start, subjectPhrase.Start, subjectPhrase.End, subject, SuggestionConfidence.ContinuedParagraph, SuggestionPattern.Continuation).Evidence : null;

        if (subject is not null && subjectPhrase is not null && subjectPhrase.End < end && tokens[subjectPhrase.End].StartsLower
            && !tokens[subjectPhrase.End].LowerIs("and") && !tokens[subjectPhrase.End].LowerIs("or") && (subjectPhrase.IsPronoun || IsProperSubject(tokens, subjectPhrase)))
        {
            AddSubjectIntroductions(state, start, end, subjectPhrase, subject, sentenceEvents);
        }

        for (var i = start; i < end; i++)
        {
            if (tokens[i].IsQuote)
            {
                AttributeQuote(state, previous, start, end, i, sentenceEvents);
            }
        }
    }

    /// <summary>
    /// A quotation whose sentence has a named subject and no speech cue before it is that subject's words when the
    /// subject's own clause leads up to it: "Ruiz jokingly said, “…”", "Ruiz issued a statement, “…”", "As Ruiz put it,
    /// “…”" (a comma or colon right before the quotation and a speech word in the clause), or "Ruiz blasted the board
    /// for its “…”" (a partial quotation inside the subject's predicate, with no comma, clause word or other quotation
    /// before it). Measured on PolNeAR train (see docs/names5-notes.md).
    /// </summary>
    private void AddSubjectIntroductions(BlockState state, int start, int end, SpeakerPhrase subjectPhrase, SpeakerEntity subject, List<SpeechEvent> sentenceEvents)
    {
        var tokens = state.Tokens;
        for (var i = subjectPhrase.End + 1; i < end; i++)
        {
            if (!tokens[i].IsQuote)
            {
                continue;
            }

            if (tokens[i].Quotation is not { } quotation || quotation.OpeningMark.Start != tokens[i].Start || HasEventBefore(sentenceEvents, i))
            {
                return;
            }

            var introduced = tokens[i - 1].Is(',') || tokens[i - 1].Is(':');
            var kind = introduced ? SubjectClauseIntroduces(tokens, subjectPhrase.End, i - 1) : SubjectPredicateHolds(tokens, subjectPhrase.End, i);
            if (kind)
            {
                // A cue before the quotation that named no one ("Ruiz jokingly said", the adverb read as its speaker) gives way.
                sentenceEvents.RemoveAll(e => e.Entity is null && e.Verb < i);
                var speech = _events.NewEvent(state, subjectPhrase.Start, subjectPhrase.Start, i, subject, SuggestionConfidence.EarlierInSentence, SuggestionPattern.CueBefore);
                // Anchored at the mark before the quotation, so that no quotation before the subject reads it as a cue after it.
                sentenceEvents.Insert(0, new SpeechEvent(i - 1, i - 1, subject, speech.Confidence, speech.Pattern, speech.Evidence));
            }

            return;
        }
    }

    /// <summary>A subject that is a name ("Ruiz", "Gov. Ana Ruiz"), not a description resolved to someone ("The group", "Another source").</summary>
    private static bool IsProperSubject(List<ProseToken> tokens, SpeakerPhrase phrase) =>
        phrase.NameWords.Count > 0 && tokens[phrase.Start].IsCapitalized && !CueLexicon.Determiners.Contains(tokens[phrase.Start].Lower)
        && !tokens[phrase.Start].LowerIs("this") && !tokens[phrase.Start].LowerIs("these") && !tokens[phrase.Start].LowerIs("that");

    private static bool HasEventBefore(List<SpeechEvent> sentenceEvents, int index)
    {
        foreach (var speech in sentenceEvents)
        {
            if ((speech.Verb < index || speech.Anchor < index) && speech.Entity is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether [from, to) holds a speech word ("said", "saying", "a statement", "put it"): the clause introduces what follows.</summary>
    private static bool SubjectClauseIntroduces(List<ProseToken> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            // "…, with one of her ads asking,": the participle has a subject of its own.
            if (tokens[k].LowerIs("with"))
            {
                return false;
            }
        }

        for (var k = from; k < to; k++)
        {
            if (tokens[k].IsWord && tokens[k].StartsLower && (tokens[k].IsSpeechVerb || CueLexicon.IntroductionWords.Contains(tokens[k].Lower)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether [from, to) is one plain predicate of the subject: words only, no comma, clause word or other speaker's
    /// possessive ("Ruiz blasted the board for its", not "Ruiz mocked Hale's", "Ruiz said that the board's").
    /// </summary>
    private static bool SubjectPredicateHolds(List<ProseToken> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            var token = tokens[k];
            if (!token.IsWord || CueLexicon.ClauseWords.Contains(token.Lower) || (token.IsCapitalized && token.Lower.EndsWith("'s", StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "…, but Christie was not having it": a known name right after ", but" or ", and" and before a lower-case word is the
    /// subject of the clause it opens, as salient for a later he or she as a sentence's subject.
    /// </summary>
    private static bool IsCoordinateSubject(List<ProseToken> tokens, int start, SpeakerPhrase named) =>
        named.Start - 2 >= start && tokens[named.Start - 1].Lower is "but" or "and" && tokens[named.Start - 2].Is(',')
        && named.End < tokens.Count && tokens[named.End].IsWord && tokens[named.End].StartsLower;

    /// <summary>A name that is surely a person's: a given name of known gender and a surname, or a person's title before it.</summary>
    private static bool IsPersonMention(List<ProseToken> tokens, SpeakerPhrase phrase)
    {
        if (!SpeakerPhrase.EndsWithPersonName(tokens, phrase.Start, phrase.End) || SpeakerRegistry.GuessKind(phrase) != Semantics.SourceKind.Person)
        {
            return false;
        }

        foreach (var role in phrase.RoleWords)
        {
            if (CueLexicon.PersonTitles.Contains(role))
            {
                return true;
            }
        }

        return phrase.NameWords.Count >= 2 && FirstNames.Of(phrase.NameWords[0]) != SpeakerGender.Unknown;
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
            if (token.KnownSource is { } known && _registry.FindDeclared(known) is { } entity)
            {
                _pronouns.Mention(entity, state.Index);
                state.LastSpeaker = entity;
                state.LastQuoteSpeaker = entity;
                state.LastEvidence = null;
            }

            return;
        }

        var isFirstPart = quotation.OpeningMark.Start == token.Start;
        var candidate = _cascade.Choose(state, previous, start, end, index, sentenceEvents, isFirstPart);
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
            _pronouns.Mention(speaker, state.Index);
            state.LastSpeaker = speaker;
            state.LastQuoteSpeaker = speaker;
            state.LastEvidence = candidate.Evidence;
        }
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
