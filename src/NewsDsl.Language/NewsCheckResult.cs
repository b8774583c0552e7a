using System.Collections.Generic;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Syntax;

namespace NewsDsl.Language;

/// <summary>Everything one check of one article produced.</summary>
public sealed class NewsCheckResult
{
    internal NewsCheckResult(NewsSyntaxTree syntax, ArticleModel model, IReadOnlyList<NewsDiagnostic> diagnostics, IReadOnlyList<NewsDiagnostic> suppressedDiagnostics)
    {
        Syntax = syntax;
        Model = model;
        Diagnostics = diagnostics;
        SuppressedDiagnostics = suppressedDiagnostics;
    }

    public NewsSyntaxTree Syntax { get; }

    public ArticleModel Model { get; }

    /// <summary>Findings in position order (then by ID), with configured severities; turned-off ones omitted.</summary>
    public IReadOnlyList<NewsDiagnostic> Diagnostics { get; }

    /// <summary>Findings that suppression comments (<c>%% newsdsl-disable…</c>) hid, in position order: not reported, kept for tools that show them.</summary>
    public IReadOnlyList<NewsDiagnostic> SuppressedDiagnostics { get; }
}
