namespace NewsDsl.Import;

/// <summary>One paragraph or heading of the input, its text on one line with white space runs as single spaces.</summary>
public sealed record ImportedBlock(ImportedBlockKind Kind, string Text);
