using NewsDsl.Language.Text;

namespace NewsDsl.Language.Syntax;

/// <summary>One <c>key: value</c> line of the front matter; <see cref="Value"/> is trimmed and unquoted.</summary>
public sealed class FrontMatterEntrySyntax : NewsSyntaxNode
{
    public FrontMatterEntrySyntax(TextSpan span, string key, TextSpan keySpan, string value, TextSpan valueSpan)
        : base(span)
    {
        Key = key;
        KeySpan = keySpan;
        Value = value;
        ValueSpan = valueSpan;
    }

    public string Key { get; }

    internal override NewsSyntaxNode MovedBy(int delta) => new FrontMatterEntrySyntax(Move(Span, delta), Key, Move(KeySpan, delta), Value, Move(ValueSpan, delta));

    public TextSpan KeySpan { get; }

    public string Value { get; }

    public TextSpan ValueSpan { get; }
}
