using System;
using System.Collections.Generic;
using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Parsing;

/// <summary>
/// Reads <c>%% newsdsl-… ID[, ID] -- reason</c> out of an editor's note. Only a note whose first word
/// starts with <c>newsdsl-</c> is a directive; every other note stays a plain note. Nothing here
/// reports: what is wrong with a directive (NEWS009) is the rules' business.
/// </summary>
internal static class SuppressionDirectiveParser
{
    private const string Prefix = "newsdsl-";

    /// <summary>The directive in the note <c>[start, end)</c> (which starts with <c>%%</c>), or null for a plain note.</summary>
    public static SuppressionDirectiveSyntax? TryParse(string text, int start, int end)
    {
        var position = start + 2;
        SkipSpaces(text, ref position, end);
        if (end - position < Prefix.Length || string.CompareOrdinal(text, position, Prefix, 0, Prefix.Length) != 0)
        {
            return null;
        }

        var keywordStart = position;
        while (position < end && !CharacterClasses.IsSpaceOrNone(text[position]) && text[position] != ',')
        {
            position++;
        }

        var keywordSpan = TextSpan.FromBounds(keywordStart, position);
        var kind = KindOf(text.Substring(keywordStart, position - keywordStart));

        // The IDs end at a "--" that starts a word (an ID never contains one).
        var separator = FindSeparator(text, position, end);
        var idsEnd = separator < 0 ? end : separator;
        var ids = new List<DiagnosticIdSyntax>();
        while (true)
        {
            while (position < idsEnd && (CharacterClasses.IsHorizontalSpace(text[position]) || text[position] == ','))
            {
                position++;
            }

            if (position >= idsEnd)
            {
                break;
            }

            var idStart = position;
            while (position < idsEnd && !CharacterClasses.IsHorizontalSpace(text[position]) && text[position] != ',')
            {
                position++;
            }

            ids.Add(new DiagnosticIdSyntax(TextSpan.FromBounds(idStart, position), text.Substring(idStart, position - idStart)));
        }

        TextSpan? separatorSpan = null;
        TextSpan? reasonSpan = null;
        string? reason = null;
        if (separator >= 0)
        {
            separatorSpan = new TextSpan(separator, 2);
            var reasonStart = separator + 2;
            SkipSpaces(text, ref reasonStart, end);
            if (reasonStart < end)
            {
                reasonSpan = TextSpan.FromBounds(reasonStart, end);
                reason = text.Substring(reasonStart, end - reasonStart);
            }
        }

        return new SuppressionDirectiveSyntax(
            TextSpan.FromBounds(start, end),
            kind,
            keywordSpan,
            ids.Count == 0 ? Array.Empty<DiagnosticIdSyntax>() : ids.ToArray(),
            separatorSpan,
            reasonSpan,
            reason);
    }

    private static SuppressionDirectiveKind KindOf(string keyword) => keyword switch
    {
        "newsdsl-disable-next-line" => SuppressionDirectiveKind.DisableNextLine,
        "newsdsl-disable" => SuppressionDirectiveKind.Disable,
        "newsdsl-enable" => SuppressionDirectiveKind.Enable,
        _ => SuppressionDirectiveKind.Unknown,
    };

    private static int FindSeparator(string text, int position, int end)
    {
        for (var i = position; i + 1 < end; i++)
        {
            if (text[i] == '-' && text[i + 1] == '-' && (i == position || CharacterClasses.IsHorizontalSpace(text[i - 1])))
            {
                return i;
            }
        }

        return -1;
    }

    private static void SkipSpaces(string text, ref int position, int end)
    {
        while (position < end && CharacterClasses.IsHorizontalSpace(text[position]))
        {
            position++;
        }
    }
}
