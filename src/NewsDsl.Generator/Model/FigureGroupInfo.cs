namespace NewsDsl.Generator.Model;

/// <summary>Every figure the article gives about one thing, in document order.</summary>
/// <param name="About">What the figures are about, as first written (<c>casualties</c>).</param>
/// <param name="Figures">The figures, in document order.</param>
/// <param name="IsConsistent">Whether no two figures contradict each other, as the language core decides it at generation time.</param>
internal sealed record FigureGroupInfo(
    string About,
    EquatableArray<FigureInfo> Figures,
    bool IsConsistent);
