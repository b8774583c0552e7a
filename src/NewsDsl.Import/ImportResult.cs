namespace NewsDsl.Import;

/// <summary>A draft and what went into it.</summary>
public sealed class ImportResult
{
    public ImportResult(string draft, ImportedDocument document, int quotations, int suggested, int sources)
        : this(draft, new ImportSummary(document, quotations, suggested, sources))
    {
    }

    public ImportResult(string draft, ImportSummary summary)
    {
        Draft = draft;
        Summary = summary;
    }

    /// <summary>The <c>.news</c> text.</summary>
    public string Draft { get; }

    public ImportSummary Summary { get; }

    public ImportedDocument Document => Summary.Document;

    /// <summary>How many quotations the draft has (outer ones).</summary>
    public int Quotations => Summary.Quotations;

    /// <summary>How many of them carry a suggested <c>{@id?}</c> tag.</summary>
    public int Suggested => Summary.Suggested;

    /// <summary>How many sources the draft declares.</summary>
    public int Sources => Summary.Sources;
}
