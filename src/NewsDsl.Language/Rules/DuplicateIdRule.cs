using System;
using System.Collections.Generic;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Semantics;

namespace NewsDsl.Language.Rules;

/// <summary>NEWS006: a source id declared twice in an article, or an article id used twice in a project.</summary>
public sealed class DuplicateIdRule : NewsRule
{
    public static readonly NewsDiagnosticDescriptor Rule = new(
        "NEWS006",
        "Id is declared twice",
        "{0}",
        "Structure",
        NewsSeverity.Error,
        "Source ids must be unique within an article, and article ids within a project.");

    public override NewsDiagnosticDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        foreach (var duplicate in context.Model.DuplicateDeclarations)
        {
            var first = context.Model.FindSource(duplicate.Id)!;
            var line = context.Text.GetLinePosition(first.Declaration.Span.Start).Line + 1;
            context.Report(Rule, duplicate.IdSpan, $"Source id '{duplicate.Id}' is already declared on line {line}: give this source another id, or remove one of the declarations");
        }
    }

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
                var where = string.IsNullOrEmpty(first.Path) ? "another article" : first.Path;
                diagnostics.Add(new NewsDiagnostic(
                    Rule,
                    Rule.DefaultSeverity,
                    article.Path,
                    article.IdSpan,
                    article.Start,
                    article.End,
                    Rule.FormatMessage($"Article id '{article.Id}' is already used by {where}: give one of the articles another id")));
            }
            else
            {
                firstById.Add(article.Id, article);
            }
        }

        return diagnostics;
    }
}
