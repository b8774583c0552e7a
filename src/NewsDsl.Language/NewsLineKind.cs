namespace NewsDsl.Language;

/// <summary>What a body line is (contract §1); see <see cref="NewsSyntaxFacts.ClassifyLine(string)"/>.</summary>
public enum NewsLineKind
{
    /// <summary>Only spaces and tabs, or nothing: separates paragraphs.</summary>
    Blank,

    /// <summary><c>%%</c>: an editor's note, not part of the article (suppression comments are notes too).</summary>
    EditorsNote,

    /// <summary><c># </c> or <c>## </c>: a heading.</summary>
    Heading,

    /// <summary><c>@source </c>: a source declaration.</summary>
    SourceDeclaration,

    /// <summary>Everything else: prose.</summary>
    Prose,
}
