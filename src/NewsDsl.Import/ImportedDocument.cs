using System.Collections.Generic;

namespace NewsDsl.Import;

/// <summary>What a reader found in the input: headline, publication date, notes (metadata lines kept as editor's notes) and body blocks.</summary>
public sealed class ImportedDocument
{
    public ImportedDocument(string? headline, string? published, IReadOnlyList<string> notes, IReadOnlyList<ImportedBlock> blocks)
    {
        Headline = headline;
        Published = published;
        Notes = notes;
        Blocks = blocks;
    }

    public string? Headline { get; }

    /// <summary>ISO 8601 (with offset) or a plain date, when the input states one.</summary>
    public string? Published { get; }

    /// <summary>Lines of the input that are neither headline nor body (such as <c>News ID: 264060</c>).</summary>
    public IReadOnlyList<string> Notes { get; }

    public IReadOnlyList<ImportedBlock> Blocks { get; }
}
