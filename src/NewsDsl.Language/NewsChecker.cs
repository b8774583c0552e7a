using System.Collections.Generic;
using System.Threading;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Parsing;
using NewsDsl.Language.Rules;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;

namespace NewsDsl.Language;

/// <summary>
/// The one entry point the generator, the analyzer and the command line share: parse, bind, run
/// every rule. Because all three call this, they report exactly the same findings.
/// </summary>
public static class NewsChecker
{
    /// <summary>
    /// Checks one article with its configured options and returns the core's verdict on it: configured
    /// severities applied, suppression comments resolved, "never silent" explanations added. Findings that
    /// span articles (NEWS109) are added by <see cref="NewsProject"/>, which sees the others.
    /// </summary>
    /// <remarks>
    /// Suppressions are resolved the same under every configuration: a rule named by a suppression comment
    /// runs even when configuration turns it off, so whether the comment suppresses something (else
    /// NEWS010) depends on the text alone. A comment that hides a real finding of a rule at <c>none</c> is
    /// still needed (it will be when the rule is turned back on); one that hides nothing is reported.
    /// </remarks>
    public static NewsCheckResult Check(NewsText text, NewsCheckOptions? options = null, CancellationToken cancellationToken = default) =>
        CheckSyntax(NewsParser.Parse(text, cancellationToken), options, cancellationToken);

    /// <summary>
    /// Binds and checks a tree already parsed: an editor's, made by <see cref="NewsParser.Reparse"/> from the
    /// previous version's tree. The findings are those <see cref="Check(NewsText, NewsCheckOptions?, CancellationToken)"/>
    /// gives for the tree's text.
    /// </summary>
    public static NewsCheckResult CheckSyntax(NewsSyntaxTree syntax, NewsCheckOptions? options = null, CancellationToken cancellationToken = default) =>
        Run(syntax, null, record: false, options, cancellationToken);

    /// <summary>
    /// Checks <paramref name="syntax"/>, a new version of the article <paramref name="previous"/> checked (the tree
    /// <see cref="NewsParser.Reparse"/> made from <paramref name="previous"/>'s), reusing what the edit did not
    /// touch: the block-local rules (NEWS101, NEWS103, NEWS105) run only on the blocks whose green form changed,
    /// and the findings of every other block are the previous ones, moved to where the block is now. Everything
    /// that reads across blocks (binding, the other rules, suppressions, severities) is done afresh. The findings
    /// are those <see cref="CheckSyntax"/> gives for the same tree. With <paramref name="previous"/> null (a document
    /// just opened) it checks everything, keeping in its result what the check of the next version reuses.
    /// </summary>
    public static NewsCheckResult Recheck(NewsCheckResult? previous, NewsSyntaxTree syntax, NewsCheckOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (syntax is null)
        {
            throw new System.ArgumentNullException(nameof(syntax));
        }

        return Run(syntax, previous?.BlockFindings?.PlanFor(syntax), record: true, options, cancellationToken);
    }

    private static NewsCheckResult Run(NewsSyntaxTree syntax, BlockFindings.ReusePlan? reuse, bool record, NewsCheckOptions? options, CancellationToken cancellationToken)
    {
        options ??= NewsCheckOptions.Default;
        var model = Binder.Bind(syntax, cancellationToken);
        var found = new List<NewsDiagnostic>();
        var context = new RuleContext(model, found, cancellationToken);
        var named = NamedBySuppressions(syntax);
        var blockFindings = record ? new BlockFindings(syntax, model) : null;
        context.Names = reuse?.Names;
        if (reuse is not null && AllLocalRulesReuse(reuse, options, named))
        {
            // No rule will ask for the sentences of an unchanged block.
            context.BlocksWithoutSentences = reuse.Unchanged;
        }

        foreach (var rule in NewsRules.All)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!Runs(rule, options, named))
            {
                continue;
            }

            if (rule is ConflictingFiguresRule)
            {
                // Reads every figure: reused whole when no figure changed (see ReusePlan.TryAddFigureFindings).
                var first = found.Count;
                if (reuse is null || !reuse.TryAddFigureFindings(model, found))
                {
                    rule.Analyze(context);
                }

                blockFindings?.RecordFigures(found, first, found.Count);
                continue;
            }

            var slot = BlockFindings.SlotOf(rule.Descriptor.Id);
            if (slot < 0)
            {
                rule.Analyze(context);
                continue;
            }

            var before = found.Count;
            var reusing = reuse is not null && reuse.CanReuse(slot);
            context.ReusedBlocks = reusing ? reuse!.Unchanged : null;
            rule.Analyze(context);
            context.ReusedBlocks = null;
            if (reusing)
            {
                reuse!.AddReused(slot, found);
            }

            blockFindings?.Record(slot, found, before, found.Count);
        }

        if (blockFindings is not null)
        {
            blockFindings.Names = context.Names;
        }

        var suppressed = new List<NewsDiagnostic>();
        var kept = Suppressions.Apply(
            model,
            found,
            static _ => true,
            options.EffectiveSeverity(UnusedSuppressionRule.Rule) is not null,
            suppressed);
        var verdict = ApplySeverities(kept, options);
        if (NeverSilent.WhyNoId(model, options) is { } note)
        {
            verdict = Sort(new List<NewsDiagnostic>(verdict) { note });
        }

        return new NewsCheckResult(syntax, model, verdict, ApplySeverities(suppressed, options), options) { BlockFindings = blockFindings };
    }

    // A rule runs when configuration keeps it, or when a suppression comment names it (see Check).
    private static bool Runs(NewsRule rule, NewsCheckOptions options, HashSet<string>? named) =>
        options.EffectiveSeverity(rule.Descriptor) is not null || (named is not null && named.Contains(rule.Descriptor.Id));

    private static bool AllLocalRulesReuse(BlockFindings.ReusePlan reuse, NewsCheckOptions options, HashSet<string>? named)
    {
        foreach (var rule in NewsRules.All)
        {
            var slot = BlockFindings.SlotOf(rule.Descriptor.Id);
            if (slot >= 0 && Runs(rule, options, named) && !reuse.CanReuse(slot))
            {
                return false;
            }
        }

        return true;
    }

    // The IDs suppression comments name, or null when there are none (almost every article).
    private static HashSet<string>? NamedBySuppressions(Syntax.NewsSyntaxTree syntax)
    {
        if (syntax.SuppressionDirectives.Count == 0)
        {
            return null;
        }

        var named = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var directive in syntax.SuppressionDirectives)
        {
            foreach (var id in directive.Ids)
            {
                named.Add(id.Id);
            }
        }

        return named;
    }

    /// <summary>
    /// Parses and binds without running the rules: the model alone, for callers (the generator)
    /// that report diagnostics elsewhere.
    /// </summary>
    public static ArticleModel Bind(NewsText text, CancellationToken cancellationToken = default) =>
        Binder.Bind(NewsParser.Parse(text, cancellationToken), cancellationToken);

    /// <summary>Applies configured severities, drops turned-off findings, and sorts by position then ID.</summary>
    public static IReadOnlyList<NewsDiagnostic> ApplySeverities(IEnumerable<NewsDiagnostic> diagnostics, NewsCheckOptions options)
    {
        var result = new List<NewsDiagnostic>();
        foreach (var diagnostic in diagnostics)
        {
            if (options.EffectiveSeverity(diagnostic.Descriptor) is { } severity)
            {
                result.Add(diagnostic.WithSeverity(severity));
            }
        }

        return Sort(result);
    }

    /// <summary>By position, then ID; stable: equal keys keep the order rules reported them in.</summary>
    internal static IReadOnlyList<NewsDiagnostic> Sort(IEnumerable<NewsDiagnostic> diagnostics)
    {
        var result = new List<NewsDiagnostic>(diagnostics);
        var ordered = new List<KeyValuePair<int, NewsDiagnostic>>(result.Count);
        for (var i = 0; i < result.Count; i++)
        {
            ordered.Add(new KeyValuePair<int, NewsDiagnostic>(i, result[i]));
        }

        ordered.Sort(static (a, b) =>
        {
            var byPosition = a.Value.Span.Start.CompareTo(b.Value.Span.Start);
            if (byPosition != 0)
            {
                return byPosition;
            }

            var byId = string.CompareOrdinal(a.Value.Id, b.Value.Id);
            return byId != 0 ? byId : a.Key.CompareTo(b.Key);
        });

        for (var i = 0; i < ordered.Count; i++)
        {
            result[i] = ordered[i].Value;
        }

        return result;
    }
}
