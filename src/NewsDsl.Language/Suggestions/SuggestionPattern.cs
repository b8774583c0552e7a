namespace NewsDsl.Language.Suggestions;

/// <summary>Which rule of the attribution grammar produced a suggestion (reported per pattern by the evaluation).</summary>
public enum SuggestionPattern
{
    /// <summary><c>“…,” Zarif said</c> or <c>“…,” he said</c>: a speaker and a speech verb right after the quotation.</summary>
    CueAfter,

    /// <summary><c>“…,” said Zarif</c>: the speech verb first, then the speaker.</summary>
    CueAfterInverted,

    /// <summary><c>Zarif said: “…”</c> or <c>Zarif said Iran would “…”</c>: a speech verb earlier in the sentence.</summary>
    CueBefore,

    /// <summary>A paragraph ending in <c>Zarif said:</c> introduces the next paragraph's quotation.</summary>
    ColonIntroduction,

    /// <summary><c>“…,” according to Zarif</c>.</summary>
    AccordingTo,

    /// <summary><c>“…” — Jane Doe</c>.</summary>
    DashCredit,

    /// <summary>A later quotation in a sentence or paragraph whose speaker is already known: <c>“A,” X said. “B.”</c></summary>
    CarryOver,

    /// <summary>A paragraph that is only a quotation continues the previous paragraph's speaker.</summary>
    Continuation,

    /// <summary>A quotation in a heading that repeats words quoted in the section below it.</summary>
    Heading,

    /// <summary>A work's title (<c>the film “Dune”</c>): nobody's words, <c>{title}</c>.</summary>
    Title,

    /// <summary>A term (<c>the so-called “peace plan”</c>): nobody's words, <c>{term}</c>.</summary>
    Term,
}
