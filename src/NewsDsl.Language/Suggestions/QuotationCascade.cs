using System;
using System.Collections.Generic;
using NewsDsl.Language.Semantics;

namespace NewsDsl.Language.Suggestions;

/// <summary>
/// The sieve that gives an untagged quotation its speaker, from the surest rule to the least sure, stopping at the
/// first that applies: a cue right after it, a title or term cue before it, a speech verb earlier in its sentence,
/// "according to" later in it, the previous paragraph's "X said:", a paragraph that continues the previous
/// speaker, the paragraph's last speaker. A rule that applies but cannot name anyone answers nothing.
/// </summary>
internal sealed class QuotationCascade
{
    private readonly ArticleModel _model;

    public QuotationCascade(ArticleModel model)
    {
        _model = model;
    }

    public QuotationCandidate? Choose(BlockState state, BlockState? previous, int start, int end, int index, List<SpeechEvent> sentenceEvents, bool isFirstPart)
    {
        var tokens = state.Tokens;
        var quotation = tokens[index].Quotation!;

        // 1. A cue right after the quotation: “…,” Zarif said / “…,” said Zarif / “…” — Zarif / “…,” according to Zarif.
        foreach (var speech in sentenceEvents)
        {
            var adjacent = speech.Anchor == index + 1 || (speech.Anchor == index + 2 && (tokens[index + 1].Is(',') || tokens[index + 1].Kind == ProseTokenKind.Dash));
            if (adjacent && speech.Verb > index)
            {
                // A cue whose speaker is unknown ("“…,” they said" with nobody to be "they") means no suggestion, not a guess;
                // so does a second attribution ("“…,” Ruiz said, according to the Herald"): whom to credit is the desk's call.
                return speech.Entity is null || ReportedBySomeoneElse(sentenceEvents, speech) ? null : new QuotationCandidate(quotation, speech.Entity, speech.Pattern, speech.Confidence, speech.Evidence);
            }
        }

        // 2. The words before it make it a title or a term.
        var cueAt = index > start + 1 && tokens[index - 1].Is(',') ? index - 2 : index - 1;
        if (cueAt >= start && tokens[cueAt].IsWord)
        {
            var before = tokens[cueAt].Lower;
            if (CueLexicon.TitleCues.Contains(before))
            {
                return new QuotationCandidate(quotation, null, SuggestionPattern.Title, SuggestionConfidence.TitleOrTerm, TokenEvidence.Of(_model, tokens[cueAt]));
            }

            if (CueLexicon.TermCues.Contains(before) && cueAt == index - 1)
            {
                return new QuotationCandidate(quotation, null, SuggestionPattern.Term, SuggestionConfidence.TitleOrTerm, TokenEvidence.Of(_model, tokens[cueAt]));
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
                if (speech.Entity is null || ReportedBySomeoneElse(sentenceEvents, speech))
                {
                    return null;
                }

                var colon = index - 1 >= start && tokens[index - 1].Is(':') && speech.Verb >= index - 6;
                // "… and Baird said, “…”": a verb right before the quotation (a comma or colon between at most) owns it.
                var rightBefore = (speech.Verb == index - 1 || (speech.Verb == index - 2 && (tokens[index - 1].Is(',') || tokens[index - 1].Is(':'))))
                    && !CueLexicon.IsParticiple(tokens[speech.Verb].Lower);
                if (!colon && !rightBefore && e > 0 && sentenceEvents[e - 1].Verb < speech.Verb && sentenceEvents[e - 1].Entity is { } outer && !ReferenceEquals(outer, speech.Entity)
                    && !SpeechEventReader.AnyQuoteBetween(tokens, sentenceEvents[e - 1].Verb, index))
                {
                    // "X said Y had agreed … “…”": whose words these are is unclear.
                    return null;
                }

                var pattern = speech.Pattern == SuggestionPattern.AccordingTo ? SuggestionPattern.AccordingTo : SuggestionPattern.CueBefore;
                var confidence = Math.Min(speech.Confidence, colon ? SuggestionConfidence.ColonNamed : SuggestionConfidence.EarlierInSentence);
                return new QuotationCandidate(quotation, speech.Entity, pattern, confidence, speech.Evidence);
            }
        }

        // 4. According to X later in the same sentence.
        foreach (var speech in sentenceEvents)
        {
            if (speech.Pattern == SuggestionPattern.AccordingTo && speech.Anchor > index && speech.Entity is not null)
            {
                return new QuotationCandidate(quotation, speech.Entity, SuggestionPattern.AccordingTo, SuggestionConfidence.EarlierInSentence, speech.Evidence);
            }
        }

        // 4b. A quotation that opens its sentence, whose one cue closes it: “…” would be appropriate, Ana Ruiz said.
        if (index == start && sentenceEvents.Count == 1 && sentenceEvents[0] is { Entity: not null } closing && closing.Verb > index
            && !SpeechEventReader.AnyQuoteBetween(tokens, index, closing.Anchor) && EndsSentence(tokens, closing, end))
        {
            return new QuotationCandidate(quotation, closing.Entity, closing.Pattern, Math.Min(closing.Confidence, SuggestionConfidence.EarlierInSentence), closing.Evidence);
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
                return new QuotationCandidate(quotation, introduced, SuggestionPattern.ColonIntroduction, Math.Min(introduction.Confidence, SuggestionConfidence.ColonNamed), introduction.Evidence);
            }

            // 6. A paragraph that opens with a quotation and names no speaker continues the previous speaker.
            if (state.Events.Count == 0 && !HasSpeechLater(tokens, index, end) && previous.LastSpeaker is { } continued)
            {
                return new QuotationCandidate(quotation, continued, SuggestionPattern.Continuation, SuggestionConfidence.ContinuedParagraph, previous.LastEvidence ?? TokenEvidence.Of(_model, tokens[index]));
            }

            // 6b. After a paragraph with no speech in it whose last sentence has a named subject ("Ruiz is upbeat about
            // the vote."), a paragraph that is only a quotation is that subject's words. Not after "Ruiz reports:" with no
            // speech verb: what follows is an excerpt, often of someone else's words (dev: a reporter's piece quoting a woman).
            if (state.Events.Count == 0 && !HasSpeechLater(tokens, index, tokens.Count) && previous.Events.Count == 0 && previous.LastSubject is { } subject
                && EndsParagraph(tokens, quotation) && !previous.Tokens[previous.Tokens.Count - 1].Is(':'))
            {
                return new QuotationCandidate(quotation, subject, SuggestionPattern.Continuation, SuggestionConfidence.ContinuedParagraph, previous.LastSubjectEvidence ?? TokenEvidence.Of(_model, tokens[index]));
            }
        }

        // 7. Carry-over within the paragraph: “A,” X said. “B.”
        if (!firstInParagraph && state.LastQuoteSpeaker is { } carried && !HasSpeechLater(tokens, index, end))
        {
            return new QuotationCandidate(quotation, carried, SuggestionPattern.CarryOver, SuggestionConfidence.CarriedOver, state.LastEvidence ?? TokenEvidence.Of(_model, tokens[index]));
        }

        return null;
    }

    /// <summary>Whether the paragraph holds nothing after the quotation but its closing punctuation.</summary>
    private static bool EndsParagraph(List<ProseToken> tokens, Quotation quotation)
    {
        for (var k = tokens.Count - 1; k >= 0; k--)
        {
            if (tokens[k].Quotation is { } last)
            {
                return ReferenceEquals(last, quotation) && AllPunctuationAfter(tokens, k);
            }
        }

        return false;
    }

    private static bool AllPunctuationAfter(List<ProseToken> tokens, int index)
    {
        for (var k = index + 1; k < tokens.Count; k++)
        {
            if (tokens[k].IsWord || tokens[k].IsQuote)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether "according to Y" later in the sentence credits someone other than the cue's speaker: the words are reported twice over.</summary>
    private static bool ReportedBySomeoneElse(List<SpeechEvent> sentenceEvents, SpeechEvent speech)
    {
        foreach (var other in sentenceEvents)
        {
            if (other.Pattern == SuggestionPattern.AccordingTo && other.Anchor > speech.Verb && other.Entity is not null && !ReferenceEquals(other.Entity, speech.Entity))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether nothing but the cue's own words, an appositive or an adverbial follows it: no "that" clause or second quotation.</summary>
    private static bool EndsSentence(List<ProseToken> tokens, SpeechEvent cue, int end)
    {
        for (var k = cue.Verb + 1; k < end; k++)
        {
            if (tokens[k].IsQuote || tokens[k].LowerIs("that"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a speech verb follows the quotation in its own sentence (then that verb's speaker may be another's). A speech
    /// verb in a later sentence ("“…,” Ruiz said. “…” The plan, she said, …") no longer stops a carry-over or a continued
    /// paragraph: measured on PolNeAR train, 13 more right and none wrong.
    /// </summary>
    private static bool HasSpeechLater(List<ProseToken> tokens, int index, int end)
    {
        for (var k = index + 1; k < end; k++)
        {
            if (tokens[k].IsWord && tokens[k].IsSpeechVerb)
            {
                return true;
            }
        }

        return false;
    }
}
