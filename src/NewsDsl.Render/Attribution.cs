using NewsDsl.Language.Semantics;

namespace NewsDsl.Render;

/// <summary>
/// The renderer's one place that asks whether an attribution awaits confirmation (<c>{@id?}</c>,
/// contract 8.2). The language core on this branch does not parse <c>{@id?}</c> yet (it reports
/// NEWS004 and binds nothing), so no attribution can be suggested; this reads the core's
/// <c>IsSuggested</c> once that lands.
/// </summary>
internal static class Attribution
{
    public static bool IsSuggested(Quotation quotation) => false;

    public static bool IsSuggested(Claim claim) => false;
}
