using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Parsing;

/// <summary>
/// An attribute as <see cref="AttributeListParser"/> read it: a value, not a node, so a tag's attributes go
/// straight into its block's green table and only a source declaration makes <see cref="AttributeSyntax"/> objects.
/// </summary>
internal readonly struct ParsedAttribute
{
    public ParsedAttribute(TextSpan span, string name, TextSpan nameSpan, string value, TextSpan valueSpan)
    {
        Span = span;
        Name = name;
        NameSpan = nameSpan;
        Value = value;
        ValueSpan = valueSpan;
    }

    public TextSpan Span { get; }

    public string Name { get; }

    public TextSpan NameSpan { get; }

    public string Value { get; }

    public TextSpan ValueSpan { get; }

    public AttributeSyntax ToSyntax() => new(Span, Name, NameSpan, Value, ValueSpan);
}
