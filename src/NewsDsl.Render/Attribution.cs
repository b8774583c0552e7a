using NewsDsl.Language.Semantics;

namespace NewsDsl.Render;

/// <summary>
/// The renderer's one place that asks whether an attribution awaits confirmation (<c>{@id?}</c>,
/// contract 8.2): the core's answer, which covers quotations that inherit a suggested attribution.
/// </summary>
internal static class Attribution
{
    public static bool IsSuggested(Quotation quotation) => quotation.IsSuggested;

    public static bool IsSuggested(Claim claim) => claim.IsSuggested;
}
