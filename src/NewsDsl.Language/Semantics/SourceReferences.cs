using System.Collections.Generic;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Semantics;

/// <summary>
/// Every place a source id is written in an article: what a language server needs for go to
/// definition, find references and rename. All spans cover the id alone (no <c>@</c>, no <c>?</c>).
/// </summary>
public sealed class SourceReferences
{
    internal SourceReferences(string sourceId, SourceSymbol? source, IReadOnlyList<TextSpan> declarations, IReadOnlyList<TextSpan> references, IReadOnlyList<Citation> citations)
    {
        SourceId = sourceId;
        Source = source;
        Declarations = declarations;
        References = references;
        Citations = citations;
    }

    public string SourceId { get; }

    /// <summary>The declared source; null when no declaration has this id (its tags are NEWS002).</summary>
    public SourceSymbol? Source { get; }

    /// <summary>The id of the declaration that counts (the first), or null when undeclared.</summary>
    public TextSpan? Definition => Declarations.Count > 0 ? Declarations[0] : null;

    /// <summary>The id of every declaration with this id, duplicates (NEWS006) included, in document order.</summary>
    public IReadOnlyList<TextSpan> Declarations { get; }

    /// <summary>The id of every tag that names it (quotations, spans, stray tags; suggested ones too), in document order.</summary>
    public IReadOnlyList<TextSpan> References { get; }

    /// <summary>The tags behind <see cref="References"/>, in the same order.</summary>
    public IReadOnlyList<Citation> Citations { get; }
}
