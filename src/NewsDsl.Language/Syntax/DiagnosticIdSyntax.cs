using NewsDsl.Language.Text;

namespace NewsDsl.Language.Syntax;

/// <summary>One diagnostic ID named by a suppression directive, as written (it may be unknown: NEWS009).</summary>
public sealed class DiagnosticIdSyntax : NewsSyntaxNode
{
    public DiagnosticIdSyntax(TextSpan span, string id)
        : base(span)
    {
        Id = id;
    }

    public string Id { get; }

    internal override NewsSyntaxNode MovedBy(int delta) => new DiagnosticIdSyntax(Move(Span, delta), Id);
}
