using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Semantics;

/// <summary>
/// One statement of a figure: a claim or quotation tagged <c>about="…" value="…"</c>, by a source,
/// or by the article itself (<c>{own …}</c>).
/// </summary>
public sealed class Figure
{
    // The claim or quotation whose words these are: the text is rendered on first use.
    private readonly object _statement;
    private string? _text;

    // The tag as a view (a block and a row of its green table): binding makes no syntax node.
    private readonly object _tagOwner;
    private readonly int _tagRow;

    internal Figure(string about, string? value, SourceSymbol? source, InlineView tag, object statement, LinePosition start)
    {
        _tagOwner = tag.Owner;
        _tagRow = tag.Row;
        _statement = statement;
        About = about;
        Value = string.IsNullOrWhiteSpace(value) ? null : FigureValue.Parse(value!);
        Source = source;
        Start = start;
    }

    /// <summary>What the figure is about, as written (grouping ignores case and surrounding space).</summary>
    public string About { get; }

    /// <summary>Null when the tag gives <c>about</c> but no <c>value</c> (a mention without a figure).</summary>
    public FigureValue? Value { get; }

    /// <summary>Who states it; null for the article's own statement.</summary>
    public SourceSymbol? Source { get; }

    /// <summary>True when the article states it in its own voice (<c>{own …}</c>).</summary>
    public bool IsOwn => TagView.TagKind == TagKind.Own;

    /// <summary>The tag's node, made on first access.</summary>
    public TagSyntax Tag => (TagSyntax)TagView.Red;

    /// <summary>The tag, read without making its node.</summary>
    internal InlineView TagView => InlineView.From(_tagOwner, _tagRow);

    /// <summary>The claimed or quoted words.</summary>
    public string Text => _text ??= _statement is Claim claim ? claim.Text : ((Quotation)_statement).Text;

    /// <summary>Zero-based position of the claim or quotation.</summary>
    public LinePosition Start { get; }
}
