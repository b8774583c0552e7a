using System;
using System.Globalization;

namespace NewsDsl.LanguageServer.Transport;

/// <summary>Reads the header part of an LSP base-protocol frame.</summary>
internal static class FrameHeader
{
    /// <summary>The largest message accepted (a 1 MB article is about 1-6 MB as JSON).</summary>
    public const int MaxContentLength = 64 * 1024 * 1024;

    /// <summary>
    /// The Content-Length of a header block (lines separated by CRLF, without the closing blank line);
    /// null when it is missing, repeated with different values, not a number, negative or too large,
    /// or when a line is not <c>name: value</c>.
    /// </summary>
    public static int? ParseContentLength(string header)
    {
        int? length = null;
        foreach (var line in header.Split("\r\n"))
        {
            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                return null;
            }

            var name = line.Substring(0, colon).Trim();
            var value = line.Substring(colon + 1).Trim();
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed > MaxContentLength || (length is { } earlier && earlier != parsed))
                {
                    return null;
                }

                length = parsed;
            }
        }

        return length;
    }
}
