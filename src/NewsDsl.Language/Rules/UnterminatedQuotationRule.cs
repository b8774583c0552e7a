using NewsDsl.Language.Diagnostics;

namespace NewsDsl.Language.Rules;

/// <summary>NEWS007: a quotation whose closing mark never comes.</summary>
internal sealed class UnterminatedQuotationRule : NewsRule
{
    public static readonly NewsDiagnosticDescriptor Rule = new(
        "NEWS007",
        "Quotation is never closed",
        "The quotation “{0}” is never closed: add its closing mark, or start the next paragraph with an opening mark if the quotation continues there",
        "Attribution",
        NewsSeverity.Warning,
        "An opening quotation mark without its closing mark leaves readers unsure where the speaker's words end.");

    public override NewsDiagnosticDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        foreach (var quotation in context.Model.Quotations)
        {
            if (!quotation.IsTerminated)
            {
                context.Report(Rule, quotation.OpeningMark, MessageText.Excerpt(quotation.Text));
            }
        }
    }
}
