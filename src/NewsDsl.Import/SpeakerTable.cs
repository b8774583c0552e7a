using System;
using System.Collections.Generic;
using System.Globalization;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Suggestions;

namespace NewsDsl.Import;

/// <summary>
/// The speakers of a draft, in the order the engine first named them. Within one chunk of the body
/// each of the engine's speakers is its own entry; a speaker of a later chunk with the same name and
/// kind as one of an earlier chunk is that speaker (its other forms and a missing title are added).
/// </summary>
internal sealed class SpeakerTable
{
    private readonly List<Speaker> _speakers = new();
    private readonly Dictionary<(string Name, SourceKind Kind), int> _byName = new();

    public int Count => _speakers.Count;

    public Speaker this[int index] => _speakers[index];

    /// <summary>Adds one chunk's speakers; returns where each of them is in the table.</summary>
    public Dictionary<SuggestedSpeaker, int> Add(IReadOnlyList<SuggestedSpeaker> speakers)
    {
        var earlier = _speakers.Count;
        var local = new Dictionary<SuggestedSpeaker, int>(ReferenceEqualityComparer.Instance);
        foreach (var speaker in speakers)
        {
            var key = (speaker.Name, speaker.Kind);
            if (_byName.TryGetValue(key, out var index) && index < earlier)
            {
                _speakers[index].Merge(speaker);
            }
            else
            {
                index = _speakers.Count;
                _speakers.Add(new Speaker(speaker));
                _byName.TryAdd(key, index);
            }

            local[speaker] = index;
        }

        return local;
    }

    /// <summary>A source id for every speaker, unique within the draft (<c>smith</c>, <c>smith-2</c>).</summary>
    public string[] AssignIds()
    {
        var ids = new string[_speakers.Count];
        var taken = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < _speakers.Count; i++)
        {
            var id = Slugs.SourceId(_speakers[i].Name, _speakers[i].Kind);
            var unique = id;
            for (var n = 2; !taken.Add(unique); n++)
            {
                unique = id + "-" + n.ToString(CultureInfo.InvariantCulture);
            }

            ids[i] = unique;
        }

        return ids;
    }

    /// <summary>One speaker as the draft declares it.</summary>
    internal sealed class Speaker
    {
        private readonly List<string> _forms;

        public Speaker(SuggestedSpeaker speaker)
        {
            Name = DeclarationText.Name(speaker.Name, speaker.IsDescription);
            IsDescription = speaker.IsDescription;
            Kind = speaker.IsDescription && speaker.Kind is SourceKind.Person or SourceKind.Group or SourceKind.Organization ? SourceKind.Anonymous : speaker.Kind;
            Reason = speaker.IsDescription && Kind == SourceKind.Anonymous ? DeclarationText.UnnamedReason : null;
            Title = DeclarationText.Title(speaker.Title);
            _forms = new List<string>();
            AddForms(speaker.Forms);
        }

        public string Name { get; }

        public SourceKind Kind { get; }

        /// <summary>Whether the copy gives only a description (written as the copy has it, not capitalised).</summary>
        public bool IsDescription { get; }

        /// <summary>Why the source is anonymous, for a speaker the copy names only by a description.</summary>
        public string? Reason { get; }

        public string? Title { get; private set; }

        public IReadOnlyList<string> Forms => _forms;

        public void Merge(SuggestedSpeaker speaker)
        {
            Title ??= DeclarationText.Title(speaker.Title);
            AddForms(speaker.Forms);
        }

        private void AddForms(IReadOnlyList<string> forms)
        {
            foreach (var raw in forms)
            {
                var form = DeclarationText.Form(raw);
                if (form.Length > 0 && !string.Equals(form, Name, StringComparison.OrdinalIgnoreCase) && !_forms.Contains(form))
                {
                    _forms.Add(form);
                }
            }
        }
    }
}
