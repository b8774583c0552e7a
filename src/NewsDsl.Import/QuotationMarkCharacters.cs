namespace NewsDsl.Import;

/// <summary>
/// The characters the language core can read as quotation marks in prose (contract section 3 and
/// docs/design-notes.md: straight, curly, low and guillemet marks, and the backtick of wire copy),
/// every one of which a backslash makes literal. The core keeps its own copy internal
/// (<c>CharacterClasses.IsInlineMarkup</c>); switch to its public syntax facts once they land.
/// </summary>
internal static class QuotationMarkCharacters
{
    public static bool Contains(char c) =>
        c is '"' or '\'' or '`' or '\u00AB' or '\u00BB' or '\u2039' or '\u203A' || (c >= '\u2018' && c <= '\u201E' && c != '\u201B');
}
