using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Semantics;

/// <summary>A paraphrase or claim: an attributed span <c>[…]{@source}</c>.</summary>
public sealed class Claim
{
    private readonly string _source;
    private string? _text;

    internal Claim(string source, AttributedSpanSyntax syntax, LinePosition start, Claim? parent)
    {
        _source = source;
        Syntax = syntax;
        Start = start;
        Parent = parent;
    }

    public AttributedSpanSyntax Syntax { get; }

    public TextSpan Span => Syntax.Span;

    /// <summary>Zero-based position of the opening bracket.</summary>
    public LinePosition Start { get; }

    /// <summary>The span this one is nested in, if any.</summary>
    public Claim? Parent { get; }

    public TagSyntax Tag => Syntax.Tag;

    /// <summary>The claimed text without brackets and markup (quotation marks inside are kept).</summary>
    public string Text => _text ??= InlineText.RenderTrimmed(_source, Syntax.ContentSpan, Syntax.Children, new System.Text.StringBuilder(Syntax.ContentSpan.Length));

    /// <summary>Null when the tag is {title}/{term} or names no declared source.</summary>
    public SourceSymbol? Source { get; internal set; }

    /// <summary>True when the tag is <c>{@id?}</c>: an attribution awaiting an editor's confirmation.</summary>
    public bool IsSuggested => Tag.Kind == TagKind.Source && Tag.IsSuggested;

    /// <summary>True for <c>{own …}</c>: the article's own statement, attributed to nobody else.</summary>
    public bool IsOwn => Tag.Kind == TagKind.Own;

    public string? Cue => Tag.GetAttribute("cue");

    public string? Via => Tag.GetAttribute("via");

    /// <summary>What the claim is about (<c>about="casualties"</c>), for comparing figures.</summary>
    public string? About => Tag.GetAttribute("about");

    /// <summary>The figure or value claimed (<c>value="80"</c>).</summary>
    public string? Value => Tag.GetAttribute("value");

    public override string ToString() => Text;
}
