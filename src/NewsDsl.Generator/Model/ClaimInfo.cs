namespace NewsDsl.Generator.Model;

/// <summary>One attributed span (a paraphrase or a claim).</summary>
/// <param name="SourceMember">The member of the nested <c>Sources</c> class; null when the tag names no declared source, or for the article's own statement.</param>
/// <param name="IsOwn">True for <c>{own …}</c>: the article's own statement, attributed to nobody else.</param>
/// <param name="Text">The claimed text.</param>
/// <param name="Cue">The attribution verb, or null.</param>
/// <param name="Via">The channel, or null.</param>
/// <param name="About">What the claim is about, or null.</param>
/// <param name="IsSuggested">True when the attribution is only suggested (<c>{@id?}</c>).</param>
/// <param name="Value">The figure claimed, or null.</param>
/// <param name="Line">One-based line of the opening bracket.</param>
/// <param name="Column">One-based column of the opening bracket.</param>
internal sealed record ClaimInfo(
    string Text,
    string? SourceMember,
    bool IsOwn,
    int Line,
    int Column,
    string? Cue,
    string? Via,
    string? About,
    string? Value,
    bool IsSuggested);
