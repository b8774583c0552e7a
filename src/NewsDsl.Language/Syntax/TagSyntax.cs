using System.Collections.Generic;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Syntax;

/// <summary><c>{@zarif cue="said"}</c>, <c>{title}</c> or <c>{term}</c>, right after what it attributes.</summary>
public sealed class TagSyntax : InlineSyntax
{
    public TagSyntax(TextSpan span, TagKind kind, string? sourceId, TextSpan sourceIdSpan, IReadOnlyList<AttributeSyntax> attributes, bool isDangling)
        : this(span, kind, sourceId, sourceIdSpan, attributes, isDangling, null)
    {
    }

    public TagSyntax(TextSpan span, TagKind kind, string? sourceId, TextSpan sourceIdSpan, IReadOnlyList<AttributeSyntax> attributes, bool isDangling, TextSpan? suggestionMark)
        : base(span)
    {
        Kind = kind;
        SourceId = sourceId;
        SourceIdSpan = sourceIdSpan;
        _attributes = attributes;
        IsDangling = isDangling;
        _suggestionMark = suggestionMark is { } mark ? mark.Start : -1;
        AdoptAll(attributes);
    }

    /// <summary>The red node of row <paramref name="row"/> of a block's green table; its attributes are made on first access.</summary>
    internal TagSyntax(GreenInlineTable green, int row, int delta)
        : base(GreenInlineTable.Span(green.Rows[row].Start, green.Rows[row].Length, delta), row)
    {
        ref readonly var r = ref green.Rows[row];
        Kind = (TagKind)r.Sub;
        SourceId = green.StringOf(r);

        // A tag without an id keeps the empty default span wherever it is (see MovedBy).
        SourceIdSpan = r.P0 == 0 && r.P1 == 0 ? default : new TextSpan(r.P0 + delta, r.P1);
        IsDangling = (r.Flags & GreenInline.DanglingFlag) != 0;
        _suggestionMark = (r.Flags & GreenInline.SuggestedFlag) != 0 ? r.P0 + r.P1 + delta : -1;
        _green = green;
        _delta = delta;
    }

    private readonly GreenInlineTable _green;
    private readonly int _delta;
    private IReadOnlyList<AttributeSyntax>? _attributes;

    // The '?' is one character: its offset alone is kept (-1 for none), 4 bytes per tag instead of 12.
    private readonly int _suggestionMark;

    /// <summary>The <c>?</c> of a suggested attribution <c>{@id?}</c> (where NEWS108 points); null otherwise.</summary>
    public TextSpan? SuggestionMark => _suggestionMark < 0 ? null : new TextSpan(_suggestionMark, 1);

    /// <summary>
    /// True for <c>{@id?}</c>: an attribution awaiting an editor's confirmation. It attributes like
    /// any other tag; removing the <c>?</c> confirms it.
    /// </summary>
    public bool IsSuggested => _suggestionMark >= 0;

    public TagKind Kind { get; }

    /// <summary>The id after <c>@</c>, for <see cref="TagKind.Source"/> tags.</summary>
    public string? SourceId { get; }

    /// <summary>Where the id is; empty for title/term tags.</summary>
    public TextSpan SourceIdSpan { get; }

    /// <summary>The <c>@</c> (where NEWS002 points).</summary>
    public TextSpan AtSign => new(Span.Start + 1, 1);

    public IReadOnlyList<AttributeSyntax> Attributes => _attributes ?? MakeAttributes();

    /// <summary>The green table and row this node was made from (<see cref="GreenInlineTable.IsEmpty"/> for a node built by hand).</summary>
    internal GreenInlineTable Green => _green;

    /// <summary>True for a tag that follows nothing it can attribute (a syntax error was reported).</summary>
    public bool IsDangling { get; }

    public string? GetAttribute(string name)
    {
        // Made from a green table and its attributes not asked for: read the table, make no node.
        if (_attributes is null && !_green.IsEmpty)
        {
            return _green.GetAttribute(GreenRow, name);
        }

        // An index loop: foreach over the interface would allocate an enumerator per lookup.
        var attributes = Attributes;
        for (var i = 0; i < attributes.Count; i++)
        {
            var attribute = attributes[i];
            if (attribute.Name == name)
            {
                return attribute.Value;
            }
        }

        return null;
    }

    // A tag without an id keeps the empty default span where it is: a real id span never starts at 0
    // (it follows "{@"), so the default is told apart from it.
    internal override NewsSyntaxNode? MovedBy(int delta) =>
        MoveAll(Attributes, delta) is { } attributes
            ? new TagSyntax(Move(Span, delta), Kind, SourceId, SourceIdSpan == default ? default : Move(SourceIdSpan, delta), attributes, IsDangling, Move(SuggestionMark, delta))
            : null;

    internal override void CollectChildren(ref List<NewsSyntaxNode>? children) => AddAll(ref children, Attributes);

    private IReadOnlyList<AttributeSyntax> MakeAttributes()
    {
        ref readonly var r = ref _green.Rows[GreenRow];
        if (r.P3 == 0)
        {
            return GreenInlineTable.Publish(ref _attributes, System.Array.Empty<AttributeSyntax>());
        }

        var made = new AttributeSyntax[r.P3];
        for (var i = 0; i < made.Length; i++)
        {
            ref readonly var a = ref _green.Rows[r.P2 + i];
            made[i] = new AttributeSyntax(new TextSpan(a.Start + _delta, a.Length), GreenInline.AttributeNames[a.Sub], new TextSpan(a.P0 + _delta, a.P1), _green.StringOf(a)!, new TextSpan(a.P2 + _delta, a.P3));
        }

        AdoptAll(made);
        return GreenInlineTable.Publish(ref _attributes, made);
    }
}
