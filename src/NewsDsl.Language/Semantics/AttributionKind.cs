namespace NewsDsl.Language.Semantics;

/// <summary>How a quotation got (or did not get) its attribution.</summary>
public enum AttributionKind
{
    /// <summary>No tag and nothing enclosing it that is attributed.</summary>
    None,

    /// <summary>Its own <c>{@source}</c> tag.</summary>
    Tagged,

    /// <summary>Nested in a quotation or inside an attributed span: it takes their source.</summary>
    Inherited,

    /// <summary><c>{title}</c>: nobody's words.</summary>
    Title,

    /// <summary><c>{term}</c>: nobody's words.</summary>
    Term,
}
