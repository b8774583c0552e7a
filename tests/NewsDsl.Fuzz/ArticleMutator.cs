namespace NewsDsl.Fuzz;

/// <summary>
/// Byte-level edits of article text, chosen to hit what breaks parsers: cuts and duplications that
/// unbalance marks, swaps, stray markup characters, lone surrogates, NUL and deep nesting.
/// </summary>
public static class ArticleMutator
{
    private static readonly string[] s_splices =
    {
        "“", "”", "\"", "‘", "’", "'", "«", "»", "„", "[", "]", "{", "}", "\\", "{@", "{@zarif}", "]{@x}", "{title}", "{own value=\"1\"}",
        "\n", "\r\n", "\r", "\n\n", "\n---\n", "\n@source ", "\n# ", "%%", "\u202E", "\u200B", "\uFEFF", "\0", "\uD800", "\uDFFF", "\u2028",
        "*/", "\"\"\"", "</summary>", "@", "=", " name=\"", "😀",
    };

    public static string Mutate(string text, Random random)
    {
        var kind = random.Next(8);
        if (text.Length == 0)
        {
            return s_splices[random.Next(s_splices.Length)];
        }

        var i = random.Next(text.Length);
        var j = random.Next(text.Length);
        var (low, high) = i <= j ? (i, j) : (j, i);
        var length = Math.Min(high - low, 400);
        switch (kind)
        {
            case 0:
                return text.Remove(low, length);
            case 1:
                return text.Insert(high, text.Substring(low, length));
            case 2:
                var chars = text.ToCharArray();
                (chars[i], chars[j]) = (chars[j], chars[i]);
                return new string(chars);
            case 3:
                return text.Insert(i, ((char)random.Next(0, 0x10000)).ToString());
            case 4:
                return text.Insert(i, s_splices[random.Next(s_splices.Length)]);
            case 5:
                return text.Insert(i, new string(random.Next(2) == 0 ? '[' : '“', random.Next(1, 2000)));
            case 6:
                return text.Substring(0, i) + text.Substring(j);
            default:
                return text.Insert(i, random.Next(2) == 0 ? "\uD800" : "\0");
        }
    }
}
