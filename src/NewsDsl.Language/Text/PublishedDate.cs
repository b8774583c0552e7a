using System;
using System.Globalization;

namespace NewsDsl.Language.Text;

/// <summary>
/// The <c>published</c> value's forms: ISO 8601 with an explicit offset or <c>Z</c>, or a plain date
/// (contract 8.1). Here, below both the parser (which reports a bad value) and the binder (which
/// keeps the value), so neither depends on the other for it.
/// </summary>
internal static class PublishedDate
{
    private static readonly string[] s_formats =
    {
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd HH:mm:ssK",
        "yyyy-MM-dd HH:mmK",
    };

    /// <summary>
    /// A date with a time needs an offset (a time without one is ambiguous and refused); a plain date
    /// names a day, not an instant, and is read as that day's midnight at offset zero.
    /// </summary>
    public static bool TryParse(string value, out DateTimeOffset published)
    {
        published = default;
        var trimmed = value.Trim();
        if (trimmed.Length == 0)
        {
            return false;
        }

        if (trimmed.Length == 10)
        {
            if (DateTime.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                published = new DateTimeOffset(date.Year, date.Month, date.Day, 0, 0, 0, TimeSpan.Zero);
                return true;
            }

            return false;
        }

        var last = trimmed[trimmed.Length - 1];
        var hasOffset = last == 'Z' || last == 'z' || (trimmed.Length > 6 && (trimmed[trimmed.Length - 6] == '+' || trimmed[trimmed.Length - 6] == '-') && trimmed[trimmed.Length - 3] == ':');
        return hasOffset && DateTimeOffset.TryParseExact(trimmed, s_formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out published);
    }
}
