using NewsDsl.Language.Text;

namespace NewsDsl.Language.Semantics;

/// <summary>
/// Just enough of an article to check ids across a project (NEWS006) without keeping its whole
/// model alive: its path, its id and where the id is written.
/// </summary>
public sealed class ArticleIdentity
{
    public ArticleIdentity(string path, string id, TextSpan idSpan, LinePosition start, LinePosition end)
    {
        Path = path;
        Id = id;
        IdSpan = idSpan;
        Start = start;
        End = end;
    }

    public string Path { get; }

    public string Id { get; }

    public TextSpan IdSpan { get; }

    public LinePosition Start { get; }

    public LinePosition End { get; }

    /// <summary>The identity of a bound article, or null when it has no valid id.</summary>
    public static ArticleIdentity? Of(ArticleModel article)
    {
        if (article.Metadata.Id is not { } id || article.Metadata.IdSpan is not { } span)
        {
            return null;
        }

        return new ArticleIdentity(article.Text.Path, id, span, article.Text.GetLinePosition(span.Start), article.Text.GetLinePosition(span.End));
    }
}
