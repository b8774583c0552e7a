namespace NewsDsl.Import;

/// <summary>What an input block becomes in the draft.</summary>
public enum ImportedBlockKind
{
    Paragraph,
    Heading,
}
