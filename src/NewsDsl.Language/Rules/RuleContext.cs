using System.Collections.Generic;
using System.Threading;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Rules;

/// <summary>What a rule sees (the bound article) and where it reports.</summary>
public sealed class RuleContext
{
    private readonly List<NewsDiagnostic> _diagnostics;

    internal RuleContext(ArticleModel model, List<NewsDiagnostic> diagnostics, CancellationToken cancellationToken)
    {
        Model = model;
        _diagnostics = diagnostics;
        CancellationToken = cancellationToken;
    }

    public ArticleModel Model { get; }

    public NewsSyntaxTree Syntax => Model.Syntax;

    public NewsText Text => Model.Text;

    public CancellationToken CancellationToken { get; }

    public void Report(NewsDiagnosticDescriptor descriptor, TextSpan span, params object?[] messageArgs) =>
        _diagnostics.Add(Create(descriptor, Text, span, messageArgs));

    internal static NewsDiagnostic Create(NewsDiagnosticDescriptor descriptor, NewsText text, TextSpan span, params object?[] messageArgs) =>
        new(
            descriptor,
            descriptor.DefaultSeverity,
            text.Path,
            span,
            text.GetLinePosition(span.Start),
            text.GetLinePosition(span.End),
            descriptor.FormatMessage(messageArgs));
}
