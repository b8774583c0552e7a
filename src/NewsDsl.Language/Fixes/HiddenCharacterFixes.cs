using System.Globalization;

namespace NewsDsl.Language.Fixes;

/// <summary>
/// NEWS100: delete the hidden or bidirectional control character. Safe: the rule refuses these
/// characters anywhere, so deleting is the one repair, and the visible text does not change.
/// </summary>
internal static class HiddenCharacterFixes
{
    private const string HiddenCharacters = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200B\u200C\u200D\u2060\uFEFF";

    public static void Add(FixContext context)
    {
        var span = context.Span;
        if (span.Length != 1 || span.End > context.Content.Length || HiddenCharacters.IndexOf(context.Content[span.Start]) < 0)
        {
            return;
        }

        var code = ((int)context.Content[span.Start]).ToString("X4", CultureInfo.InvariantCulture);
        context.Add($"Remove the hidden character U+{code}", NewsTextEdit.Delete(span), isSafe: true, "NEWS100.remove-hidden-character");
    }
}
