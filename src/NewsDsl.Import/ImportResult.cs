namespace NewsDsl.Import;

/// <summary>A draft and what went into it.</summary>
public sealed class ImportResult
{
    public ImportResult(string draft, ImportedDocument document, int quotations, int suggested, int sources)
    {
        Draft = draft;
        Document = document;
        Quotations = quotations;
        Suggested = suggested;
        Sources = sources;
    }

    /// <summary>The <c>.news</c> text.</summary>
    public string Draft { get; }

    public ImportedDocument Document { get; }

    /// <summary>How many quotations the draft has (outer ones).</summary>
    public int Quotations { get; }

    /// <summary>How many of them carry a suggested <c>{@id?}</c> tag.</summary>
    public int Suggested { get; }

    /// <summary>How many sources the draft declares.</summary>
    public int Sources { get; }
}
