using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Semantics;

namespace NewsDsl.Language.Rules;

/// <summary>NEWS005: an anonymous source with no stated reason for anonymity.</summary>
internal sealed class AnonymousWithoutReasonRule : NewsRule
{
    public static readonly NewsDiagnosticDescriptor Rule = new(
        "NEWS005",
        "Anonymous source gives no reason",
        "Anonymous source '{0}' has no reason: add reason=\"…\" saying why the source cannot be named",
        "Sources",
        NewsSeverity.Warning,
        "Newsroom standards (AP, Reuters, BBC) require the story to tell readers why a source is granted anonymity.");

    public override NewsDiagnosticDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        foreach (var source in context.Model.Sources)
        {
            if (source.Kind == SourceKind.Anonymous && source.Reason is null)
            {
                context.Report(Rule, source.Declaration.IdSpan, source.Id);
            }
        }
    }
}
