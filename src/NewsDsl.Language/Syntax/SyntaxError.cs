using NewsDsl.Language.Text;

namespace NewsDsl.Language.Syntax;

/// <summary>A NEWS004 finding made while parsing: where, and what to write instead.</summary>
public readonly struct SyntaxError
{
    public SyntaxError(TextSpan span, string message)
    {
        Span = span;
        Message = message;
    }

    public TextSpan Span { get; }

    public string Message { get; }
}
