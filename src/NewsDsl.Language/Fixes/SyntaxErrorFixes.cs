namespace NewsDsl.Language.Fixes;

/// <summary>
/// NEWS004, for the two errors with one right answer: white space between a closing mark and its tag
/// (remove it) and an attribute value without quotes (quote it). The others (a wrong id, an unknown
/// attribute…) need the writer.
/// </summary>
internal static class SyntaxErrorFixes
{
    public static void Add(FixContext context)
    {
        var content = context.Content;
        var span = context.Span;
        if (span.Length == 0 || span.End > content.Length)
        {
            return;
        }

        if (IsSpaceBeforeTag(content, span))
        {
            // Removing a line break joins two lines: a tag left open on the first would then run into the second.
            if (!(context.HasOpenBraceBefore(span.Start) && HasLineBreak(content, span)))
            {
                context.Add("Remove the space before the tag", NewsTextEdit.Delete(span), isSafe: true, "NEWS004.remove-space-before-tag");
            }

            return;
        }

        if (span.Start > 0 && content[span.Start - 1] == '=' && content[span.Start] != '"' && !char.IsWhiteSpace(content[span.Start]))
        {
            var value = content.Substring(span.Start, span.Length);
            var quoted = "\"" + NewsSyntaxFacts.EscapeAttributeValue(value) + "\"";

            // Safe only when the value is plainly one token: what follows is the end of the line, the end
            // of the tag, or the next name="…". "name=Mohammad Javad Zarif" could be meant whole: the writer decides.
            var safe = value.IndexOf('"') < 0 && value.IndexOf('\\') < 0 && EndsCleanly(content, span.End);
            context.Add($"Put the value in double quotes: {quoted}", NewsTextEdit.Replace(span, quoted), safe, "NEWS004.quote-value");
        }
    }

    /// <summary>The parser's "a space separates this tag from the closing mark": only white space, with a tag right after.</summary>
    private static bool IsSpaceBeforeTag(string content, Text.TextSpan span)
    {
        if (span.End >= content.Length || content[span.End] != '{')
        {
            return false;
        }

        for (var i = span.Start; i < span.End; i++)
        {
            if (!char.IsWhiteSpace(content[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasLineBreak(string content, Text.TextSpan span) =>
        content.IndexOf('\n', span.Start, span.Length) >= 0 || content.IndexOf('\r', span.Start, span.Length) >= 0;

    private static bool EndsCleanly(string content, int position)
    {
        while (position < content.Length && content[position] is ' ' or '\t')
        {
            position++;
        }

        if (position >= content.Length || content[position] is '\r' or '\n' or '}')
        {
            return true;
        }

        var nameStart = position;
        while (position < content.Length && (char.IsLetter(content[position]) || content[position] is '-' or '_'))
        {
            position++;
        }

        return position > nameStart && position < content.Length && content[position] == '=';
    }
}
