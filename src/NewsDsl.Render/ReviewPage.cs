using System;
using System.IO;
using System.Text;
using NewsDsl.Language;
using NewsDsl.Language.Text;

namespace NewsDsl.Render;

/// <summary>
/// The review page of one article (issue 12, contract 8.4): a self-contained HTML file that shows
/// the article as readers see it, whose words are whose, every finding at its place, the sources,
/// the figure groups and a summary. Article text is always written as text, never as markup.
/// </summary>
public static class ReviewPage
{
    // A page is ~5 characters per character of article: a buffer kept per thread spares each page a
    // large-object-heap allocation (and the full collections those bring) when many are rendered.
    private const int KeptBufferLimit = 1 << 20;

    // Room for one flush's worth (8K characters) plus the largest single piece written at once (the style sheet, the JSON-LD).
    private const int StreamBufferSize = 1 << 15;

    [ThreadStatic]
    private static StringBuilder? t_buffer;

    [ThreadStatic]
    private static StringBuilder? t_streamBuffer;

    /// <summary>Checks <paramref name="text"/> with <paramref name="options"/> (severities as configured) and renders the page.</summary>
    public static string Render(NewsText text, NewsCheckOptions? options = null)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        return Render(NewsChecker.Check(text, options));
    }

    /// <summary>Renders the page of an article already checked; its findings are shown with the severities they carry.</summary>
    public static string Render(NewsCheckResult result, string? displayPath = null)
    {
        var buffer = Build(result, displayPath);
        var page = buffer.ToString();
        Return(buffer);
        return page;
    }

    /// <summary>Writes the page of an article already checked to <paramref name="writer"/> (a file, standard output).</summary>
    public static void Write(NewsCheckResult result, TextWriter writer, string? displayPath = null)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        if (result is null)
        {
            throw new ArgumentNullException(nameof(result));
        }

        // Streamed through a small buffer (handed on every few kilobytes) rather than built whole and
        // copied: the page never occupies more memory than the cache holds, which keeps the next check fast.
        var buffer = t_streamBuffer ?? new StringBuilder(StreamBufferSize);
        t_streamBuffer = null;
        buffer.Clear();
        new ReviewPageWriter(result, buffer, displayPath, writer).Write();
        if (buffer.Capacity <= KeptBufferLimit)
        {
            t_streamBuffer = buffer;
        }
    }

    private static StringBuilder Build(NewsCheckResult result, string? displayPath)
    {
        if (result is null)
        {
            throw new ArgumentNullException(nameof(result));
        }

        var buffer = t_buffer ?? new StringBuilder(32768 + (result.Model.Text.Length * 5));
        t_buffer = null;
        buffer.Clear();
        new ReviewPageWriter(result, buffer, displayPath).Write();
        return buffer;
    }

    private static void Return(StringBuilder buffer)
    {
        if (buffer.Capacity <= KeptBufferLimit)
        {
            t_buffer = buffer;
        }
    }
}
