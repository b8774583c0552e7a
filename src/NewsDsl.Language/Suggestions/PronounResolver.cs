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
    private readonly SpeakerRegistry _registry;
    private readonly NameEvidence _evidence;
    private readonly List<(SpeakerEntity Entity, int Block)> _mentions = new();

    public PronounResolver(SpeakerRegistry registry, NameEvidence evidence)
    {
        _registry = registry;
        _evidence = evidence;
    }

    public (SpeakerEntity Entity, double Confidence)? Resolve(SpeakerPhrase pronoun, int block)
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

    public void Mention(SpeakerEntity entity, int block)
    {
        _mentions.Add((entity, block));
        _registry.Touch(entity);
    }
}
