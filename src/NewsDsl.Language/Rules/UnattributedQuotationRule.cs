using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Rules;

/// <summary>NEWS001: a quotation nobody is said to have spoken.</summary>
internal sealed class UnattributedQuotationRule : NewsRule
{
    public static readonly NewsDiagnosticDescriptor Rule = new(
        "NEWS001",
        "Quotation has no attribution",
        "The quotation “{0}” has no source: add {{@source-id}} right after its closing mark, or {{title}} or {{term}} if it is nobody's words",
        "Attribution",
        NewsSeverity.Warning,
        "Every quotation must say whose words it is. A quotation nested in another quotation or in an attributed span takes its attribution from there.");

    public override NewsDiagnosticDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        foreach (var quotation in context.Model.Quotations)
        {
            // An unclosed quotation is NEWS007's; a quotation with a malformed tag is NEWS004's.
            if (quotation.Parent is null && quotation.EnclosingClaim is null && (!quotation.HasTag || quotation.TagView.TagKind == TagKind.Own) && quotation.IsTerminated)
            {
                // The whole quotation, opening mark to (last) closing mark, so an editor underlines what is
                // unattributed; it starts at the opening mark, the position every output prints (contract §5).
                var closing = quotation.LastClosingMark!.Value;
                context.Report(Rule, TextSpan.FromBounds(quotation.OpeningMark.Start, closing.End), MessageText.Excerpt(quotation.Text));
            }
        }
    }
}
