using System.Collections.Generic;
using NewsDsl.Language.Semantics;

namespace NewsDsl.Language.Suggestions;

/// <summary>
/// Someone (or something) the article quotes, as the engine found it: a declared source when the
/// article declares one that matches, otherwise the names the article uses for it.
/// </summary>
public sealed class SuggestedSpeaker
{
    internal SuggestedSpeaker(string name, IReadOnlyList<string> forms, SourceKind kind, string? title, SpeakerGender gender, SourceSymbol? source, bool isDescription = false)
    {
        IsDescription = isDescription;
        Name = name;
        Forms = forms;
        Kind = kind;
        Title = title;
        Gender = gender;
        Source = source;
    }

    /// <summary>The fullest form of the name the article gives (for a declared source, its name).</summary>
    public string Name { get; }

    /// <summary>Every other form the article uses for the speaker (<c>Zarif</c>, <c>the minister</c>), without <see cref="Name"/>.</summary>
    public IReadOnlyList<string> Forms { get; }

    /// <summary>The kind guessed from the words (or declared).</summary>
    public SourceKind Kind { get; }

    /// <summary>A role the article gives in an appositive or before the name (<c>Foreign Minister</c>), if any.</summary>
    public string? Title { get; }

    public SpeakerGender Gender { get; }

    /// <summary>Whether the article gives no proper name for the speaker, only a description (<c>the moderator</c>, <c>a senior official</c>).</summary>
    public bool IsDescription { get; }

    /// <summary>The declared source this speaker is, when the article declares it.</summary>
    public SourceSymbol? Source { get; }

    public override string ToString() => Source?.Id ?? Name;
}
