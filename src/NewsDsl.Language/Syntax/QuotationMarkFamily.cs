namespace NewsDsl.Language.Syntax;

/// <summary>Which marks pair with which: a closing mark closes the innermost open quotation of its family.</summary>
public enum QuotationMarkFamily
{
    /// <summary><c>“…”</c>, <c>"…"</c>, <c>„…“</c>.</summary>
    Double,

    /// <summary><c>‘…’</c>, <c>'…'</c>, <c>‚…‘</c>.</summary>
    Single,

    /// <summary><c>«…»</c> and <c>»…«</c>.</summary>
    Guillemet,

    /// <summary><c>‹…›</c> and <c>›…‹</c>.</summary>
    SingleGuillemet,
}
