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

    // The prose index, built in one pass over the blocks on first use and shared by the sentence rules
    // (NEWS101, NEWS103, NEWS105): the sentence ends of every prose block in one flat array (block b's are
    // _sentenceEnds[_sentenceEndsFrom[b] .. _sentenceEndsFrom[b + 1])), and the source-tagged quotations
    // of those blocks in text order (_tagged[2t] is the block's index, _tagged[2t + 1] the quotation's index
    // among its inlines), so neither rule walks every inline of the article again to find them.
    private int[]? _sentenceEnds;
    private int[]? _sentenceEndsFrom;
    private int[]? _tagged;
    private int _taggedCount;

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

    /// <summary>
    /// NEWS103's index of the declared names: given by a recheck when the declarations did not change, else made by
    /// the rule when it first needs it (a recheck of a paragraph without tagged quotations makes none), and kept
    /// with the result for the next version's check.
    /// </summary>
    internal NameIndex? Names { get; set; }

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
            BuildProseIndex();
        }

        var from = _sentenceEndsFrom![blockIndex];
        return new ArraySegment<int>(_sentenceEnds!, from, _sentenceEndsFrom[blockIndex + 1] - from);
    }

    /// <summary>How many quotations tagged with a source (<c>{@id}</c>) the prose blocks hold, parts of quotations over paragraphs each counted.</summary>
    internal int TaggedQuotationCount
    {
        get
        {
            if (_sentenceEnds is null)
            {
                BuildProseIndex();
            }

            return _taggedCount;
        }
    }

    /// <summary>The index in <see cref="NewsSyntaxTree.Blocks"/> of the block of tagged quotation <paramref name="tagged"/> (in text order).</summary>
    internal int TaggedBlock(int tagged) => _tagged![2 * tagged];

    /// <summary>The index among its block's inlines of tagged quotation <paramref name="tagged"/>.</summary>
    internal int TaggedInline(int tagged) => _tagged![(2 * tagged) + 1];

    private void BuildProseIndex()
    {
        var blocks = Syntax.Blocks;
        var text = Text.Content;
        var from = new int[blocks.Count + 1];
        var ends = new int[Math.Max(16, text.Length / 128)];
        var tagged = new int[Math.Max(16, 2 * Model.Quotations.Count)];
        int count = 0, taggedCount = 0;
        for (var b = 0; b < blocks.Count; b++)
        {
            from[b] = count;
            if (BlocksWithoutSentences?[b] == true || blocks[b] is not InlineContainerSyntax block)
            {
                continue;
            }

            count = ProseScanner.FindSentenceEnds(text, block, ref ends, count);
            // Read from the block's green table: no inline node is made.
            var inlineCount = block.InlineCount;
            for (var k = 0; k < inlineCount; k++)
            {
                if (block.InlineAt(k) is { Kind: GreenKind.Quotation, HasTag: true, Tag.TagKind: TagKind.Source })
                {
                    if (2 * (taggedCount + 1) > tagged.Length)
                    {
                        Array.Resize(ref tagged, tagged.Length * 2);
                    }

                    tagged[2 * taggedCount] = b;
                    tagged[(2 * taggedCount) + 1] = k;
                    taggedCount++;
                }
            }
        }

        from[blocks.Count] = count;
        _sentenceEndsFrom = from;
        _tagged = tagged;
        _taggedCount = taggedCount;
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
