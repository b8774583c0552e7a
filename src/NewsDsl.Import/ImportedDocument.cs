using System.Collections.Generic;

namespace NewsDsl.Import;

/// <summary>What a reader found in the input: headline, publication date, notes (metadata lines kept as editor's notes) and body blocks.</summary>
public sealed class ImportedDocument
{
    public ImportedDocument(string? headline, string? published, IReadOnlyList<string> notes, IReadOnlyList<ImportedBlock> blocks)
        : this(headline, published, notes, blocks, 0, 0)
    {
    }

    public ImportedDocument(string? headline, string? published, IReadOnlyList<string> notes, IReadOnlyList<ImportedBlock> blocks, int removedInvisibleCharacters, int replacedSurrogates)
    {
        Headline = headline;
        Published = published;
        Notes = notes;
        Blocks = blocks;
        RemovedInvisibleCharacters = removedInvisibleCharacters;
        ReplacedSurrogates = replacedSurrogates;
    }

    public string? Headline { get; }

    /// <summary>ISO 8601 (with offset) or a plain date, when the input states one.</summary>
    public string? Published { get; }

    /// <summary>Lines of the input that are neither headline nor body (such as <c>News ID: 264060</c>).</summary>
    public IReadOnlyList<string> Notes { get; }

    public IReadOnlyList<ImportedBlock> Blocks { get; }

    /// <summary>Zero-width spaces, word joiners, stray U+FEFF and soft hyphens dropped from the copy (the draft's header note says how many).</summary>
    public int RemovedInvisibleCharacters { get; }

    /// <summary>Lone UTF-16 surrogates (which no UTF-8 file can hold) replaced with U+FFFD.</summary>
    public int ReplacedSurrogates { get; }
}
