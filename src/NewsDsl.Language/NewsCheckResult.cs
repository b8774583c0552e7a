using System.Collections.Generic;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Syntax;

namespace NewsDsl.Language;

/// <summary>Everything one check of one article produced.</summary>
public sealed class NewsCheckResult
{
    internal NewsCheckResult(NewsSyntaxTree syntax, ArticleModel model, IReadOnlyList<NewsDiagnostic> diagnostics)
    {
        Syntax = syntax;
        Model = model;
        Diagnostics = diagnostics;
    }

    public NewsSyntaxTree Syntax { get; }

    public ArticleModel Model { get; }

    /// <summary>Findings in position order (then by ID), with configured severities; turned-off ones omitted.</summary>
    public IReadOnlyList<NewsDiagnostic> Diagnostics { get; }
}
