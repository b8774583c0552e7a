using System;
using System.Collections.Generic;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Syntax;

namespace NewsDsl.Language.Rules;

/// <summary>
/// NEWS103: the sentence around a tagged quotation names another declared source as the speaker and
/// never names the tagged one ("“…,”{@mayor} council chair Lee said", with Lee declared as chair).
/// </summary>
public sealed class SpeakerMismatchRule : NewsRule
{
    public static readonly NewsDiagnosticDescriptor Rule = new(
        "NEWS103",
        "Prose names a different speaker than the tag",
        "The tag says '{0}' ({1}) but the sentence names {2} ('{3}'): correct the tag, or add aka=\"…\" to '{0}' if it is the same source",
        "Attribution",
        NewsSeverity.Warning,
        "Reuters: the attribution in the text and the source of the quotation must agree. Names are matched by declared name, surname and aka.");

    public override NewsDiagnosticDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        var sources = context.Model.Sources;
        if (sources.Count < 2)
        {
            return;
        }

        var names = new NameIndex(sources);
        if (names.IsEmpty)
        {
            return;
        }

        var text = context.Text.Content;
        foreach (var block in context.Syntax.Blocks)
        {
            if (block is not InlineContainerSyntax container)
            {
                continue;
            }

            foreach (var inline in container.Inlines)
            {
                if (inline is QuotationSyntax { Tag: { Kind: TagKind.Source } tag } quotation
                    && context.Model.FindQuotation(quotation)?.Source is { } tagged)
                {
                    Check(context, text, container, quotation, tag, tagged, sources, names);
                }
            }
        }
    }

    private static void Check(
        RuleContext context,
        string text,
        InlineContainerSyntax block,
        QuotationSyntax quotation,
        TagSyntax tag,
        SourceSymbol tagged,
        IReadOnlyList<SourceSymbol> sources,
        NameIndex names)
    {
        // The sentence around the quotation, at most a few hundred characters either side (hostile input stays linear).
        var ends = context.SentenceEnds(block);
        var start = Math.Max(ProseScanner.SentenceStart(ends, block, quotation.Span.Start), quotation.Span.Start - ProseScanner.MaxSentenceReach);
        var end = Math.Min(ProseScanner.SentenceEnd(ends, block, quotation.Span.End), quotation.Span.End + ProseScanner.MaxSentenceReach);
        var namesTagged = false;
        var other = -1;
        string? otherName = null;
        var otherDistance = int.MaxValue;
        names.Find(text, block, start, end, (index, name, at) =>
        {
            if (ReferenceEquals(sources[index], tagged))
            {
                // The sentence names the tagged source: whatever else it names is context, not the speaker.
                namesTagged = true;
                return false;
            }

            // The nearest other name to the quotation is the likeliest speaker.
            var distance = at >= quotation.Span.End ? at - quotation.Span.End : quotation.Span.Start - at;
            if (distance < otherDistance)
            {
                other = index;
                otherName = name;
                otherDistance = distance;
            }

            return true;
        });

        if (!namesTagged && other >= 0)
        {
            context.Report(Rule, tag.Span, tagged.Id, tagged.Name, sources[other].Name, otherName);
        }
    }
}
