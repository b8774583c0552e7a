namespace NewsDsl.Language.Semantics;

/// <summary>The shape of a direct quotation, as an editor would classify it.</summary>
public enum QuotationKind
{
    /// <summary>A whole sentence or more: starts with a capital and ends with punctuation (“Iran took … self-defense,”).</summary>
    FullSentence,

    /// <summary>A few words woven into the writer's sentence (a “slap”).</summary>
    Partial,

    /// <summary>A quotation in a heading (‘Slap in the face’).</summary>
    Heading,
}
