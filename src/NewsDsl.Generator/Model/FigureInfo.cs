namespace NewsDsl.Generator.Model;

/// <summary>One statement of a figure: a claim or quotation tagged <c>about="…"</c>, by a source or by the article itself.</summary>
/// <param name="Text">The claimed or quoted words.</param>
/// <param name="SourceMember">The member of the nested <c>Sources</c> class of who states it; null for the article's own statement or an undeclared source.</param>
/// <param name="IsOwn">True when the article states it in its own voice (<c>{own …}</c>).</param>
/// <param name="Value">The figure as written (<c>80</c>, <c>&gt;12</c>), trimmed; null when the tag gives no <c>value</c>.</param>
/// <param name="Line">One-based line of the claim's opening bracket or the quotation's opening mark.</param>
/// <param name="Column">One-based column (UTF-16 code units) of the same.</param>
internal sealed record FigureInfo(
    string Text,
    string? SourceMember,
    bool IsOwn,
    string? Value,
    int Line,
    int Column);
