using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using NewsDsl.Generator.Diagnostics;
using NewsDsl.Generator.Emit;
using NewsDsl.Generator.Model;
using NewsDsl.Generator.Naming;
using NewsDsl.Language;
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
    /// <summary>
    /// How many UTF-16 characters of article text (quotations, claims, figures) the project's articles
    /// may put into string literals: 4 million. The compiler stores every string literal of an assembly
    /// in one table of at most 16 MB of UTF-16, about 8.4 million characters, shared with the consumer's
    /// own strings; past it the build fails with CS8103. Articles are taken in path order; one whose text
    /// would pass the budget stores it as UTF-8 data instead (C# 11 on), which has no such limit. A
    /// project under the budget (every newsroom project seen so far) gets exactly the code it always got.
    /// </summary>
    internal const long LiteralBudget = 4_000_000;

    public static ProjectPlan Plan(
        ImmutableArray<ArticleInfo> articles,
        GeneratorOptions options,
        CancellationToken cancellationToken)
    {
        try
        {
            return PlanCore(articles, options, LiteralBudget, cancellationToken);
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
        long literalBudget,
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

            // An article without an id gets no class; the analyzer reports why, through the core's verdict
            // (which says it at info when configuration turned NEWS008 or NEWS004 off).
            if (article.Id is not null)
            {
                withIds.Add(article);
            }
        }

        diagnostics.AddRange(CheckDuplicateIds(withIds, cancellationToken));

        var units = new List<ArticleUnit>();
        var classNames = new List<string>();
        var firstById = new Dictionary<string, ArticleInfo>(StringComparer.Ordinal);
        var firstByClass = new Dictionary<string, ArticleInfo>(StringComparer.Ordinal);
        var hintNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { IndexEmitter.HintName };
        foreach (var file in RuntimeEmitter.HintNames)
        {
            hintNames.Add(file);
        }

        long literalText = 0;

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
            var className = Identifiers.ArticleClassName(id, options.Namespace, out var whyRenamed);
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
            if (whyRenamed is not null && article.SeverityOf(CoreRules.ClassNameRenamed) is { } renamedSeverity)
            {
                // Info: the code is fine, but the name a reader of the docs expects is not the one generated.
                var rule = CoreRules.ClassNameRenamed;
                var message = rule.FormatMessage(id, className, Identifiers.ToPascalCase(id), whyRenamed);
                diagnostics.Add(new DiagnosticInfo(rule.Id, article.IdLocation ?? LocationInfo.FileStart(article.Path), message, renamedSeverity));
            }

            var hintName = UniqueHintName(id, hintNames);
            // Greedy in path order: an article that fits the remaining budget keeps literals.
            var textLength = TextLength(article);
            var asUtf8 = options.Utf8Literals && literalText + textLength > literalBudget;
            if (!asUtf8)
            {
                literalText += textLength;
            }

            units.Add(new ArticleUnit(article, className, hintName, options, asUtf8));
            classNames.Add(className);
        }

        return new ProjectPlan(
            units.ToEquatableArray(),
            new IndexInfo(classNames.ToEquatableArray(), options),
            diagnostics.ToEquatableArray());
    }

    /// <summary>The characters of the texts that <see cref="ArticleUnit.TextAsUtf8"/> moves out of literals.</summary>
    private static long TextLength(ArticleInfo article)
    {
        long length = 0;
        foreach (var quote in article.Quotes)
        {
            length += quote.Text.Length;
        }

        foreach (var claim in article.Claims)
        {
            length += claim.Text.Length;
        }

        foreach (var group in article.Figures)
        {
            foreach (var figure in group.Figures)
            {
                length += figure.Text.Length;
            }
        }

        return length;
    }

    /// <summary>
    /// The core's project verdict on the articles' identities (kept in their records) and configured
    /// severities, in path order: NEWS109 worded, located and rated as <c>newsdsl check</c> and the editor
    /// have it (never silent: info when turned off), without reading any file again.
    /// </summary>
    private static List<DiagnosticInfo> CheckDuplicateIds(List<ArticleInfo> articles, CancellationToken cancellationToken)
    {
        var result = new List<DiagnosticInfo>();
        var firstById = new Dictionary<string, ArticleIdentity>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (article.ToIdentity() is not { } identity)
            {
                continue;
            }

            if (!firstById.TryGetValue(identity.Id, out var first))
            {
                firstById.Add(identity.Id, identity);
                continue;
            }

            foreach (var diagnostic in NewsProject.ProjectFindings(identity, article.ToCheckOptions(), first))
            {
                var additional = diagnostic.AdditionalLocations.Count > 0 ? RoslynDiagnostics.ToLocationInfo(diagnostic.AdditionalLocations[0]) : null;
                result.Add(new DiagnosticInfo(
                    diagnostic.Id,
                    new LocationInfo(diagnostic.Path, diagnostic.Span.Start, diagnostic.Span.Length, diagnostic.Start.Line, diagnostic.Start.Character, diagnostic.End.Line, diagnostic.End.Character),
                    diagnostic.Message,
                    diagnostic.Severity,
                    additional));
            }
        }

        return result;
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
