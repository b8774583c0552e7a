using System.Globalization;

namespace NewsDsl.Language.Fixes;

/// <summary>
/// NEWS100: delete the hidden or bidirectional control character. Safe where it stands between
/// ordinary characters: the rule refuses these characters anywhere, so deleting is the one repair, and
/// the visible text does not change. Next to markup (a brace, a bracket, an at sign, a backslash, a
/// quotation mark) deleting it changes what the parser reads (<c>”​{unknown}</c> becomes a tag after a
/// closing mark): then it is offered for a person to review, and only when it adds no syntax error.
/// </summary>
internal static class HiddenCharacterFixes
{
    private const string HiddenCharacters = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200B\u200C\u200D\u2060\uFEFF";

    public static void Add(FixContext context)
    {
        var span = context.Span;
        var content = context.Content;
        if (span.Length != 1 || span.End > content.Length || HiddenCharacters.IndexOf(content[span.Start]) < 0)
        {
            return;
        }

        var edit = NewsTextEdit.Delete(span);
        // At the start of a line the character decides what the line is ("\uFEFF@source" is prose, "\uFEFF---" is no
        // fence); alone on a line it keeps the line from being blank: deleting it changes the blocks.
        var line = context.LineOf(span.Start);
        var safe = span.Start > context.LineStart(line)
            && !IsMarkup(content[span.Start - 1])
            && !(span.End < content.Length && IsMarkup(content[span.End]))
            && !context.IsBlankLine(line, except: span.Start);
        if (!safe && (context.SafeOnly || SyntaxErrorGuard.AddsSyntaxErrors(context, edit)))
        {
            return;
        }

        var code = ((int)content[span.Start]).ToString("X4", CultureInfo.InvariantCulture);
        context.Add($"Remove the hidden character U+{code}", edit, safe, "NEWS100.remove-hidden-character");
    }

    private static bool IsMarkup(char c) =>
        c is '{' or '}' or '@' or '[' or ']' or '\\' or '"' or '\'' or '`' or '\u2018' or '\u2019' or '\u201A' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' or '\u2039' or '\u203A';
}
