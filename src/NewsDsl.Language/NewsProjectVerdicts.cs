using System;
using System.Collections.Generic;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Semantics;

namespace NewsDsl.Language;

/// <summary>
/// <see cref="NewsProject"/>'s second step for hosts that meet articles one at a time and report each
/// as soon as it is done (<c>newsdsl check</c> streaming a folder): give each article's
/// <see cref="NewsProject.CheckArticle"/> result in path order, get its final verdict back. Keeps only
/// the ids seen so far, never the articles. One consumer at a time (not thread-safe).
/// </summary>
public sealed class NewsProjectVerdicts
{
    private readonly Dictionary<string, ArticleIdentity> _firstById = new(StringComparer.Ordinal);

    /// <summary>The final verdict on the next article in path order.</summary>
    public NewsCheckResult Add(NewsCheckResult article)
    {
        if (article is null)
        {
            throw new ArgumentNullException(nameof(article));
        }

        return NewsProject.WithProjectFindings(article, FirstWithSameId(article.Identity));
    }

    /// <summary>
    /// The same for a host that keeps only an article's findings, identity and options (not its model):
    /// the article's final findings, in position order.
    /// </summary>
    public IReadOnlyList<NewsDiagnostic> Add(IReadOnlyList<NewsDiagnostic> diagnostics, ArticleIdentity? identity, NewsCheckOptions options)
    {
        if (diagnostics is null)
        {
            throw new ArgumentNullException(nameof(diagnostics));
        }

        if (identity is null || FirstWithSameId(identity) is not { } first)
        {
            return diagnostics;
        }

        var all = new List<NewsDiagnostic>(diagnostics);
        all.AddRange(NewsProject.ProjectFindings(identity, options ?? throw new ArgumentNullException(nameof(options)), first));
        return NewsChecker.Sort(all);
    }

    // The article met before with the same id, or null; remembers this one when it is the first.
    private ArticleIdentity? FirstWithSameId(ArticleIdentity? identity)
    {
        if (identity is null)
        {
            return null;
        }

        if (_firstById.TryGetValue(identity.Id, out var first))
        {
            return first;
        }

        _firstById.Add(identity.Id, identity);
        return null;
    }
}
