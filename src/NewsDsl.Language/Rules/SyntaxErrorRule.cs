using NewsDsl.Language.Diagnostics;

namespace NewsDsl.Language.Rules;

/// <summary>NEWS004: the parser's findings (front matter, declarations, tags), each with its fix.</summary>
internal sealed class SyntaxErrorRule : NewsRule
{
    public static readonly NewsDiagnosticDescriptor Rule = new(
        "NEWS004",
        "Syntax error",
        "{0}",
        "Syntax",
        NewsSeverity.Error,
        "The front matter, a source declaration or a tag is malformed.");

    public override NewsDiagnosticDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        foreach (var error in context.Syntax.Errors)
        {
            context.Report(Rule, error.Span, error.Message);
        }
    }
}
