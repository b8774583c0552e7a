using System;
using System.Collections.Generic;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Semantics;

namespace NewsDsl.Language.Rules;

/// <summary>
/// NEWS109: an article id used by more than one article of a project. A check across articles,
/// run by whatever sees the whole project (the generator, the command line).
/// </summary>
internal static class DuplicateArticleIdRule
{
    public static readonly NewsDiagnosticDescriptor Rule = new(
        "NEWS109",
        "Article id is used twice",
        "Article id '{0}' is already used by {1}: give one of the articles another id; until then this article gets no generated class",
        "Structure",
        NewsSeverity.Error,
        "Article ids must be unique within a project: each becomes a class, and the newsroom's tools find a story by its id.");

    /// <summary>Article ids used by more than one article; each later one is reported at its id.</summary>
    public static IReadOnlyList<NewsDiagnostic> CheckProject(IReadOnlyList<ArticleModel> articles)
    {
        var identities = new List<ArticleIdentity>(articles.Count);
        foreach (var article in articles)
        {
            if (ArticleIdentity.Of(article) is { } identity)
            {
                identities.Add(identity);
            }
        }

        return CheckProject(identities);
    }

    /// <summary>The same check from identities alone, for callers that do not keep models (the generator).</summary>
    public static IReadOnlyList<NewsDiagnostic> CheckProject(IReadOnlyList<ArticleIdentity> articles)
    {
        var diagnostics = new List<NewsDiagnostic>();
        var firstById = new Dictionary<string, ArticleIdentity>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            if (firstById.TryGetValue(article.Id, out var first))
            {
                diagnostics.Add(Create(article, first, Rule.DefaultSeverity));
            }
            else
            {
                firstById.Add(article.Id, article);
            }
        }

        return diagnostics;
    }

    /// <summary>NEWS109 at <paramref name="article"/>'s id, whose id <paramref name="first"/> already uses; the first one is its additional location.</summary>
    public static NewsDiagnostic Create(ArticleIdentity article, ArticleIdentity first, NewsSeverity severity)
    {
        var where = string.IsNullOrEmpty(first.Path) ? "another article" : first.Path;
        var related = new NewsRelatedLocation(first.Path, first.IdSpan, first.Start, first.End, $"article id '{first.Id}' is first used here");
        return new NewsDiagnostic(
            Rule,
            severity,
            article.Path,
            article.IdSpan,
            article.Start,
            article.End,
            Rule.FormatMessage(article.Id, where),
            new[] { related });
    }
}
