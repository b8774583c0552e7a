using System;
using System.Collections.Generic;
using System.Threading;
using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Semantics;

/// <summary>
/// A direct quotation as the article presents it: one or more <see cref="QuotationSyntax"/> parts
/// (several for a quotation that runs over paragraphs), its attribution and its text.
/// </summary>
public sealed class Quotation
{
    // Most quotations have one part and nothing nested: the lists are made only when needed. The parts are
    // kept as views (a block and a row of its green table), so binding makes no syntax node; the nodes are
    // made when someone asks for Syntax, Parts, LastPart or Tag.
    private readonly object _firstOwner;
    private readonly int _firstRow;
    private List<InlineView>? _later;
    private IReadOnlyList<QuotationSyntax>? _parts;
    private List<Quotation>? _nested;

    private readonly string _source;
    private string? _text;
    // -1 until classified: an int is written in one piece, so a reader on another thread never sees half a value.
    private int _kind = -1;

    internal Quotation(string source, InlineView first, Quotation? parent, Claim? enclosingClaim, bool claimIsNearer, bool inHeading, LinePosition start)
    {
        _source = source;
        _firstOwner = first.Owner;
        _firstRow = first.Row;
        Parent = parent;
        EnclosingClaim = enclosingClaim;
        ClaimIsNearer = claimIsNearer;
        InHeading = inHeading;
        Start = start;
    }

    /// <summary>The paragraphs' parts in order; the last one carries the tag.</summary>
    public IReadOnlyList<QuotationSyntax> Parts => _parts ??= MakeParts();

    internal QuotationSyntax FirstPart => (QuotationSyntax)FirstView.Red;

    internal InlineView FirstView => InlineView.From(_firstOwner, _firstRow);

    internal InlineView LastView => _later is null ? FirstView : _later[_later.Count - 1];

    /// <summary>The syntax of the first (for most quotations, the only) part: where the quotation opens.</summary>
    public QuotationSyntax Syntax => FirstPart;

    internal bool HasSeveralParts => _later is not null;

    public QuotationSyntax LastPart => (QuotationSyntax)LastView.Red;

    public QuotationMarkFamily Family => FirstView.Family;

    /// <summary>The opening mark of the first part (where NEWS001 and NEWS007 point).</summary>
    public TextSpan OpeningMark => FirstView.OpeningMark;

    /// <summary>Zero-based position of the opening mark.</summary>
    public LinePosition Start { get; }

    public TagSyntax? Tag => LastView is { HasTag: true } last ? (TagSyntax)last.Tag.Red : null;

    /// <summary>The tag, read without making its node: check <see cref="HasTag"/> first.</summary>
    internal InlineView TagView => LastView.Tag;

    internal bool HasTag => LastView.HasTag;

    /// <summary>True when the last part has its closing mark.</summary>
    public bool IsTerminated => LastView.IsClosed;

    /// <summary>The last part's closing mark, read without making its node.</summary>
    internal TextSpan? LastClosingMark => LastView.ClosingMark;

    /// <summary>The quotation this one is nested in, if any.</summary>
    public Quotation? Parent { get; }

    /// <summary>The attributed span this one stands in, if any (directly or through its parent).</summary>
    public Claim? EnclosingClaim { get; }

    public bool InHeading { get; }

    /// <summary>True when the attributed span is inside the enclosing quotation, so its source is the nearer one.</summary>
    internal bool ClaimIsNearer { get; }

    public IReadOnlyList<Quotation> Nested => (IReadOnlyList<Quotation>?)_nested ?? Array.Empty<Quotation>();

    public AttributionKind Attribution { get; internal set; }

    /// <summary>
    /// True when the attribution awaits an editor's confirmation: its own tag is <c>{@id?}</c>, or it
    /// inherits its source from a quotation or span whose attribution is suggested.
    /// </summary>
    public bool IsSuggested { get; internal set; }

    /// <summary>Whose words these are; null when unattributed, {title}/{term}, or the tag names no declared source.</summary>
    public SourceSymbol? Source { get; internal set; }

    /// <summary>The quoted words without the outer marks and without markup; paragraphs joined by <c>\n</c>.</summary>
    /// <remarks>Rendered on first use: checking an article never pays for texts nobody reads.</remarks>
    public string Text => _text ??= InlineText.RenderParts(_source, FirstView, _later);

    public QuotationKind Kind
    {
        get
        {
            var kind = Volatile.Read(ref _kind);
            if (kind < 0)
            {
                kind = (int)Classify();
                Volatile.Write(ref _kind, kind);
            }

            return (QuotationKind)kind;
        }
    }

    /// <summary>True for nobody's words: <c>{title}</c> or <c>{term}</c>.</summary>
    public bool IsTitleOrTerm => Attribution is AttributionKind.Title or AttributionKind.Term;

    public string? Cue => GetAttribute("cue");

    public string? Via => GetAttribute("via");

    public string? About => GetAttribute("about");

    public string? Value => GetAttribute("value");

    private string? GetAttribute(string name) => LastView is { HasTag: true } last ? last.Tag.GetAttribute(name) : null;

    internal void AddPart(InlineView part)
    {
        (_later ??= new List<InlineView>(1)).Add(part);
    }

    /// <summary>True when <paramref name="part"/> is one of the parts after the first.</summary>
    internal bool HasLaterPart(InlineView part)
    {
        if (_later is not null)
        {
            foreach (var later in _later)
            {
                if (later.SameAs(part))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private IReadOnlyList<QuotationSyntax> MakeParts()
    {
        var parts = new List<QuotationSyntax>(1 + (_later?.Count ?? 0)) { FirstPart };
        if (_later is not null)
        {
            foreach (var part in _later)
            {
                parts.Add((QuotationSyntax)part.Red);
            }
        }

        return parts;
    }

    private QuotationKind Classify()
    {
        if (InHeading)
        {
            return QuotationKind.Heading;
        }

        var text = Text;
        if (text.Length == 0 || !char.IsUpper(text[0]))
        {
            return QuotationKind.Partial;
        }

        var last = text[text.Length - 1];
        return last is '.' or ',' or '!' or '?' or ';' or ':' or '\u2026' or '\u2014' ? QuotationKind.FullSentence : QuotationKind.Partial;
    }

    internal void AddNested(Quotation nested) => (_nested ??= new List<Quotation>()).Add(nested);

    public override string ToString() => Text;
}
