using System;
using System.Collections.Generic;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Syntax;

namespace NewsDsl.Language.Suggestions;

/// <summary>One paragraph or heading as the pass reads it: its tokens, speech events and the speaker it leaves salient.</summary>
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

    /// <summary>The named subject of the paragraph's last sentence ("Ruiz is upbeat about the vote."), with its words as evidence; null when that sentence opens otherwise.</summary>
    public SpeakerEntity? LastSubject { get; set; }

    public SuggestionEvidence? LastSubjectEvidence { get; set; }

    /// <summary>Whether the paragraph is a title-case line (a heading set as a paragraph): it has no subjects to remember.</summary>
    public bool IsTitleCase { get; set; }
}
