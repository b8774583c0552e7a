using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsDsl.Import;

/// <summary>Reads the publication dates pages state (<c>0555 GMT January 08, 2020</c>, ISO 8601, <c>8 January 2020</c>) as ISO 8601.</summary>
internal static class DateReader
{
    private static readonly Regex s_wire = new(@"^(?<h>\d{2}):?(?<m>\d{2})\s*(GMT|UTC)\s+(?<date>.+)$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly string[] s_dateFormats = { "MMMM dd, yyyy", "MMMM d, yyyy", "d MMMM yyyy", "dd MMMM yyyy", "MMM d, yyyy", "MMM dd, yyyy", "yyyy-MM-dd" };

    public static string? Read(string text)
    {
        text = text.Trim();
        var wire = s_wire.Match(text);
        if (wire.Success && TryDate(wire.Groups["date"].Value, out var day))
        {
            var time = new DateTimeOffset(day.Year, day.Month, day.Day, int.Parse(wire.Groups["h"].Value, CultureInfo.InvariantCulture) % 24, int.Parse(wire.Groups["m"].Value, CultureInfo.InvariantCulture) % 60, 0, TimeSpan.Zero);
            return time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        }

        if (text.Length > 10 && text[4] == '-' && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var stamp) && HasOffset(text))
        {
            return stamp.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture).Replace("+00:00", "Z");
        }

        return TryDate(text, out var plain) ? plain.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
    }

    private static bool HasOffset(string text) => text.EndsWith("Z", StringComparison.Ordinal) || Regex.IsMatch(text, @"[+-]\d{2}:?\d{2}$", RegexOptions.None, TimeSpan.FromSeconds(1));

    private static bool TryDate(string text, out DateTime day) =>
        DateTime.TryParseExact(text.Trim(), s_dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
