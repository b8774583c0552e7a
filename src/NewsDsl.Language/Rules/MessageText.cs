using System.Text;

namespace NewsDsl.Language.Rules;

/// <summary>Short excerpts of article text for messages: one line, at most a few dozen characters.</summary>
internal static class MessageText
{
    public static string Excerpt(string text, int maxLength = 40)
    {
        var builder = new StringBuilder(maxLength + 1);
        foreach (var c in text)
        {
            if (builder.Length >= maxLength)
            {
                builder.Append('…');
                break;
            }

            builder.Append(c is '\n' or '\r' or '\t' ? ' ' : c);
        }

        return builder.ToString();
    }
}
