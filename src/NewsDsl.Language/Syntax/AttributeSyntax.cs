using NewsDsl.Language.Text;

namespace NewsDsl.Language.Syntax;

/// <summary><c>name="value"</c> in a source declaration or a tag. <see cref="Value"/> is unescaped.</summary>
public sealed class AttributeSyntax : NewsSyntaxNode
{
    public AttributeSyntax(TextSpan span, string name, TextSpan nameSpan, string value, TextSpan valueSpan)
        : base(span)
    {
        Name = name;
        NameSpan = nameSpan;
        Value = value;
        ValueSpan = valueSpan;
    }

    public string Name { get; }

    internal override NewsSyntaxNode MovedBy(int delta) => new AttributeSyntax(Move(Span, delta), Name, Move(NameSpan, delta), Value, Move(ValueSpan, delta));

    public TextSpan NameSpan { get; }

    public string Value { get; }

    /// <summary>The value between its quotes, as written (escapes not yet undone).</summary>
    public TextSpan ValueSpan { get; }
}
