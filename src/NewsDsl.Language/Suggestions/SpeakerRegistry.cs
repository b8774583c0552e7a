using System;
using System.Collections.Generic;
using System.Text;
using NewsDsl.Language.Semantics;

namespace NewsDsl.Language.Suggestions;

/// <summary>
/// The speakers of one article: the declared sources first, then everyone the grammar finds. It
/// decides when two phrases are the same speaker (<c>Zarif</c> and <c>Foreign Minister Mohammad
/// Javad Zarif</c>, <c>the president</c> and <c>President Donald Trump</c>, <c>IRGC</c> and <c>Islamic
/// Revolution Guards Corps</c>).
/// </summary>
internal sealed class SpeakerRegistry
{
    // Made once: a new separator array on every call was a sixteenth of the import's time.
    private static readonly char[] s_wordSeparators = { ' ', ',', '\t' };

    // Heads of descriptions that news copy uses for someone it has just named (the senator, the businessman), not for
    // someone new: a witness, a voter or a spokeswoman is introduced by the description itself.
    private static readonly WordSet s_personRoleHeads = new(
        "senator governor congressman congresswoman businessman businesswoman mogul billionaire tycoon lawmaker mayor"
            .Split(' '));

    // An office alone ("the senator said") may be someone the copy has not named yet; an epithet of wealth, or an office
    // with a place or party before it ("the Texas senator"), is the journalist's variation on a name just given.
    private static readonly WordSet s_personEpithets = new("businessman businesswoman mogul billionaire tycoon".Split(' '));

    private readonly List<SpeakerEntity> _entities = new();
    private readonly Dictionary<SpeakerEntity, int> _lastMention = new();
    private readonly HashSet<string> _lastWords = new(StringComparer.Ordinal);

    // Every entity by each of its normalized forms: step 1 of Resolve looks its phrase up here instead of
    // comparing it with every form of every speaker (the largest cost of the pass on long articles).
    private readonly Dictionary<string, List<SpeakerEntity>> _byForm = new(StringComparer.Ordinal);
    private readonly Action<SpeakerEntity, string> _indexForm;
    private int _clock;

    public SpeakerRegistry(IReadOnlyList<SourceSymbol> sources)
    {
        _indexForm = IndexForm;
        foreach (var source in sources)
        {
            var entity = new SpeakerEntity(source.Name, source.Kind, source);
            Describe(entity, source.Name, isDeclaredName: true);
            foreach (var alias in source.Aliases)
            {
                entity.AddForm(alias);
                Describe(entity, alias, isDeclaredName: false);
            }

            if (source.Title is { } title)
            {
                foreach (var word in Words(title))
                {
                    entity.RoleWords.Add(word);
                }
            }

            // Mr./Ms. in a declared form, or spokesman/spokeswoman in the title, shows the gender.
            foreach (var word in Words(source.Name + " " + string.Join(" ", source.Aliases) + " " + source.Title))
            {
                if (word is "mr" or "mr." or "spokesman" or "chairman" or "congressman")
                {
                    entity.Gender = SpeakerGender.Male;
                }
                else if (word is "mrs" or "mrs." or "ms" or "ms." or "miss" or "spokeswoman" or "chairwoman" or "congresswoman")
                {
                    entity.Gender = SpeakerGender.Female;
                }
            }

            foreach (var form in entity.FormWordLists)
            {
                if (form.Count > 0)
                {
                    _lastWords.Add(Bare(form[form.Count - 1]));
                }
            }

            if (entity.NameWords.Count > 0)
            {
                _lastWords.Add(Bare(entity.NameWords[entity.NameWords.Count - 1]));
            }

            Add(entity);
        }

        HasDeclaredSources = sources.Count > 0;
    }

    public bool HasDeclaredSources { get; }

    /// <summary>
    /// Who a definite description of a prominent person ("the senator", "the billionaire") most likely is when no speaker
    /// has that role yet: set by the pass's <see cref="PronounResolver"/>, which knows the recent subjects.
    /// </summary>
    public Func<SpeakerPhrase, SpeakerEntity?>? DescribedPerson { get; set; }

    public IReadOnlyList<SpeakerEntity> Entities => _entities;

    /// <summary>The speaker that is this declared source.</summary>
    public SpeakerEntity? FindDeclared(SourceSymbol source)
    {
        foreach (var entity in _entities)
        {
            if (ReferenceEquals(entity.Source, source))
            {
                return entity;
            }
        }

        return null;
    }

    public void Touch(SpeakerEntity entity) => _lastMention[entity] = ++_clock;

    public int LastMention(SpeakerEntity entity) => _lastMention.TryGetValue(entity, out var at) ? at : 0;

    /// <summary>The speaker a phrase names: an existing one, or a new one when <paramref name="create"/>.</summary>
    public SpeakerEntity? Resolve(SpeakerPhrase phrase, bool create)
    {
        var normalized = Normalize(phrase.Text);
        SpeakerEntity? best = null;

        // 1. A form already seen or declared: the most recently mentioned, the first listed among equals.
        if (_byForm.TryGetValue(normalized, out var named))
        {
            foreach (var entity in named)
            {
                if (best is null || LastMention(entity) > LastMention(best) || (LastMention(entity) == LastMention(best) && entity.Order < best.Order))
                {
                    best = entity;
                }
            }
        }

        // 2. The same name, shorter or longer (Rouhani / President Hassan Rouhani), or an acronym (IRGC).
        if (best is null && phrase.NameWords.Count > 0)
        {
            foreach (var entity in _entities)
            {
                if (SameName(phrase.NameWords, entity.NameWords) || IsAcronymOf(phrase.NameWords, entity.NameWords) || IsAcronymOf(entity.NameWords, phrase.NameWords))
                {
                    best = MoreRecent(best, entity);
                }
            }
        }

        // 3. A description through roles and titles (the president, the minister, the ministry).
        if (best is null && phrase.IsDescription)
        {
            var matches = 0;
            foreach (var entity in _entities)
            {
                if ((entity.RoleWords.Contains(phrase.Head) || entity.HasFormWord(phrase.Head)) && !HasOtherRank(phrase, entity))
                {
                    matches++;
                    best = MoreRecent(best, entity);
                }
            }

            // "a spokeswoman", "officials": an indefinite description introduces someone new.
            if ((IsIndefinite(phrase.Text) && phrase.Text.IndexOf(" of ", StringComparison.Ordinal) < 0) // "one aide", not "one group of volunteers" (part of a known group)
                || phrase.IsPlural)
            {
                best = null;
            }

            // "the businessman replied", "the Florida senator said" with no speaker yet given that role: the person the
            // copy has just been about, as "he" would be (PronounResolver decides who that is).
            if (best is null && !phrase.IsPlural && phrase.Text.StartsWith("the ", StringComparison.OrdinalIgnoreCase)
                && s_personRoleHeads.Contains(phrase.Head) && (Words(phrase.Text).Count > 2 || s_personEpithets.Contains(phrase.Head))
                && DescribedPerson?.Invoke(phrase) is { } person)
            {
                best = person;
            }
        }

        if (best is not null)
        {
            Learn(best, phrase);
            return best;
        }

        if (!create)
        {
            return null;
        }

        var name = phrase.NameWords.Count > 0 ? phrase.NameText : StripDeterminer(phrase.Text);
        var created = new SpeakerEntity(name, GuessKind(phrase), null) { IsDescription = phrase.NameWords.Count == 0, IsIndefinite = IsIndefinite(phrase.Text) };
        created.NameWords.AddRange(phrase.NameWords);
        Learn(created, phrase);
        Add(created);
        return created;
    }

    private void Add(SpeakerEntity entity)
    {
        entity.Order = _entities.Count;
        _entities.Add(entity);
        foreach (var form in entity.NormalizedForms)
        {
            IndexForm(entity, form);
        }

        entity.NormalizedFormAdded = _indexForm;
    }

    private void IndexForm(SpeakerEntity entity, string normalized)
    {
        if (!_byForm.TryGetValue(normalized, out var entities))
        {
            _byForm.Add(normalized, entities = new List<SpeakerEntity>(1));
        }

        entities.Add(entity);
    }

    /// <summary>
    /// Whether some speaker may be this phrase: a form or name of one ends with its last word. A cheap test before
    /// <see cref="Resolve"/> for the many names the pass only records as mentions.
    /// </summary>
    public bool MayKnow(SpeakerPhrase phrase)
    {
        var words = phrase.NameWords;
        if (words.Count == 0)
        {
            return false;
        }

        if (_lastWords.Contains(Bare(words[words.Count - 1])))
        {
            return true;
        }

        if (words.Count == 1)
        {
            // A single word in capitals may be an acronym of a longer name (IRGC): Resolve decides.
            return IsAllUpper(phrase.NameText) && phrase.NameText.Length >= 2;
        }

        // A long name whose acronym a speaker goes by (Islamic Revolution Guards Corps = IRGC).
        var acronym = new StringBuilder(words.Count);
        foreach (var word in words)
        {
            acronym.Append(word.Length > 0 ? word[0] : ' ');
        }

        return _lastWords.Contains(acronym.ToString());
    }

    private void Learn(SpeakerEntity entity, SpeakerPhrase phrase)
    {
        if (phrase.NameWords.Count > 0)
        {
            _lastWords.Add(Bare(phrase.NameWords[phrase.NameWords.Count - 1]));
        }

        entity.AddForm(StripDeterminer(phrase.Text));
        if (phrase.NameWords.Count > 0)
        {
            entity.OfferName(phrase.NameText, phrase.NameWords);
        }

        foreach (var role in phrase.RoleWords)
        {
            entity.RoleWords.Add(role);
        }

        if (phrase.IsDescription)
        {
            entity.RoleWords.Add(phrase.Head);
        }

        if (entity.Gender == SpeakerGender.Unknown && phrase.Gender != SpeakerGender.Unknown && !phrase.IsPronoun)
        {
            entity.Gender = phrase.Gender;
        }

        var title = phrase.Appositive ?? (phrase.TitleText.Length > 0 && phrase.NameWords.Count > 0 ? phrase.TitleText : null);
        if (title is not null && entity.Title is null && entity.Source is null)
        {
            entity.Title = title;
        }
    }

    /// <summary>"the vice president" is not "the president": a rank word the speaker was never given rules it out.</summary>
    private static bool HasOtherRank(SpeakerPhrase phrase, SpeakerEntity entity)
    {
        foreach (var word in Words(phrase.Text))
        {
            if (word is "vice" or "deputy" or "former" or "assistant" or "acting" or "ex" or "junior" or "associate" && !entity.RoleWords.Contains(word) && !entity.HasFormWord(word))
            {
                return true;
            }
        }

        return false;
    }

    private SpeakerEntity MoreRecent(SpeakerEntity? current, SpeakerEntity candidate) =>
        current is null || LastMention(candidate) > LastMention(current) ? candidate : current;

    private static void Describe(SpeakerEntity entity, string form, bool isDeclaredName)
    {
        var words = Words(form);
        var nameWords = new List<string>();
        for (var i = words.Count - 1; i >= 0; i--)
        {
            var word = words[i];
            if (CueLexicon.TitleWords.Contains(word) || CueLexicon.NotNames.Contains(word) || SpeakerPhrase.IsPossessive(word) || CueLexicon.Nationalities.Contains(word))
            {
                for (var k = 0; k <= i; k++)
                {
                    if (!CueLexicon.NotNames.Contains(words[k]))
                    {
                        entity.RoleWords.Add(words[k]);
                    }
                }

                break;
            }

            nameWords.Insert(0, word);
        }

        if (!StartsUpper(form))
        {
            // A lower-case alias is a description (the president): its words are roles.
            foreach (var word in words)
            {
                entity.RoleWords.Add(word);
            }

            return;
        }

        if (nameWords.Count > entity.NameWords.Count && (isDeclaredName || entity.NameWords.Count == 0))
        {
            entity.NameWords.Clear();
            entity.NameWords.AddRange(nameWords);
        }
    }

    private static bool StartsUpper(string text)
    {
        var trimmed = StripDeterminer(text.Trim());
        return trimmed.Length > 0 && char.IsUpper(trimmed[0]);
    }

    private static bool SameName(List<string> phrase, List<string> entity)
    {
        if (phrase.Count == 0 || entity.Count == 0 || Bare(phrase[phrase.Count - 1]) != Bare(entity[entity.Count - 1]))
        {
            return false;
        }

        // Every word of the shorter form is in the longer one (Ayatollah Khamenei / Seyyed Ali Khamenei).
        var (shorter, longer) = phrase.Count <= entity.Count ? (phrase, entity) : (entity, phrase);
        foreach (var word in shorter)
        {
            var found = false;
            foreach (var other in longer)
            {
                found |= Bare(other) == Bare(word);
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A name word without its article particle: al-Khazali and Khazali are one name.</summary>
    private static string Bare(string word) =>
        word.StartsWith("al-", StringComparison.Ordinal) || word.StartsWith("el-", StringComparison.Ordinal) ? word.Substring(3) : word;

    private static bool IsAcronymOf(List<string> acronym, List<string> words)
    {
        if (acronym.Count != 1 || words.Count < 2 || acronym[0].Length != words.Count)
        {
            return false;
        }

        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Length == 0 || words[i][0] != acronym[0][i])
            {
                return false;
            }
        }

        return true;
    }

    public static SourceKind GuessKind(SpeakerPhrase phrase)
    {
        var head = phrase.Head;
        if (CueLexicon.GroupWords.Contains(head))
        {
            return CueLexicon.AnonymousHeads.Contains(head) && phrase.NameWords.Count == 0 ? SourceKind.Anonymous : SourceKind.Group;
        }

        if (head is "source" or "official" or "aide" or "insider" && phrase.Text.StartsWith("a", StringComparison.OrdinalIgnoreCase))
        {
            return SourceKind.Anonymous;
        }

        if (head is "statement" or "report" or "letter" or "memo" or "filing" or "document" or "documents")
        {
            return SourceKind.Document;
        }

        // A name after a person's title is a person, whatever body the title names ("White House spokesman Josh
        // Earnest", "Ohio Democratic Party Chairman David Pepper", "The Daily Ledger columnist Ruth Amos"): only the
        // name's own words can make it a body or a medium.
        var personTitle = false;
        foreach (var role in phrase.RoleWords)
        {
            personTitle |= CueLexicon.PersonTitles.Contains(role);
        }

        // The phrase's own words are split only when the answer depends on them (the tests above answer many phrases without them).
        var words = personTitle && phrase.NameWords.Count > 0 ? phrase.NameWords : Words(phrase.Text);
        foreach (var word in words)
        {
            if (CueLexicon.MediaWords.Contains(word) && word is not "agency")
            {
                return SourceKind.Media;
            }
        }

        // A state or a nation ("Iowa", "North Carolina") speaks, if at all, for its government; it is never a he or a she.
        if (!personTitle && CueLexicon.IsPlace(phrase.NameWords))
        {
            return SourceKind.Organization;
        }

        foreach (var word in words)
        {
            if (CueLexicon.OrganizationWords.Contains(word) || CueLexicon.Capitals.Contains(word))
            {
                return SourceKind.Organization;
            }
        }

        if (phrase.NameWords.Count == 1 && IsPluralOfPeople(phrase.NameWords[0]))
        {
            return SourceKind.Group;
        }

        if (phrase.NameWords.Count == 1 && phrase.NameText.Length >= 2 && IsAllUpper(phrase.NameText))
        {
            return SourceKind.Organization;
        }

        return SourceKind.Person;
    }

    /// <summary>Democrats, Republicans, Americans, Syrians: a plural of a party or a nation is a group, not a person.</summary>
    private static bool IsPluralOfPeople(string lower)
    {
        if (!lower.EndsWith("s", StringComparison.Ordinal) || lower.Length < 5)
        {
            return false;
        }

        var singular = lower.Substring(0, lower.Length - 1);
        return CueLexicon.Nationalities.Contains(singular) || singular.EndsWith("crat", StringComparison.Ordinal) || singular.EndsWith("ican", StringComparison.Ordinal)
            || singular.EndsWith("ian", StringComparison.Ordinal) || singular.EndsWith("ist", StringComparison.Ordinal) || singular.EndsWith("ite", StringComparison.Ordinal);
    }

    private static bool IsAllUpper(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"a spokeswoman", "an aide", "one delegate", "another voter": a description that introduces someone new.</summary>
    private static bool IsIndefinite(string text) =>
        text.StartsWith("a ", StringComparison.OrdinalIgnoreCase) || text.StartsWith("an ", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("one ", StringComparison.OrdinalIgnoreCase) || text.StartsWith("another ", StringComparison.OrdinalIgnoreCase);

    public static string StripDeterminer(string text)
    {
        foreach (var determiner in new[] { "the ", "The " })
        {
            if (text.StartsWith(determiner, StringComparison.Ordinal) && text.Length > determiner.Length)
            {
                return text.Substring(determiner.Length);
            }
        }

        return text;
    }

    /// <summary>Lower case, straight apostrophes, no leading article: how forms are compared.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            builder.Append(c == '\u2019' ? '\'' : char.ToLowerInvariant(c));
        }

        var normalized = builder.ToString();
        return normalized.StartsWith("the ", StringComparison.Ordinal) ? normalized.Substring(4) : normalized;
    }

    public static List<string> Words(string text)
    {
        var words = new List<string>();
        foreach (var part in text.Split(s_wordSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            words.Add(part.ToLowerInvariant().Replace('\u2019', '\''));
        }

        return words;
    }
}
