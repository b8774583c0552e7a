using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Threading;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Rules;
using NewsDsl.Language.Semantics;

namespace NewsDsl.Language;

/// <summary>
/// The core's verdict on a set of articles, the one place every host gets its findings from: each
/// article checked with its own configured options (severities, suppressions resolved under them,
/// "never silent" explanations), then the findings that span articles (NEWS109, an article id used
/// twice: reported in the later article, never hidden, only lowered to info). Hosts translate the
/// result (Roslyn diagnostics, text/JSON/SARIF lines, LSP diagnostics, HTML) and decide nothing.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// "Later" is the order the articles are given in: hosts give them in path order (ordinal), as
/// <c>newsdsl check</c> lists a folder and as the generator sorts additional files. Hosts that meet
/// articles one at a time use <see cref="NewsProjectVerdicts"/>; the language server, which has one
/// document and the rest of the workspace, uses <see cref="WithProjectFindings"/>.
/// </remarks>
public sealed class NewsProject
{
    public NewsProject(IEnumerable<NewsArticleInput> articles)
    {
        if (articles is null)
        {
            throw new ArgumentNullException(nameof(articles));
        }

        var list = new List<NewsArticleInput>();
        foreach (var article in articles)
        {
            list.Add(article ?? throw new ArgumentException("An article is null.", nameof(articles)));
        }

        Articles = new ReadOnlyCollection<NewsArticleInput>(list);
    }

    /// <summary>The articles, in the order given (path order).</summary>
    public IReadOnlyList<NewsArticleInput> Articles { get; }

    /// <summary>The final verdict on every article, in the order given.</summary>
    public IReadOnlyList<NewsCheckResult> Check(CancellationToken cancellationToken = default)
    {
        var verdicts = new NewsProjectVerdicts();
        var results = new List<NewsCheckResult>(Articles.Count);
        foreach (var article in Articles)
        {
            results.Add(verdicts.Add(CheckArticle(article, cancellationToken)));
        }

        return results.AsReadOnly();
    }

    /// <summary>
    /// The first step, on one article alone: what does not depend on the other articles. Any thread,
    /// any order; hand the results to <see cref="NewsProjectVerdicts"/> in path order.
    /// </summary>
    public static NewsCheckResult CheckArticle(NewsArticleInput article, CancellationToken cancellationToken = default)
    {
        if (article is null)
        {
            throw new ArgumentNullException(nameof(article));
        }

        return NewsChecker.Check(article.Text, article.Options, cancellationToken);
    }

    /// <summary>
    /// The findings that span articles for <paramref name="article"/> (with its options), given the
    /// article that comes first with the same id, if any: NEWS109 with the configured severity (info when
    /// turned off: the article gets no class) and the first article as its additional location.
    /// </summary>
    public static IReadOnlyList<NewsDiagnostic> ProjectFindings(ArticleIdentity article, NewsCheckOptions options, ArticleIdentity? firstWithSameId)
    {
        if (article is null)
        {
            throw new ArgumentNullException(nameof(article));
        }

        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        if (firstWithSameId is null || !string.Equals(firstWithSameId.Id, article.Id, StringComparison.Ordinal))
        {
            return Array.Empty<NewsDiagnostic>();
        }

        return NeverSilent.Severity(options, DuplicateArticleIdRule.Rule) is { } severity
            ? new[] { DuplicateArticleIdRule.Create(article, firstWithSameId, severity) }
            : Array.Empty<NewsDiagnostic>();
    }

    /// <summary>
    /// <paramref name="article"/>'s verdict with the findings that span articles added, given the article
    /// that comes first with the same id (null: none). Unchanged when there are none.
    /// </summary>
    public static NewsCheckResult WithProjectFindings(NewsCheckResult article, ArticleIdentity? firstWithSameId)
    {
        if (article is null)
        {
            throw new ArgumentNullException(nameof(article));
        }

        if (article.Identity is not { } identity)
        {
            return article;
        }

        var project = ProjectFindings(identity, article.Options, firstWithSameId);
        if (project.Count == 0)
        {
            return article;
        }

        var all = new List<NewsDiagnostic>(article.Diagnostics);
        all.AddRange(project);
        return article.WithDiagnostics(NewsChecker.Sort(all));
    }
}
