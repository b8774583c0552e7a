namespace NewsDsl.Import;

/// <summary>What went into a draft: its input's structure and how many quotations, tags and sources it has.</summary>
public sealed class ImportSummary
{
    public ImportSummary(ImportedDocument document, int quotations, int suggested, int sources)
    {
        Document = document;
        Quotations = quotations;
        Suggested = suggested;
        Sources = sources;
    }

    public ImportedDocument Document { get; }

    /// <summary>How many quotations the draft has (outer ones).</summary>
    public int Quotations { get; }

    /// <summary>How many of them carry a suggested <c>{@id?}</c> tag.</summary>
    public int Suggested { get; }

    /// <summary>How many sources the draft declares.</summary>
    public int Sources { get; }
}
