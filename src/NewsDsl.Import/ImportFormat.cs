namespace NewsDsl.Import;

/// <summary>The kinds of copy the importer reads.</summary>
public enum ImportFormat
{
    PlainText,
    Markdown,
    Html,
}
