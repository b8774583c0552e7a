using System;
using System.Collections.Generic;
using System.Threading;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Rules;

/// <summary>What a rule sees (the bound article) and where it reports.</summary>
internal sealed class RuleContext
{
    private readonly List<NewsDiagnostic> _diagnostics;

    // Sentence ends of every prose block in one flat array, found on first use: block b's are
    // _sentenceEnds[_sentenceEndsFrom[b] .. _sentenceEndsFrom[b + 1]).
    private int[]? _sentenceEnds;
    private int[]? _sentenceEndsFrom;

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

    /// <summary>
    /// While a block-local rule runs on a new version: true for the blocks whose findings are taken from the
    /// previous check (<see cref="NewsChecker.Recheck"/>), which the rule skips. Null: every block is checked.
    /// </summary>
    internal bool[]? ReusedBlocks { get; set; }

    /// <summary>Blocks whose sentence ends no rule will ask for (every block-local rule reuses them), or null.</summary>
    internal bool[]? BlocksWithoutSentences { get; set; }

    /// <summary>True when the rule running takes block <paramref name="blockIndex"/>'s findings from the previous check.</summary>
    internal bool Skips(int blockIndex) => ReusedBlocks is { } reused && reused[blockIndex];

    /// <summary>
    /// Sentence ends of the block at <paramref name="blockIndex"/> in <see cref="NewsSyntaxTree.Blocks"/>
    /// (empty for blocks that are not prose), in order. Found for the whole article in one pass on
    /// first use and shared by every rule that reads sentences.
    /// </summary>
    internal ArraySegment<int> SentenceEnds(int blockIndex)
    {
        if (_sentenceEnds is null)
        {
            FindAllSentenceEnds();
        }

        var from = _sentenceEndsFrom![blockIndex];
        return new ArraySegment<int>(_sentenceEnds!, from, _sentenceEndsFrom[blockIndex + 1] - from);
    }

    private void FindAllSentenceEnds()
    {
        var blocks = Syntax.Blocks;
        var text = Text.Content;
        var from = new int[blocks.Count + 1];
        var ends = new int[Math.Max(16, text.Length / 128)];
        var count = 0;
        for (var b = 0; b < blocks.Count; b++)
        {
            from[b] = count;
            if (BlocksWithoutSentences?[b] != true && blocks[b] is InlineContainerSyntax block)
            {
                count = ProseScanner.FindSentenceEnds(text, block, ref ends, count);
            }
        }

        from[blocks.Count] = count;
        _sentenceEndsFrom = from;
        _sentenceEnds = ends;
    }

    public void Report(NewsDiagnosticDescriptor descriptor, TextSpan span, params object?[] messageArgs) =>
        _diagnostics.Add(Create(descriptor, Text, span, messageArgs));

    /// <summary>A finding with other places it is about (its additional locations), each with what it is.</summary>
    public void ReportWithRelated(NewsDiagnosticDescriptor descriptor, TextSpan span, NewsRelatedLocation[] related, params object?[] messageArgs) =>
        _diagnostics.Add(Create(descriptor, Text, span, related, messageArgs));

    internal static NewsDiagnostic Create(NewsDiagnosticDescriptor descriptor, NewsText text, TextSpan span, params object?[] messageArgs) =>
        Create(descriptor, text, span, null, messageArgs);

    private static NewsDiagnostic Create(NewsDiagnosticDescriptor descriptor, NewsText text, TextSpan span, NewsRelatedLocation[]? related, object?[] messageArgs) =>
        new(
            descriptor,
            descriptor.DefaultSeverity,
            text.Path,
            span,
            text.GetLinePosition(span.Start),
            text.GetLinePosition(span.End),
            descriptor.FormatMessage(messageArgs),
            related);
}
