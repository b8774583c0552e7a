namespace NewsDsl.Language.Syntax;

/// <summary>What a tag says about the text before it.</summary>
public enum TagKind
{
    /// <summary><c>{@id …}</c>: the words or claim of a declared source.</summary>
    Source,

    /// <summary><c>{title}</c>: a title (of a book, a slogan, a heading), nobody's words.</summary>
    Title,

    /// <summary><c>{term}</c>: a term or scare quote, nobody's words.</summary>
    Term,

    /// <summary><c>{own about="…" value="…"}</c>: the article's own statement (of a figure), nobody else's.</summary>
    Own,

    /// <summary>Malformed; a syntax error was reported and the tag attributes nothing.</summary>
    Invalid,
}
