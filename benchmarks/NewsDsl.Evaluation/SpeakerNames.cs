using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace NewsDsl.Evaluation;

/// <summary>
/// Who a speaker is, in words: the content words that identify a named speaker, the head noun of a
/// description, and whether an annotated source names someone, is a pronoun or is a description.
/// </summary>
internal static class SpeakerNames
{
    public static readonly HashSet<string> Stop = Words.Set(@"the a an and but or nor of for to in on at by with from as into about after before during while
since than then also even just only not now still yet so if there here this that these those his her hers
their theirs its our my your he she they we it you him them us me who whom whose what when where why how
which one two three some many most both each every other another according said says few several
all any such own more
mr mrs ms miss mx dr sen senator rep representative congressman congresswoman gov governor lt president
vice secretary minister prime speaker chairman chairwoman chair chief director general gen attorney adviser
advisor spokesman spokeswoman spokesperson candidate nominee leader majority minority former sheriff officer
agent col sgt capt cmdr adm prof rev jr sr ambassador commissioner councilman councilwoman press deputy
acting assistant executive senior mayor judge pope first lady del democratic republican house news
monday tuesday wednesday thursday friday saturday sunday january february april june july august september
october november december");

    public static readonly HashSet<string> Pronouns = Words.Set("he she they it we i you him her them us me his its their one who whom which that this");
    public static readonly HashSet<string> Personal = Words.Set("he she i him her his me");
    public static readonly HashSet<string> FunctionWords = Words.Set(@"the a an and but or nor of for to in on at by with from as into about this that these those
his her their its our my your one two three some many most both each every other another all any such");

    private static readonly HashSet<string> s_notAName = Words.Set("who whom whose which that where when said says according");
    private static readonly Regex s_token = new("[A-Za-z][A-Za-z'’]*", RegexOptions.CultureInvariant);
    private static readonly Regex s_possessive = new("['’]s?$", RegexOptions.CultureInvariant);
    private static readonly Regex s_parenthesis = new(@"\([^)]*\)?", RegexOptions.CultureInvariant);
    private static readonly Regex s_headSplit = new(@"\s(?:of|for|on|at|in|from|with|to|who|that|which)\s", RegexOptions.CultureInvariant);
    private static readonly Regex s_phraseSplit = new(@"\s(?:of|for|on|at|in|from|with|to|who|that|which|like|including)\s", RegexOptions.CultureInvariant);
    private static readonly Regex s_word = new("[A-Za-z][A-Za-z'’-]*", RegexOptions.CultureInvariant);

    public static List<string> Tokens(string s) =>
        s_token.Matches(s.Replace("-", " ").Replace("’", "'")).Select(m => m.Value).ToList();

    public static List<string> WordsOf(string s) => s_word.Matches(s).Select(m => m.Value).ToList();

    public static string WithoutParentheses(string s) => s_parenthesis.Replace(s, " ");

    public static string FirstPart(string s) => WithoutParentheses(s.Split(',')[0]);

    private static bool IsUpperStart(string s) => s.Length > 0 && char.IsAsciiLetterUpper(s[0]);

    private static HashSet<string> Content(IEnumerable<string> tokens)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in tokens)
        {
            var token = s_possessive.Replace(raw, "");
            if (IsUpperStart(token) && token.Length >= 3 && !Stop.Contains(token.ToLowerInvariant()))
            {
                result.Add(token.ToLowerInvariant());
            }
        }

        return result;
    }

    /// <summary>Capitalised tokens of three letters or more that are not stopwords, titles or honorifics; lower case.</summary>
    public static HashSet<string> ContentWords(string s) => Content(Tokens(s));

    /// <summary>Drops a possessive name and the capitalised run before it: "Donald Trump’s son" → son.</summary>
    private static List<string> WithoutPossessors(List<string> tokens)
    {
        var result = new List<string>();
        foreach (var token in tokens)
        {
            if (IsUpperStart(token) && s_possessive.IsMatch(token) && token.Length > 2)
            {
                while (result.Count > 0 && IsUpperStart(result[result.Count - 1]))
                {
                    result.RemoveAt(result.Count - 1);
                }

                continue;
            }

            result.Add(token);
        }

        return result;
    }

    private static bool NameLike(string chunk)
    {
        var w = Tokens(chunk);
        return w.Count > 0 && w.Count <= 6 && !s_notAName.Contains(w[0].ToLowerInvariant()) && !FunctionWords.Contains(w[0].ToLowerInvariant())
            && Content(w).Count > 0 && w.Count(IsUpperStart) * 2 >= w.Count;
    }

    /// <summary>The name after the first comma when the part before it is only a description ("Another critic, Laurence H. Tribe"); else null.</summary>
    public static string? Appositive(string s)
    {
        var chunks = s.Split(',').Select(WithoutParentheses).ToList();
        if (chunks.Count > 1 && NameLike(chunks[1])
            && (Content(WithoutPossessors(Tokens(chunks[0]))).Count == 0 || !IsUpperStart(Head(chunks[0]))))
        {
            return chunks[1];
        }

        return null;
    }

    /// <summary>The content words that identify a speaker, from the text up to its first comma (possessors dropped, an appositive name taken).</summary>
    public static HashSet<string> NameWords(string s)
    {
        if (Appositive(s) is { } appositive)
        {
            return ContentWords(appositive);
        }

        var first = FirstPart(s);
        var words = Content(WithoutPossessors(Tokens(first)));
        return words.Count > 0 ? words : ContentWords(first);
    }

    /// <summary>The last word up to the first comma, parentheses and a trailing prepositional phrase dropped.</summary>
    public static string Head(string s)
    {
        var first = s_headSplit.Split(" " + FirstPart(s) + " ")[0];
        var w = WordsOf(first);
        return w.Count > 0 ? w[w.Count - 1] : "";
    }

    /// <summary>The singular head noun of a description ("officials" → official), or null.</summary>
    public static string? NominalHead(string s)
    {
        var h = s_possessive.Replace(Head(s), "").ToLowerInvariant();
        if (h.Length < 3 || Pronouns.Contains(h) || FunctionWords.Contains(h))
        {
            return null;
        }

        return h.EndsWith("ies", StringComparison.Ordinal) ? h.Substring(0, h.Length - 3) + "y"
            : h.EndsWith('s') && !h.EndsWith("ss", StringComparison.Ordinal) && h.Length > 3 ? h.Substring(0, h.Length - 1) : h;
    }

    /// <summary>"named", "pronoun" or "nominal" for an annotated source.</summary>
    public static string SourceClass(string text, string s)
    {
        if (Pronouns.Contains(Words.Strip(s).ToLowerInvariant()))
        {
            return "pronoun";
        }

        var appositive = Appositive(s);
        if (!IsUpperStart(Head(appositive ?? s)) || NameWords(s).Count == 0)
        {
            return "nominal";
        }

        var phrase = s_phraseSplit.Split(" " + WithoutParentheses(appositive ?? s.Split(',')[0]) + " ")[0];
        var words = Tokens(phrase);
        if (words.Count == 1 && Regex.IsMatch(text, @"\b" + Regex.Escape(words[0].ToLowerInvariant()) + @"\b"))
        {
            return "nominal";
        }

        return "named";
    }

    public static string Initials(string s) => string.Concat(WordsOf(s).Where(IsUpperStart).Select(w => w[0]));

    public static string Capitals(string s) => string.Concat(s.Where(char.IsAsciiLetterUpper));
}
