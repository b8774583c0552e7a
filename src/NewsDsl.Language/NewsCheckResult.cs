using System.Collections.Generic;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Syntax;

namespace NewsDsl.Language;

/// <summary>
/// Everything one check of one article produced: the core's verdict on it. Findings carry their final
/// severities; hosts only translate them. Fixes for them come from <see cref="Fixes.NewsFixes"/>.
/// </summary>
public sealed class NewsCheckResult
{
    internal NewsCheckResult(NewsSyntaxTree syntax, ArticleModel model, IReadOnlyList<NewsDiagnostic> diagnostics, IReadOnlyList<NewsDiagnostic> suppressedDiagnostics)
        : this(syntax, model, diagnostics, suppressedDiagnostics, NewsCheckOptions.Default)
    {
    }

    internal NewsCheckResult(NewsSyntaxTree syntax, ArticleModel model, IReadOnlyList<NewsDiagnostic> diagnostics, IReadOnlyList<NewsDiagnostic> suppressedDiagnostics, NewsCheckOptions options)
    {
        Syntax = syntax;
        Model = model;
        Diagnostics = diagnostics;
        SuppressedDiagnostics = suppressedDiagnostics;
        Options = options;
        Identity = ArticleIdentity.Of(model);
    }

    public NewsSyntaxTree Syntax { get; }

    public ArticleModel Model { get; }

    /// <summary>Findings in position order (then by ID), with configured severities; turned-off ones omitted.</summary>
    public IReadOnlyList<NewsDiagnostic> Diagnostics { get; }

    /// <summary>Findings that suppression comments (<c>%% newsdsl-disable…</c>) hid, in position order: not reported, kept for tools that show them.</summary>
    public IReadOnlyList<NewsDiagnostic> SuppressedDiagnostics { get; }

    /// <summary>The options the article was checked with (its configured severities).</summary>
    public NewsCheckOptions Options { get; }

    /// <summary>The article's path, as given with its text.</summary>
    public string Path => Model.Text.Path;

    /// <summary>The article's id and where it is written, for project-wide checks; null when it has no valid id.</summary>
    public ArticleIdentity? Identity { get; }

    /// <summary>The same article with other findings (the project's added): everything else is shared.</summary>
    internal NewsCheckResult WithDiagnostics(IReadOnlyList<NewsDiagnostic> diagnostics) =>
        new(Syntax, Model, diagnostics, SuppressedDiagnostics, Options) { BlockFindings = BlockFindings };

    /// <summary>
    /// The block-local rules' findings, block by block, for <see cref="NewsChecker.Recheck"/> of the next version.
    /// Set only while the result is made (init), so a published result never changes.
    /// </summary>
    internal BlockFindings? BlockFindings { get; init; }
}
