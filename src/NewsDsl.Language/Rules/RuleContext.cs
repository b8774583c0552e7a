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
    private Dictionary<InlineContainerSyntax, int[]>? _sentenceEnds;

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

    /// <summary>Sentence ends of a paragraph or heading, found once and shared by every rule that reads sentences.</summary>
    internal int[] SentenceEnds(InlineContainerSyntax block)
    {
        _sentenceEnds ??= new Dictionary<InlineContainerSyntax, int[]>();
        if (!_sentenceEnds.TryGetValue(block, out var ends))
        {
            ends = ProseScanner.FindSentenceEnds(Text.Content, block);
            _sentenceEnds.Add(block, ends);
        }

        return ends;
    }

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
