using System;
using System.Collections.Generic;
using NewsDsl.Language.Semantics;

namespace NewsDsl.Language.Suggestions;

/// <summary>
/// Who "he", "she", "it" and "they" are: the most recent mention of an agreeing speaker (gender from the article's
/// own evidence, kind, number) within a short reach. A pronoun whose nearest fit is a speaker the copy names only
/// by a description gets no answer.
/// </summary>
internal sealed class PronounResolver
{
    private static readonly WordSet s_faiths = new(
        "orthodox catholic catholics muslim muslims jewish christian christians protestant protestants evangelical evangelicals baptist baptists methodist mormon mormons hindu sikh buddhist sunni shiite"
            .Split(' '));

    private static readonly WordSet s_heritagePrefixes = new("afro anglo latino franco euro indo sino arab".Split(' '));

    private readonly SpeakerRegistry _registry;
    private readonly NameEvidence _evidence;
    private readonly List<(SpeakerEntity? Entity, int Block, int Sentence, bool IsSubject, SpeakerGender Gender)> _mentions = new();
    private int _sentence;

    public PronounResolver(SpeakerRegistry registry, NameEvidence evidence)
    {
        _registry = registry;
        _evidence = evidence;
        registry.DescribedPerson = DescribedPerson;
    }

    /// <summary>
    /// "the senator said" where no speaker is yet a senator: the most recent named person who was a subject or speaker in
    /// this paragraph or the one before, of no other gender than the description's (the businessman, the congresswoman).
    /// </summary>
    private SpeakerEntity? DescribedPerson(SpeakerPhrase description)
    {
        if (_mentions.Count == 0)
        {
            return null;
        }

        var block = _mentions[_mentions.Count - 1].Block;
        for (var i = _mentions.Count - 1; i >= 0; i--)
        {
            var mention = _mentions[i];
            if (mention.Block < block - 1)
            {
                break;
            }

            if (mention.Entity is not { } entity || !mention.IsSubject || entity.NameWords.Count == 0 || (entity.Source?.Kind ?? entity.Kind) != SourceKind.Person)
            {
                continue;
            }

            if (entity.Gender == SpeakerGender.Unknown)
            {
                entity.Gender = _evidence.GenderOf(entity.NameWords);
            }

            if (description.Gender != SpeakerGender.Unknown && entity.Gender != SpeakerGender.Unknown && entity.Gender != description.Gender)
            {
                continue;
            }

            return entity;
        }

        return null;
    }

    /// <summary>
    /// The speaker a pronoun stands for; with <paramref name="afterReportedClause"/> ("Ruiz would win easily, she said") the
    /// words before it in its own sentence are what was said, so their subject is not who said them.
    /// </summary>
    public (SpeakerEntity Entity, double Confidence)? Resolve(SpeakerPhrase pronoun, int block, bool afterReportedClause = false)
    {
        var word = pronoun.Head;
        if (word is "he" or "she")
        {
            return ResolvePerson(word == "he" ? SpeakerGender.Male : SpeakerGender.Female, block, afterReportedClause);
        }

        const int reach = 2;
        var seen = new HashSet<SpeakerEntity>();
        for (var i = _mentions.Count - 1; i >= 0; i--)
        {
            var mention = _mentions[i];
            if (mention.Block < block - reach)
            {
                break;
            }

            if (mention.Entity is null || !seen.Add(mention.Entity))
            {
                continue;
            }

            var kind = mention.Entity.Source?.Kind ?? mention.Entity.Kind;
            var fits = word switch
            {
                "it" => kind is SourceKind.Organization or SourceKind.Media or SourceKind.Document,
                "it-body" => kind is SourceKind.Organization,
                _ => kind is SourceKind.Group || (kind == SourceKind.Anonymous && IsPluralName(mention.Entity)),
            };

            if (fits)
            {
                return (mention.Entity, 0.88);
            }
        }

        return null;
    }

    /// <summary>
    /// "he"/"she": the most recent sentence (within two paragraphs) that mentions someone who fits decides, and its subject
    /// or speaker is the answer. When that sentence names the only fitting person in passing (an object, a name in an
    /// appositive: "… courtesy of Wes Ford, a delegate …"), or its subject is a he or she nobody was found for, that person
    /// competes with whoever the pronoun would continue, and there is no answer (measured on PolNeAR train: answering
    /// with such a person was wrong about one time in three).
    /// </summary>
    private (SpeakerEntity Entity, double Confidence)? ResolvePerson(SpeakerGender wanted, int block, bool afterReportedClause)
    {
        const int reach = 2;
        var skippedOtherGender = false;
        var skippedDescription = false;
        var sentence = -1;
        SpeakerEntity? subject = null;
        SpeakerEntity? passing = null;
        var passingCount = 0;
        var decidingAt = -1;
        for (var i = _mentions.Count - 1; i >= 0; i--)
        {
            var mention = _mentions[i];
            if (mention.Block < block - reach || (sentence >= 0 && mention.Sentence != sentence))
            {
                break;
            }

            if (afterReportedClause && mention.Sentence == _sentence)
            {
                continue;
            }

            if (mention.Entity is not { } entity)
            {
                // "She appeared to imply …" with nobody found for "she": the sentence is about someone unknown.
                sentence = mention.Gender == wanted ? mention.Sentence : sentence;
                continue;
            }

            var kind = entity.Source?.Kind ?? entity.Kind;
            if (entity.Gender == SpeakerGender.Unknown)
            {
                entity.Gender = _evidence.GenderOf(entity.NameWords);
            }

            var singular = (kind == SourceKind.Person && !IsNeverAPerson(entity)) || (kind == SourceKind.Anonymous && !IsPluralName(entity));

            // A subject or speaker of unknown gender may be "he" or "she"; a person only named in passing must be shown to be one.
            var fits = singular && (entity.Gender == wanted || (entity.Gender == SpeakerGender.Unknown && mention.IsSubject));
            if (!fits)
            {
                skippedOtherGender |= singular && entity.Gender != SpeakerGender.Unknown;
                continue;
            }

            if (mention.IsSubject && entity.IsDescription && !entity.IsIndefinite && entity.Source is null && subject is null && !skippedDescription)
            {
                // "Ruiz … The Florida senator said … “…,” he said": a definite description that names nobody yet is
                // someone named before it; the sentence before decides (measured on PolNeAR train: 13 right, 1 wrong).
                skippedDescription = true;
                sentence = -1;
                continue;
            }

            sentence = mention.Sentence;
            decidingAt = i;
            if (mention.IsSubject)
            {
                // The most recent subject or speaker of the sentence (measured on PolNeAR train: better than its first subject).
                subject ??= entity;
            }
            else if (passing is null || passing == entity)
            {
                passing = entity;
            }
            else
            {
                passingCount++;
            }
        }

        if (subject is null && passing is not null && passingCount == 0 && decidingAt > 0
            && PassingPersonContinues(passing, wanted, block, decidingAt))
        {
            return (passing, 0.8);
        }

        if (subject is null || (subject.IsDescription && subject.Source is null))
        {
            // Nobody, a competitor named in passing, or "he" after "the senator said": the description names nobody yet.
            return null;
        }

        if (subject.Gender == SpeakerGender.Unknown)
        {
            subject.Gender = wanted;
        }

        return (subject, skippedOtherGender ? 0.8 : 0.88);
    }

    /// <summary>
    /// The deciding sentence names one fitting person only in passing ("… thinking that Ruiz is fine", "To analyst Jane
    /// Roe, the senator seemed tired"): that person is who the pronoun means when no one else who fits was the subject
    /// of a sentence before it within reach, or the subject before was that same person.
    /// </summary>
    private bool PassingPersonContinues(SpeakerEntity passing, SpeakerGender wanted, int block, int before)
    {
        var sentence = _mentions[before].Sentence;
        for (var i = before - 1; i >= 0; i--)
        {
            var mention = _mentions[i];
            if (mention.Block < block - 2)
            {
                return false;
            }

            if (mention.Sentence == sentence)
            {
                continue;
            }

            if (mention.Entity is not { } entity)
            {
                if (mention.Gender == wanted)
                {
                    // An earlier "he" nobody was found for: someone unknown competes.
                    return false;
                }

                continue;
            }

            if (!mention.IsSubject)
            {
                continue;
            }

            var kind = entity.Source?.Kind ?? entity.Kind;
            var singular = kind == SourceKind.Person || (kind == SourceKind.Anonymous && !IsPluralName(entity));
            if (singular && (entity.Gender == wanted || entity.Gender == SpeakerGender.Unknown))
            {
                return entity == passing;
            }
        }

        return false;
    }

    /// <summary>
    /// A one-word "name" that is a number, a faith or a heritage ("Two weeks after …", "one Greek Orthodox", "an
    /// Afro-Caribbean author"): capitalised, so taken for a name, but never a he or a she.
    /// </summary>
    private static bool IsNeverAPerson(SpeakerEntity entity)
    {
        if (entity.NameWords.Count == 0 || entity.NameWords.Count > 2)
        {
            return false;
        }

        var last = entity.NameWords[entity.NameWords.Count - 1].ToLowerInvariant();
        if (entity.NameWords.Count == 1 && CueLexicon.NumberWords.Contains(last))
        {
            return true;
        }

        var dash = last.IndexOf('-');
        return s_faiths.Contains(last) || (dash > 0 && s_heritagePrefixes.Contains(last.Substring(0, dash)));
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

    /// <summary>A new sentence begins: mentions after this are grouped apart from those before.</summary>
    public void BeginSentence() => _sentence++;

    /// <summary>A speaker or a sentence's subject (<paramref name="isSubject"/>), or a person named elsewhere in the sentence.</summary>
    public void Mention(SpeakerEntity entity, int block, bool isSubject = true)
    {
        _mentions.Add((entity, block, _sentence, isSubject, SpeakerGender.Unknown));
        _registry.Touch(entity);
    }

    /// <summary>A sentence whose subject is a he or she that names nobody known.</summary>
    public void MentionUnknown(SpeakerGender gender, int block) => _mentions.Add((null, block, _sentence, true, gender));
}
