using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using NewsDsl.Language.Semantics;

namespace NewsDsl.Evaluation;

/// <summary>What a declared source counts as: its forms that name it, and why it is not a proper name (if it is not).</summary>
internal static class Declarations
{
    private static readonly HashSet<string> s_notANameStart = new(SpeakerNames.FunctionWords.Concat(Words.Set(@"but and or nor so yet when while whereas if though although because since
after before until once as even already also still then now just only seeming seemingly however meanwhile
instead perhaps maybe indeed later earlier today yesterday tomorrow here there asked said says according
one two three four five six seven eight nine ten eleven twelve twenty hundred thousand first second third last
next many several few both no not never always often more less")));

    private static readonly HashSet<string> s_cutOff = Words.Set("of for to at in on and the with from by");
    private static readonly Regex s_word = new("[A-Za-z][A-Za-z'’.-]*", RegexOptions.CultureInvariant);

    /// <summary>The name and the aka forms that are forms of that name (sharing a name word, its acronym, or naming nobody).</summary>
    public static List<string> Forms(SourceSymbol? source)
    {
        if (source is null)
        {
            return new List<string>();
        }

        var name = source.Name;
        var own = SpeakerNames.NameWords(name);
        var forms = new List<string> { name };
        foreach (var aka in source.Aliases.Select(Words.Strip))
        {
            var words = SpeakerNames.NameWords(aka);
            var capitals = SpeakerNames.Capitals(aka);
            if (own.Count == 0 || words.Count == 0 || words.Overlaps(own) || capitals == SpeakerNames.Initials(name) || capitals.Length == 0
                || SpeakerNames.Initials(aka) == SpeakerNames.Capitals(name))
            {
                forms.Add(aka);
            }
        }

        return forms.Where(f => Words.Strip(f).Length > 0).ToList();
    }

    /// <summary>Why a declared source is not a proper name, title and aka list; null when it is.</summary>
    public static string? Bogus(SourceSymbol source, string text)
    {
        var title = source.Title ?? "";
        var values = new List<(string Label, string Value)> { ("name", source.Name), ("title", title) };
        values.AddRange(source.Aliases.Select(a => ("aka", Words.Strip(a))));
        foreach (var (label, value) in values)
        {
            var w = Of(value);
            if (w.Count > 0 && s_notANameStart.Contains(w[0].ToLowerInvariant().TrimEnd('.'))
                && !(label == "title" && w[0].ToLowerInvariant() is "the" or "a" or "an" && w.Count > 1))
            {
                return $"{label} '{value}' begins with '{w[0]}'";
            }
        }

        var tw = Of(title);
        if (tw.Count > 0 && s_cutOff.Contains(tw[tw.Count - 1].ToLowerInvariant()))
        {
            return $"title '{title}' is cut off";
        }

        var nw = Of(source.Name);
        if (nw.Count == 1 && source.Kind is SourceKind.Person or SourceKind.Group or SourceKind.Organization
            && Regex.IsMatch(text, @"\b" + Regex.Escape(nw[0].ToLowerInvariant()) + @"\b"))
        {
            return $"one-word name '{source.Name}' is also a common word in the article";
        }

        return null;
    }

    private static List<string> Of(string s) => s_word.Matches(s).Select(m => m.Value).ToList();
}
