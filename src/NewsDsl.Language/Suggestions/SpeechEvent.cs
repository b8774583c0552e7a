using System;
using System.Collections.Generic;
using NewsDsl.Language.Semantics;

namespace NewsDsl.Language.Suggestions;

/// <summary>A speech verb and who says it, with the cue as evidence.</summary>
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
