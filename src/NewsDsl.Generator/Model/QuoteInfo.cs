namespace NewsDsl.Generator.Model;

/// <summary>One quotation that is someone's words (the contract's <c>Quotes</c> list).</summary>
/// <param name="SourceMember">The member of the nested <c>Sources</c> class it is attributed to; null when unattributed.</param>
/// <param name="Text">The quoted words without the marks.</param>
/// <param name="Cue">The attribution verb, or null.</param>
/// <param name="Via">The channel, or null.</param>
/// <param name="About">What the quotation is about, or null.</param>
/// <param name="IsSuggested">True when the attribution is only suggested (<c>{@id?}</c>).</param>
/// <param name="Value">The figure it states, or null.</param>
/// <param name="Line">One-based line of the opening mark.</param>
/// <param name="Column">One-based column (UTF-16 code units) of the opening mark.</param>
/// <param name="Kind">The <c>QuoteKind</c> member name.</param>
internal sealed record QuoteInfo(
    string Text,
    string? SourceMember,
    int Line,
    int Column,
    string Kind,
    string? Cue,
    string? Via,
    string? About,
    string? Value,
    bool IsSuggested);
