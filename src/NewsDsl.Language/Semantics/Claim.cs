using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Semantics;

/// <summary>A paraphrase or claim: an attributed span <c>[…]{@source}</c>.</summary>
public sealed class Claim
{
    private readonly string _source;
    private string? _text;

    // The span as a view (a block and a row of its green table): binding makes no syntax node.
    private readonly object _owner;
    private readonly int _row;

    internal Claim(string source, InlineView syntax, LinePosition start, Claim? parent)
    {
        _source = source;
        _owner = syntax.Owner;
        _row = syntax.Row;
        Start = start;
        Parent = parent;
    }

    /// <summary>The span's node, made on first access.</summary>
    public AttributedSpanSyntax Syntax => (AttributedSpanSyntax)View.Red;

    internal InlineView View => InlineView.From(_owner, _row);

    /// <summary>The tag, read without making its node.</summary>
    internal InlineView TagView => View.Tag;

    public TextSpan Span => View.Span;

    /// <summary>Zero-based position of the opening bracket.</summary>
    public LinePosition Start { get; }

    /// <summary>The span this one is nested in, if any.</summary>
    public Claim? Parent { get; }

    public TagSyntax Tag => (TagSyntax)TagView.Red;

    /// <summary>The claimed text without brackets and markup (quotation marks inside are kept).</summary>
    public string Text => _text ??= InlineText.RenderTrimmed(_source, View, new System.Text.StringBuilder(View.ContentSpan.Length));

    /// <summary>Null when the tag is {title}/{term} or names no declared source.</summary>
    public SourceSymbol? Source { get; internal set; }

    /// <summary>True when the tag is <c>{@id?}</c>: an attribution awaiting an editor's confirmation.</summary>
    public bool IsSuggested => TagView is { TagKind: TagKind.Source, IsSuggested: true };

    /// <summary>True for <c>{own …}</c>: the article's own statement, attributed to nobody else.</summary>
    public bool IsOwn => TagView.TagKind == TagKind.Own;

    public string? Cue => TagView.GetAttribute("cue");

    public string? Via => TagView.GetAttribute("via");

    /// <summary>What the claim is about (<c>about="casualties"</c>), for comparing figures.</summary>
    public string? About => TagView.GetAttribute("about");

    /// <summary>The figure or value claimed (<c>value="80"</c>).</summary>
    public string? Value => TagView.GetAttribute("value");

    public override string ToString() => Text;
}
