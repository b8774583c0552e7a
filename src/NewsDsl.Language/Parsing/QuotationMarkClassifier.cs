using NewsDsl.Language.Syntax;

namespace NewsDsl.Language.Parsing;

/// <summary>
/// Decides what one quotation mark does, from the mark, the characters on either side and the
/// opening mark of the innermost open quotation of its family. A pure function of those inputs:
/// no parser state, so every rule can be tested from a table.
/// </summary>
internal static class QuotationMarkClassifier
{
    /// <summary>Which family a mark pairs within (each mark belongs to exactly one).</summary>
    public static QuotationMarkFamily FamilyOf(char mark) => mark switch
    {
        '\u2018' or '\u2019' or '\'' or '\u201A' => QuotationMarkFamily.Single,
        '\u00AB' or '\u00BB' => QuotationMarkFamily.Guillemet,
        '\u2039' or '\u203A' => QuotationMarkFamily.SingleGuillemet,
        _ => QuotationMarkFamily.Double,
    };

    /// <summary>
    /// The role of <paramref name="mark"/>, given the characters before and after it ('\0' at the
    /// start or end of the paragraph) and <paramref name="innermost"/>: the opening mark of the
    /// innermost open quotation of the mark's family, '\0' when none is open.
    /// </summary>
    public static MarkRole Classify(char mark, char previous, char next, char innermost)
    {
        switch (mark)
        {
            case '\u201C': // “ opens, or closes a German „
                return innermost == '\u201E' ? MarkRole.Close : MarkRole.Open;
            case '\u201D': // ” closes; opens only Swedish-style at a word start
                if (innermost != '\0')
                {
                    return MarkRole.Close;
                }

                return CharacterClasses.IsOpeningContext(previous) && !CharacterClasses.IsSpaceOrNone(next) ? MarkRole.Open : MarkRole.Text;
            case '\u201E': // „
                return CharacterClasses.IsSpaceOrNone(next) ? MarkRole.Text : MarkRole.Open;
            case '"':
                return StraightDouble(previous, next, innermost != '\0');
            case '\u2018': // ‘ opens, or closes a German ‚
                if (innermost == '\u201A')
                {
                    return MarkRole.Close;
                }

                // ‘90s: a wrongly turned elision, not a quotation.
                return CharacterClasses.IsOpeningContext(previous) && next >= '0' && next <= '9' ? MarkRole.Text : MarkRole.Open;
            case '\u2019': // ’ closes or is an apostrophe; it never opens
                return SingleCloserOrApostrophe(previous, next, innermost != '\0');
            case '\'':
                return StraightSingle(previous, next, innermost != '\0');
            case '\u201A': // ‚ looks like a comma: an opener only where a quotation can start
                return CharacterClasses.IsOpeningContext(previous) && !CharacterClasses.IsSpaceOrNone(next) ? MarkRole.Open : MarkRole.Text;
            case '\u00AB': // «
                return OpeningGuillemet('\u00BB', previous, next, innermost);
            case '\u00BB': // »
                return ClosingGuillemet('\u00AB', previous, next, innermost);
            case '\u2039': // ‹
                return OpeningGuillemet('\u203A', previous, next, innermost);
            case '\u203A': // ›
                return ClosingGuillemet('\u2039', previous, next, innermost);
            default:
                return MarkRole.Text;
        }
    }

    /// <summary>
    /// Wire copy (contract 8.1): <c>''</c> (<paramref name="mark"/> '\'') is a straight double mark,
    /// decided like <c>"</c>; <c>``</c> ('`') only ever opens, where text follows it.
    /// </summary>
    public static MarkRole ClassifyDoubled(char mark, char previous, char next, char innermostDouble) =>
        mark == '`'
            ? (CharacterClasses.IsSpaceOrNone(next) ? MarkRole.Text : MarkRole.Open)
            : StraightDouble(previous, next, innermostDouble != '\0');

    // « opens, unless it closes a German »…« quotation. It is no opener where nothing follows it, nor
    // between a word and a space ("Wort« weiter"), where no convention opens a quotation; French
    // « Bonjour », with its space after, does open.
    private static MarkRole OpeningGuillemet(char reversedOpener, char previous, char next, char innermost)
    {
        if (innermost == reversedOpener)
        {
            return MarkRole.Close;
        }

        return CharacterClasses.IsSpaceOrNone(next) && (next == '\0' || !CharacterClasses.IsOpeningContext(previous)) ? MarkRole.Text : MarkRole.Open;
    }

    // » closes a «, or opens German-style where a quotation can start (»Das…«); a stray one after a word is text.
    private static MarkRole ClosingGuillemet(char opener, char previous, char next, char innermost)
    {
        if (innermost == opener)
        {
            return MarkRole.Close;
        }

        return innermost == '\0' && CharacterClasses.IsOpeningContext(previous) && !CharacterClasses.IsSpaceOrNone(next) ? MarkRole.Open : MarkRole.Text;
    }

    // Straight double quotes have no direction: decide by what flanks them.
    private static MarkRole StraightDouble(char previous, char next, bool open)
    {
        // A tag follows only a closing mark ('…'"{@id}, where the single mark before looks like an opening context).
        if (open && next == '{')
        {
            return MarkRole.Close;
        }

        var opening = CharacterClasses.IsOpeningContext(previous);
        var beforeSpace = CharacterClasses.IsSpaceOrNone(next);
        if (!opening && (beforeSpace || !CharacterClasses.IsWordChar(next)))
        {
            return open ? MarkRole.Close : MarkRole.Text;
        }

        if (opening && !beforeSpace)
        {
            return MarkRole.Open;
        }

        if (opening && beforeSpace)
        {
            return open && !CharacterClasses.IsSpaceOrNone(previous) ? MarkRole.Close : MarkRole.Text;
        }

        return open ? MarkRole.Close : MarkRole.Open;
    }

    private static MarkRole StraightSingle(char previous, char next, bool open)
    {
        if (CharacterClasses.IsWordChar(previous) || !CharacterClasses.IsOpeningContext(previous))
        {
            return SingleCloserOrApostrophe(previous, next, open);
        }

        // After a space: an opener, unless it elides digits ('90s).
        if (CharacterClasses.IsSpaceOrNone(next) || (next >= '0' && next <= '9'))
        {
            return MarkRole.Text;
        }

        return MarkRole.Open;
    }

    private static MarkRole SingleCloserOrApostrophe(char previous, char next, bool open)
    {
        // Inside a word (Iran’s, don't, Sha’abi) it is always an apostrophe.
        if (CharacterClasses.IsWordChar(previous) && CharacterClasses.IsWordChar(next))
        {
            return MarkRole.Text;
        }

        // After a word or punctuation it closes an open single quotation, else it is an apostrophe (the allies’ bases).
        return !CharacterClasses.IsSpaceOrNone(previous) && open ? MarkRole.Close : MarkRole.Text;
    }
}
