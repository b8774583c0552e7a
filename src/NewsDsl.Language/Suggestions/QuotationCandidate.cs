using System;
using System.Collections.Generic;
using NewsDsl.Language.Semantics;

namespace NewsDsl.Language.Suggestions;

/// <summary>The speaker (or title/term) a rule gives one quotation, how sure it is, and why.</summary>
internal sealed class QuotationCandidate
{
    public QuotationCandidate(Quotation quotation, SpeakerEntity? entity, SuggestionPattern pattern, double confidence, SuggestionEvidence evidence)
    {
        Quotation = quotation;
        Entity = entity;
        Pattern = pattern;
        Confidence = confidence;
        Evidence = evidence;
    }

    public Quotation Quotation { get; }

    public SpeakerEntity? Entity { get; }

    public SuggestionPattern Pattern { get; }

    public double Confidence { get; }

    public SuggestionEvidence Evidence { get; }
}
