using System.Text;
using System.Text.RegularExpressions;

namespace NewsDsl.Evaluation;

/// <summary>Quotation marks as the gold and the drafts are compared: where a mark opens, and quotation text folded loosely.</summary>
internal static class QuoteMarks
{
    private static readonly Regex s_goldEnd = new("”|\"|''|“|»|\n", RegexOptions.CultureInvariant);
    private static readonly Regex s_escape = new(@"\\([\\\[\]{}])", RegexOptions.CultureInvariant);
    private static readonly Regex s_dash = new(@"\s*(?:[—–]|--)\s*", RegexOptions.CultureInvariant);
    private static readonly Regex s_space = new(@"\s+", RegexOptions.CultureInvariant);

    /// <summary>How many characters of a gold quotation's start find it in a draft.</summary>
    public const int KeyCharacters = 25;

    /// <summary>A curly or guillemet opener always opens; a straight one only after a space, a line start, an opening bracket, a dash or a colon.</summary>
    private static bool OpeningPosition(string text, int i) =>
        text[i] is not ('"' or '\'') || i == 0 || " \t\n([{—–-:".IndexOf(text[i - 1]) >= 0;

    /// <summary>The length of a double opening mark at <paramref name="j"/> (“ „ « " and the wire forms `` ''), else 0.</summary>
    public static int OpenerAt(string text, int j)
    {
        if (j + 1 < text.Length && text[j] == '`' && text[j + 1] == '`')
        {
            return 2;
        }

        if (j + 1 < text.Length && text[j] == '\'' && text[j + 1] == '\'')
        {
            return OpeningPosition(text, j) ? 2 : 0;
        }

        if (j >= text.Length)
        {
            return 0;
        }

        return text[j] is '“' or '„' or '«' ? 1 : text[j] == '"' && OpeningPosition(text, j) ? 1 : 0;
    }

    /// <summary>Quotation text compared loosely: quotation marks folded, dashes, ellipses, escapes and spacing evened out.</summary>
    public static string Normalize(string s)
    {
        s = s.Replace("``", "\"").Replace("''", "\"");
        var builder = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            builder.Append(c switch
            {
                '“' or '”' or '„' or '‟' or '«' or '»' or '″' => '"',
                '‘' or '’' or '‚' or '‛' or '′' => '\'',
                _ => c,
            });
        }

        s = s_escape.Replace(builder.ToString(), "$1").Replace("…", "...");
        s = s_dash.Replace(s, " - ");
        return Words.Strip(s_space.Replace(s, " "));
    }

    /// <summary>The first characters of a gold quotation after its opening mark, up to its closing mark.</summary>
    public static string GoldKey(string text, GoldUnit unit)
    {
        var from = unit.Offset + unit.MarkLength;
        var rest = text.Substring(from, System.Math.Min(600, text.Length - from));
        var end = s_goldEnd.Match(rest);
        var key = Normalize(end.Success ? rest.Substring(0, end.Index) : rest);
        return Words.Strip(key.Length > KeyCharacters ? key.Substring(0, KeyCharacters) : key);
    }
}
