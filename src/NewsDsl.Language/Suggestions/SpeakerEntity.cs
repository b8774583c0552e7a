using System;
using System.Collections.Generic;
using NewsDsl.Language.Semantics;

namespace NewsDsl.Language.Suggestions;

/// <summary>One speaker as the engine tracks it through an article: its forms, kind, gender and declared source.</summary>
internal sealed class SpeakerEntity
{
    private readonly List<string> _forms = new();
    private readonly List<string> _normalizedForms = new();
    private readonly HashSet<string> _formWords = new(StringComparer.Ordinal);
    private readonly List<List<string>> _formWordLists = new();
    private SuggestedSpeaker? _public;

    public SpeakerEntity(string name, SourceKind kind, SourceSymbol? source)
    {
        Name = name;
        Kind = kind;
        Source = source;
        AddForm(name);
    }

    /// <summary>The fullest name seen.</summary>
    public string Name { get; private set; }

    public SourceKind Kind { get; set; }

    public SourceSymbol? Source { get; }

    public string? Title { get; set; }

    public SpeakerGender Gender { get; set; }

    /// <summary>Whether the name is a description (<c>the president</c>) rather than a name.</summary>
    public bool IsDescription { get; set; }

    /// <summary>Whether the copy first gave it as an indefinite description (<c>a delegate</c>, <c>one aide</c>): someone new, not someone named before.</summary>
    public bool IsIndefinite { get; set; }

    /// <summary>The name's words without titles, lower case (<c>mohammad javad zarif</c>).</summary>
    public List<string> NameWords { get; } = new();

    /// <summary>Lower-case titles and roles seen with the name (<c>foreign minister</c>, <c>president</c>).</summary>
    public HashSet<string> RoleWords { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Forms => _forms;

    /// <summary>Where the entity stands in its registry's list: breaks ties between equally recent speakers as the list order did.</summary>
    public int Order { get; set; }

    /// <summary>Told of each normalized form added after the registry listed the entity, so the registry's form index stays whole.</summary>
    public Action<SpeakerEntity, string>? NormalizedFormAdded { get; set; }

    /// <summary>The forms as <see cref="SpeakerRegistry.Normalize"/> compares them, computed once.</summary>
    public IReadOnlyList<string> NormalizedForms => _normalizedForms;

    /// <summary>Each form's lower-case words, in the order of <see cref="Forms"/>.</summary>
    public IReadOnlyList<List<string>> FormWordLists => _formWordLists;

    /// <summary>Every lower-case word of every form.</summary>
    public bool HasFormWord(string word) => _formWords.Contains(word);

    public void AddForm(string form)
    {
        form = form.Trim();
        if (form.Length == 0)
        {
            return;
        }

        foreach (var existing in _forms)
        {
            if (string.Equals(existing, form, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }

        _forms.Add(form);
        var normalized = SpeakerRegistry.Normalize(form);
        _normalizedForms.Add(normalized);
        NormalizedFormAdded?.Invoke(this, normalized);
        var words = SpeakerRegistry.Words(form);
        _formWordLists.Add(words);
        foreach (var word in words)
        {
            _formWords.Add(word);
        }

        _public = null;
    }

    /// <summary>A longer proper name replaces a shorter one or a description as the name.</summary>
    public void OfferName(string name, IReadOnlyList<string> nameWords)
    {
        AddForm(name);
        if (Source is not null)
        {
            return;
        }

        if ((IsDescription && nameWords.Count > 0) || nameWords.Count > NameWords.Count)
        {
            Name = name;
            IsDescription = nameWords.Count == 0;
            NameWords.Clear();
            NameWords.AddRange(nameWords);
            _public = null;
        }
    }

    public SuggestedSpeaker ToPublic()
    {
        if (_public is not null)
        {
            return _public;
        }

        var name = Source?.Name ?? Name;
        var others = new List<string>();
        foreach (var form in _forms)
        {
            if (!string.Equals(form, name, StringComparison.OrdinalIgnoreCase))
            {
                others.Add(form);
            }
        }

        return _public = new SuggestedSpeaker(name, others, Source?.Kind ?? Kind, Source?.Title ?? Title, Gender, Source, Source is null && IsDescription);
    }

    public override string ToString() => Source?.Id ?? Name;
}
