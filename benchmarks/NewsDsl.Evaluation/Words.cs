using System;
using System.Collections.Generic;

namespace NewsDsl.Evaluation;

/// <summary>Small string helpers with the scorer's meaning of white space.</summary>
internal static class Words
{
    public static HashSet<string> Set(string words) =>
        new(words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    /// <summary>Trims white space at both ends (every Unicode space, as the scorer does).</summary>
    public static string Strip(string s) => s.Trim();

    /// <summary>The first white-space-separated token.</summary>
    public static string FirstToken(string s)
    {
        var parts = s.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0 ? "" : parts[0];
    }
}
