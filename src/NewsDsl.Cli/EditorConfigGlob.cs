using System;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsDsl.Cli;

/// <summary>
/// An .editorconfig section header as a matcher, following the EditorConfig globbing rules the
/// compiler uses: a glob without '/' matches a file name in any folder below the .editorconfig; with
/// '/' it is relative to that folder. <c>*</c> stops at '/', <c>**</c> does not, <c>?</c> is one
/// character, and <c>[…]</c>, <c>{a,b}</c> and <c>{1..9}</c> work as in the specification.
/// </summary>
internal sealed class EditorConfigGlob
{
    private readonly Regex _regex;

    private EditorConfigGlob(Regex regex)
    {
        _regex = regex;
    }

    /// <summary>Matches a path relative to the .editorconfig's folder, with '/' separators.</summary>
    public bool IsMatch(string relativePath) => _regex.IsMatch(relativePath);

    public static EditorConfigGlob Parse(string section)
    {
        var glob = section.Trim();
        var pattern = new StringBuilder("^");
        if (glob.Contains('/'))
        {
            glob = glob.TrimStart('/');
        }
        else
        {
            pattern.Append("(?:.*/)?");
        }

        Translate(glob, pattern);
        pattern.Append('$');
        return new EditorConfigGlob(new Regex(pattern.ToString(), RegexOptions.CultureInvariant));
    }

    private static void Translate(string glob, StringBuilder pattern)
    {
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            switch (c)
            {
                case '*' when i + 1 < glob.Length && glob[i + 1] == '*':
                    pattern.Append(".*");
                    i++;
                    break;
                case '*':
                    pattern.Append("[^/]*");
                    break;
                case '?':
                    pattern.Append("[^/]");
                    break;
                case '[':
                    var close = glob.IndexOf(']', i + 1);
                    if (close < 0)
                    {
                        pattern.Append("\\[");
                        break;
                    }

                    var set = glob.Substring(i + 1, close - i - 1);
                    pattern.Append('[').Append(set.StartsWith('!') ? "^" + Regex.Escape(set.Substring(1)) : Regex.Escape(set)).Append(']');
                    i = close;
                    break;
                case '{':
                    var end = glob.IndexOf('}', i + 1);
                    if (end < 0)
                    {
                        pattern.Append("\\{");
                        break;
                    }

                    var body = glob.Substring(i + 1, end - i - 1);
                    AppendAlternatives(body, pattern);
                    i = end;
                    break;
                case '\\' when i + 1 < glob.Length:
                    pattern.Append(Regex.Escape(glob[++i].ToString()));
                    break;
                default:
                    pattern.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }
    }

    private static void AppendAlternatives(string body, StringBuilder pattern)
    {
        var range = body.Split("..");
        if (range.Length == 2 && int.TryParse(range[0], out var from) && int.TryParse(range[1], out var to))
        {
            // {1..3}: any integer in the range; checked by alternation, ranges in section names are short.
            pattern.Append("(?:");
            for (var n = Math.Min(from, to); n <= Math.Max(from, to) && n - Math.Min(from, to) < 1000; n++)
            {
                pattern.Append(n == Math.Min(from, to) ? string.Empty : "|").Append(n);
            }

            pattern.Append(')');
            return;
        }

        pattern.Append("(?:");
        var first = true;
        foreach (var alternative in body.Split(','))
        {
            pattern.Append(first ? string.Empty : "|");
            Translate(alternative, pattern);
            first = false;
        }

        pattern.Append(')');
    }
}
