using System.Collections.Generic;
using NewsDsl.Language.Semantics;

namespace NewsDsl.Language.Fixes;

/// <summary>
/// The one seam through which NEWS001's "Attribute to …" fixes get their order: every declared
/// source, most likely speaker first. <see cref="NameProximityRanker"/> is the basic ranking; a
/// speaker engine (the importer's) can take its place here without the fixes changing.
/// Implementations hold no mutable state: fixes are computed from many threads at once.
/// </summary>
internal interface IAttributionRanker
{
    /// <summary>Every declared source of <paramref name="model"/>, ranked for <paramref name="quotation"/>, each once.</summary>
    IReadOnlyList<AttributionCandidate> Rank(ArticleModel model, Quotation quotation);
}
