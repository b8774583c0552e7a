using System;
using System.Collections.Generic;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Rules;

/// <summary>
/// NEWS103: the sentence around a tagged quotation names another declared source as the speaker and
/// never names the tagged one ("“…,”{@mayor} council chair Lee said", with Lee declared as chair).
/// </summary>
internal sealed class SpeakerMismatchRule : NewsRule
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

        var text = context.Text.Content;
        var blocks = context.Syntax.Blocks;
        var quotations = context.Model.Quotations;
        var q = 0;
        for (var t = 0; t < context.TaggedQuotationCount; t++)
        {
            var b = context.TaggedBlock(t);
            if (context.Skips(b))
            {
                continue;
            }

            var container = (InlineContainerSyntax)blocks[b];
            // Read from the block's green table: no node is made for the quotation or its tag.
            var quotation = container.InlineAt(context.TaggedInline(t));

            // The model's quotations are in order of their first part, as the tagged quotations are in text order:
            // a cursor finds a first part without a search; a later part of a quotation over paragraphs is looked up.
            var start = quotation.Span.Start;
            while (q < quotations.Count && quotations[q].OpeningMark.Start < start)
            {
                q++;
            }

            var bound = q < quotations.Count && quotations[q].FirstView.SameAs(quotation) ? quotations[q] : context.Model.FindQuotation(quotation);
            if (bound?.Source is { } tagged)
            {
                // Made on first need, or the previous version's (see RuleContext.Names).
                var names = context.Names ??= new NameIndex(sources);
                if (names.IsEmpty)
                {
                    return;
                }

                Check(context, text, b, container, quotation.Span, quotation.Tag.Span, tagged, sources, names);
            }
        }
    }

    private static void Check(
        RuleContext context,
        string text,
        int blockIndex,
        InlineContainerSyntax block,
        TextSpan quotation,
        TextSpan tag,
        SourceSymbol tagged,
        IReadOnlyList<SourceSymbol> sources,
        NameIndex names)
    {
        // The sentence around the quotation, at most a few hundred characters either side (hostile input stays linear).
        var ends = context.SentenceEnds(blockIndex);
        var start = Math.Max(ProseScanner.SentenceStart(ends, block, quotation.Start), quotation.Start - ProseScanner.MaxSentenceReach);
        var end = Math.Min(ProseScanner.SentenceEnd(ends, block, quotation.End), quotation.End + ProseScanner.MaxSentenceReach);
        var speaker = new Speaker(sources, tagged, quotation);
        names.Find(text, block, start, end, ref speaker);
        if (!speaker.NamesTagged && speaker.Other >= 0)
        {
            context.Report(Rule, tag, tagged.Id, tagged.Name, sources[speaker.Other].Name, names.Variant(speaker.OtherEntry));
        }
    }

    /// <summary>Reads the names of a sentence: the tagged source, or else the other name nearest the quotation.</summary>
    private struct Speaker : NameIndex.IVisitor
    {
        private readonly IReadOnlyList<SourceSymbol> _sources;
        private readonly SourceSymbol _tagged;
        private readonly TextSpan _quotation;
        private int _otherDistance;

        public Speaker(IReadOnlyList<SourceSymbol> sources, SourceSymbol tagged, TextSpan quotation)
        {
            _sources = sources;
            _tagged = tagged;
            _quotation = quotation;
            _otherDistance = int.MaxValue;
            NamesTagged = false;
            Other = -1;
            OtherEntry = -1;
        }

        public bool NamesTagged { get; private set; }

        public int Other { get; private set; }

        /// <summary>The name-index entry of the other name (<see cref="NameIndex.Variant"/> gives its text).</summary>
        public int OtherEntry { get; private set; }

        public bool Found(int source, int entry, int offset)
        {
            if (ReferenceEquals(_sources[source], _tagged))
            {
                // The sentence names the tagged source: whatever else it names is context, not the speaker.
                NamesTagged = true;
                return false;
            }

            // The nearest other name to the quotation is the likeliest speaker.
            var distance = offset >= _quotation.End ? offset - _quotation.End : _quotation.Start - offset;
            if (distance < _otherDistance)
            {
                Other = source;
                OtherEntry = entry;
                _otherDistance = distance;
            }

            return true;
        }
    }
}
