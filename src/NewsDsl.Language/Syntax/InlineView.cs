using System;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Syntax;

/// <summary>
/// One quotation, attributed span or tag as the binder and the model read it: a row of a block's green table
/// (no node is made) or, for a block built by hand, the red node itself. <see cref="Red"/> makes (or finds)
/// the public node when someone asks for it; <see cref="Owner"/> and <see cref="Row"/> are what a model
/// object keeps to get back here, 12 bytes instead of a node.
/// </summary>
internal readonly struct InlineView
{
    private readonly InlineContainerSyntax? _block;
    private readonly int _row;
    private readonly InlineSyntax? _red;

    // The block's rows and move, kept here so that every property reads its row in one step.
    private readonly GreenInline[]? _rows;
    private readonly int _delta;

    public InlineView(InlineContainerSyntax block, int row)
    {
        _block = block;
        _row = row;
        _red = null;
        _rows = block.Green.Rows;
        _delta = block.GreenDelta;
    }

    public InlineView(InlineSyntax red)
    {
        _block = null;
        _row = -1;
        _red = red;
        _rows = null;
        _delta = 0;
    }

    /// <summary>The view a model object kept as <see cref="Owner"/> and <see cref="Row"/>.</summary>
    public static InlineView From(object owner, int row) =>
        owner is InlineContainerSyntax block ? new InlineView(block, row) : new InlineView((InlineSyntax)owner);

    public object Owner => (object?)_block ?? _red!;

    public int Row => _row;

    public bool IsGreen => _block is not null;

    private ref readonly GreenInline G => ref _rows![_row];

    private int Delta => _delta;

    public GreenKind Kind => _block is not null ? G.Kind : _red switch
    {
        QuotationSyntax => GreenKind.Quotation,
        AttributedSpanSyntax => GreenKind.Span,
        _ => GreenKind.Tag,
    };

    public TextSpan Span => _block is not null ? new TextSpan(G.Start + Delta, G.Length) : _red!.Span;

    // Quotations.
    public QuotationMarkFamily Family => _block is not null ? (QuotationMarkFamily)G.Sub : ((QuotationSyntax)_red!).Family;

    public TextSpan OpeningMark => _block is not null ? new TextSpan(G.Start + Delta, G.Flags & 0xF) : ((QuotationSyntax)_red!).OpeningMark;

    public TextSpan? ClosingMark => _block is not null ? (G.P0 < 0 ? null : new TextSpan(G.P0 + Delta, G.Flags >> 4)) : ((QuotationSyntax)_red!).ClosingMark;

    public bool IsClosed => _block is not null ? G.P0 >= 0 : ((QuotationSyntax)_red!).IsClosed;

    /// <summary>A quotation's text between its marks, or a span's between its brackets.</summary>
    public TextSpan ContentSpan
    {
        get
        {
            if (_block is null)
            {
                return _red is QuotationSyntax quotation ? quotation.ContentSpan : ((AttributedSpanSyntax)_red!).ContentSpan;
            }

            ref readonly var g = ref G;
            var delta = Delta;
            return g.Kind == GreenKind.Quotation
                ? TextSpan.FromBounds(g.Start + delta + (g.Flags & 0xF), g.P0 >= 0 ? g.P0 + delta : g.Start + delta + g.Length)
                : TextSpan.FromBounds(g.Start + delta + 1, g.P0 + delta);
        }
    }

    public bool HasTag => _block is not null ? G.P1 >= 0 : _red switch
    {
        QuotationSyntax quotation => quotation.Tag is not null,
        AttributedSpanSyntax => true,
        _ => false,
    };

    /// <summary>The tag of a quotation or span (check <see cref="HasTag"/> first).</summary>
    public InlineView Tag => _block is not null ? new InlineView(_block, G.P1) : new InlineView(_red is QuotationSyntax quotation ? quotation.Tag! : ((AttributedSpanSyntax)_red!).Tag);

    public int ChildCount => _block is not null ? G.P3 : _red switch
    {
        QuotationSyntax quotation => quotation.Children.Count,
        AttributedSpanSyntax span => span.Children.Count,
        _ => 0,
    };

    public InlineView Child(int index) => _block is not null
        ? new InlineView(_block, _block.Green.Links[G.P2 + index])
        : new InlineView(_red is QuotationSyntax quotation ? quotation.Children[index] : ((AttributedSpanSyntax)_red!).Children[index]);

    // Tags.
    public TagKind TagKind => _block is not null ? (TagKind)G.Sub : ((TagSyntax)_red!).Kind;

    public string? SourceId => _block is not null ? _block.Green.StringOf(G) : ((TagSyntax)_red!).SourceId;

    public bool IsSuggested => _block is not null ? (G.Flags & GreenInline.SuggestedFlag) != 0 : ((TagSyntax)_red!).IsSuggested;

    public TextSpan? SuggestionMark => _block is not null
        ? ((G.Flags & GreenInline.SuggestedFlag) != 0 ? new TextSpan(G.P0 + G.P1 + Delta, 1) : null)
        : ((TagSyntax)_red!).SuggestionMark;

    public TextSpan SourceIdSpan => _block is not null
        ? (G.P0 == 0 && G.P1 == 0 ? default : new TextSpan(G.P0 + Delta, G.P1))
        : ((TagSyntax)_red!).SourceIdSpan;

    public TextSpan AtSign => new(Span.Start + 1, 1);

    public string? GetAttribute(string name) => _block is not null ? _block.Green.GetAttribute(_row, name) : ((TagSyntax)_red!).GetAttribute(name);

    /// <summary>The public node: made from the green table on first access (and its ancestors' lists with it), the same object every time.</summary>
    public InlineSyntax Red => _red ?? _block!.NodeAt(_row);

    /// <summary>True when both views are the same node (the same block and row, or the same red node).</summary>
    public bool SameAs(InlineView other) => ReferenceEquals(Owner, other.Owner) && _row == other._row;

    public bool Is(InlineSyntax? node) => node is null ? false : _red is not null
        ? ReferenceEquals(_red, node)
        : node.GreenRow == _row && node.Span.Start == G.Start + Delta && ReferenceEquals(Red, node);
}
