using NewsDsl.Language.Semantics;

namespace NewsDsl.Import.Tests;

/// <summary>Whether two sources are the same speaker by the names they go by (ids differ between a draft and a hand-made markup).</summary>
internal static class SpeakerForms
{
    public static bool Same(SourceSymbol suggested, SourceSymbol gold)
    {
        var goldForms = Forms(gold);
        foreach (var form in Forms(suggested))
        {
            if (goldForms.Contains(form))
            {
                return true;
            }
        }

        // A person by surname: "Suhail al-Mazrouei" and "al-Mazrouei".
        return suggested.Kind == SourceKind.Person && gold.Kind == SourceKind.Person && LastWord(suggested.Name) == LastWord(gold.Name);
    }

    public static HashSet<string> Forms(SourceSymbol source)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal) { Normalize(source.Name) };
        foreach (var alias in source.Aliases)
        {
            forms.Add(Normalize(alias));
        }

        return forms;
    }

    private static string LastWord(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? string.Empty : Normalize(words[^1]);
    }

    public static string Normalize(string text)
    {
        var normalized = text.Trim().Replace('\u2019', '\'').ToLowerInvariant();
        return normalized.StartsWith("the ", StringComparison.Ordinal) ? normalized[4..] : normalized;
    }
}
