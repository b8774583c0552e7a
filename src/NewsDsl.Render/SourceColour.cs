namespace NewsDsl.Render;

/// <summary>A source's pair of colours: a tint behind its words and an ink for its border and badge.</summary>
internal readonly record struct SourceColour(Rgb Tint, Rgb Ink);
