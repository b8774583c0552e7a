using System.Collections.Generic;
using System.Collections.ObjectModel;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Semantics;

namespace NewsDsl.Language.Rules;

/// <summary>The rule catalogue: every rule, every descriptor, and the project-wide checks.</summary>
public static class NewsRules
{
    /// <summary>NEWS000: reported by the adapters instead of crashing the build when NewsDsl itself fails.</summary>
    public static readonly NewsDiagnosticDescriptor InternalError = new(
        "NEWS000",
        "NewsDsl failed on this file",
        "NewsDsl failed on this file: {0}. Please report it with the file.",
        "Internal",
        NewsSeverity.Warning,
        "An unexpected failure inside NewsDsl; the rest of the build goes on.");

    private static readonly NewsRule[] s_all =
    {
        new UnattributedQuotationRule(),
        new UndeclaredSourceRule(),
        new UncitedSourceRule(),
        new SyntaxErrorRule(),
        new AnonymousWithoutReasonRule(),
        new DuplicateIdRule(),
        new UnterminatedQuotationRule(),
        new MissingFrontMatterRule(),
        new InvalidSuppressionRule(),
        new HiddenCharacterRule(),
        new AttributionToNobodyRule(),
        new VagueAnonymousSourceRule(),
        new SpeakerMismatchRule(),
        new AnonymousSocialMediaRule(),
        new LoadedAttributionVerbRule(),
        new ConflictingFiguresRule(),
        new SingleSourceStoryRule(),
        new SuggestedAttributionRule(),
    };

    // Read-only wrappers: a caller cannot cast the lists back to arrays and change the catalogue.
    private static readonly IReadOnlyList<NewsDiagnosticDescriptor> s_descriptors = new ReadOnlyCollection<NewsDiagnosticDescriptor>(CreateDescriptors());

    /// <summary>Every per-article rule, in ID order. Internal: tools use <see cref="Descriptors"/>.</summary>
    internal static IReadOnlyList<NewsRule> All { get; } = new ReadOnlyCollection<NewsRule>(s_all);

    /// <summary>Every descriptor NewsDsl can report, NEWS000 included, in ID order.</summary>
    public static IReadOnlyList<NewsDiagnosticDescriptor> Descriptors => s_descriptors;

    /// <summary>The descriptor of an ID (<c>"NEWS001"</c>), or null when NewsDsl has no such rule.</summary>
    public static NewsDiagnosticDescriptor? Find(string id)
    {
        foreach (var descriptor in s_descriptors)
        {
            if (descriptor.Id == id)
            {
                return descriptor;
            }
        }

        return null;
    }

    /// <summary>Checks that span articles: an article id used twice (NEWS109).</summary>
    public static IReadOnlyList<NewsDiagnostic> CheckProject(IReadOnlyList<ArticleModel> articles) => DuplicateArticleIdRule.CheckProject(articles);

    /// <summary>The same checks from article identities alone (no models kept).</summary>
    public static IReadOnlyList<NewsDiagnostic> CheckProject(IReadOnlyList<ArticleIdentity> articles) => DuplicateArticleIdRule.CheckProject(articles);

    /// <summary>
    /// NEWS112 for a path a host did not read (<paramref name="reason"/> says why, without a final full stop), at its
    /// start, with the severity <paramref name="options"/> give it. Like NEWS109 it is never turned off, only
    /// lowered to info: a check that silently read less than it was given is wrong. Every host that walks
    /// folders (<c>newsdsl check</c>, the language server) builds it here so they report it alike.
    /// </summary>
    public static NewsDiagnostic SkippedInput(string displayPath, string reason, NewsCheckOptions options)
    {
        var descriptor = SkippedInputRule.Rule;
        return new NewsDiagnostic(
            descriptor,
            options.EffectiveSeverity(descriptor) ?? NewsSeverity.Info,
            displayPath,
            new Text.TextSpan(0, 0),
            new Text.LinePosition(0, 0),
            new Text.LinePosition(0, 0),
            descriptor.FormatMessage(displayPath, reason.TrimEnd('.')));
    }

    private static NewsDiagnosticDescriptor[] CreateDescriptors()
    {
        // Besides the per-article rules: NEWS000 (adapters), NEWS010 (applied with the suppressions),
        // NEWS109 (across articles), NEWS110 and NEWS111 (class names, known only to the generator) and
        // NEWS112 (a path not read, known only to the hosts that read files).
        var descriptors = new List<NewsDiagnosticDescriptor> { InternalError, UnusedSuppressionRule.Rule, DuplicateArticleIdRule.Rule, ClassNameClashRule.Rule, ClassNameRenamedRule.Rule, SkippedInputRule.Rule };
        foreach (var rule in s_all)
        {
            descriptors.Add(rule.Descriptor);
        }

        descriptors.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return descriptors.ToArray();
    }
}
