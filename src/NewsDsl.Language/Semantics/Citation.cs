using NewsDsl.Language.Syntax;

namespace NewsDsl.Language.Semantics;

/// <summary>One use of a <c>{@id}</c> tag and the source it resolved to (null: NEWS002).</summary>
public sealed class Citation
{
    public Citation(TagSyntax tag, SourceSymbol? source)
    {
        Tag = tag;
        Source = source;
    }

    public TagSyntax Tag { get; }

    public SourceSymbol? Source { get; }
}
