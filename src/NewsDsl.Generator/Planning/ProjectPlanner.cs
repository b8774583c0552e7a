using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using NewsDsl.Generator.Diagnostics;
using NewsDsl.Generator.Emit;
using NewsDsl.Generator.Model;
using NewsDsl.Generator.Naming;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Rules;
using NewsDsl.Language.Semantics;

namespace NewsDsl.Generator.Planning;

/// <summary>
/// Decides, for the whole project, which articles get a class and under which names: the only
/// step that sees every article at once. Articles are taken in path order, so the result does not
/// depend on the order the compiler lists additional files in, and "the second article" of a
/// clash is the same on every machine.
/// </summary>
internal static class ProjectPlanner
{
    public static ProjectPlan Plan(
        ImmutableArray<ArticleInfo> articles,
        GeneratorOptions options,
        CancellationToken cancellationToken)
    {
        try
        {
            return PlanCore(articles, options, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            return new ProjectPlan(
                EquatableArray<ArticleUnit>.Empty,
                new IndexInfo(EquatableArray<string>.Empty, options),
                new[] { Failures.CreateForProject(exception) }.ToEquatableArray());
        }
    }

    private static ProjectPlan PlanCore(
        ImmutableArray<ArticleInfo> articles,
        GeneratorOptions options,
        CancellationToken cancellationToken)
    {
        // A file listed twice is one article, not a duplicate id.
        var byPath = new SortedDictionary<string, ArticleInfo>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            if (!byPath.ContainsKey(article.Path))
            {
                byPath.Add(article.Path, article);
            }
        }

        var diagnostics = new List<DiagnosticInfo>();
        var withIds = new List<ArticleInfo>();
        foreach (var article in byPath.Values)
        {
            if (article.Failure is { } failure)
            {
                diagnostics.Add(failure);
            }

            if (article.Id is not null)
            {
                withIds.Add(article);
            }
            else if (article.Failure is null && article.MissingIdReason is { } reason && NoIdNote(article, reason) is { } note)
            {
                diagnostics.Add(note);
            }
        }

        diagnostics.AddRange(CheckDuplicateIds(withIds, byPath, cancellationToken));

        var units = new List<ArticleUnit>();
        var classNames = new List<string>();
        var firstById = new Dictionary<string, ArticleInfo>(StringComparer.Ordinal);
        var firstByClass = new Dictionary<string, ArticleInfo>(StringComparer.Ordinal);
        var hintNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { IndexEmitter.HintName };
        foreach (var file in RuntimeEmitter.HintNames)
        {
            hintNames.Add(file);
        }

        foreach (var article in withIds)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var id = article.Id!;

            // The same id twice: the language's project check reported it; the first keeps the class.
            if (firstById.ContainsKey(id))
            {
                continue;
            }

            firstById.Add(id, article);
            var className = Identifiers.ArticleClassName(id, options.Namespace);
            if (firstByClass.TryGetValue(className, out var owner))
            {
                // Different ids, one class name (a-1b and a1b): NEWS110, so the build says which article
                // to rename instead of failing in generated code; never silent, since no class is made.
                var rule = CoreRules.ClassNameClash;
                var message = rule.FormatMessage(id, className, owner.Id, owner.Path);
                diagnostics.Add(new DiagnosticInfo(rule.Id, article.IdLocation ?? LocationInfo.FileStart(article.Path), message, article.NoClassSeverityOf(rule)));
                continue;
            }

            firstByClass.Add(className, article);
            var hintName = UniqueHintName(id, hintNames);
            units.Add(new ArticleUnit(article, className, hintName, options));
            classNames.Add(className);
        }

        return new ProjectPlan(
            units.ToEquatableArray(),
            new IndexInfo(classNames.ToEquatableArray(), options),
            diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// Runs the language's own project check on the articles' identities (kept in their records),
    /// so the generator, the command line and the IDE word NEWS006 the same way, without reading
    /// any file again.
    /// </summary>
    private static List<DiagnosticInfo> CheckDuplicateIds(
        List<ArticleInfo> articles,
        SortedDictionary<string, ArticleInfo> byPath,
        CancellationToken cancellationToken)
    {
        var identities = new List<ArticleIdentity>(articles.Count);
        foreach (var article in articles)
        {
            if (article.ToIdentity() is { } identity)
            {
                identities.Add(identity);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        var result = new List<DiagnosticInfo>();
        foreach (var diagnostic in NewsRules.CheckProject(identities))
        {
            // NEWS109 costs the article its class: reported even when turned off (as info), never silent.
            var severity = byPath.TryGetValue(diagnostic.Path, out var article)
                ? article.NoClassSeverityOf(diagnostic.Descriptor)
                : diagnostic.Severity;
            result.Add(new DiagnosticInfo(
                diagnostic.Id,
                new LocationInfo(diagnostic.Path, diagnostic.Span.Start, diagnostic.Span.Length, diagnostic.Start.Line, diagnostic.Start.Character, diagnostic.End.Line, diagnostic.End.Character),
                diagnostic.Message,
                severity));
        }

        return result;
    }

    /// <summary>
    /// An article without a valid id gets no class. The analyzer reports why (NEWS008 or NEWS004);
    /// when the configuration turned that finding off, the generator says it here, as info.
    /// </summary>
    private static DiagnosticInfo? NoIdNote(ArticleInfo article, string reasonId)
    {
        var rule = NewsRules.Find(reasonId);
        if (rule is null || article.SeverityOf(rule) is not null)
        {
            return null;
        }

        var what = reasonId == CoreRules.SyntaxError.Id ? "its 'id' is not a valid article id" : "its front matter has no 'id'";
        var message = "No class is generated for this article: " + what + " (" + reasonId + " is turned off in the configuration, so it is said here): give it an id such as 'id: iran-strikes-back'";
        return new DiagnosticInfo(reasonId, LocationInfo.FileStart(article.Path), message, NewsSeverity.Info);
    }

    // Hint names come from the id (already unique here), checked case-insensitively because they
    // become file names when generated files are written to disk.
    private static string UniqueHintName(string id, HashSet<string> taken)
    {
        var stem = Identifiers.ToFileStem(id);
        var candidate = stem + ".g.cs";
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = stem + "." + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".g.cs";
        }

        return candidate;
    }
}
