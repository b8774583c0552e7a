using System;
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
        if (result is null)
        {
            throw new ArgumentNullException(nameof(result));
        }

        var output = new StringBuilder(Math.Max(16384, result.Model.Text.Length * 3));
        new ReviewPageWriter(result, output, displayPath).Write();
        return output.ToString();
    }
}
