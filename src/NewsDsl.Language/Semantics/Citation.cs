using NewsDsl.Language.Syntax;

namespace NewsDsl.Language.Semantics;

/// <summary>One use of a <c>{@id}</c> tag and the source it resolved to (null: NEWS002).</summary>
public sealed class Citation
{
    // The tag as a view (a block and a row of its green table, or the node itself): binding makes no syntax node.
    private readonly object _owner;
    private readonly int _row;

    public Citation(TagSyntax tag, SourceSymbol? source)
    {
        // As before, a null tag is kept (and given back by Tag): the constructor never checked it.
        _owner = tag!;
        _row = -1;
        Source = source;
    }

    internal Citation(InlineView tag, SourceSymbol? source)
    {
        _owner = tag.Owner;
        _row = tag.Row;
        Source = source;
    }

    /// <summary>The tag's node, made on first access.</summary>
    public TagSyntax Tag => _owner is null ? null! : (TagSyntax)TagView.Red;

    /// <summary>The tag, read without making its node.</summary>
    internal InlineView TagView => InlineView.From(_owner, _row);

    public SourceSymbol? Source { get; }
}
