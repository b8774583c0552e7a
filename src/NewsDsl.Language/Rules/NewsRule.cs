using NewsDsl.Language.Diagnostics;

namespace NewsDsl.Language.Rules;

/// <summary>One check over one article. Each rule owns exactly one descriptor (one ID).</summary>
internal abstract class NewsRule
{
    public abstract NewsDiagnosticDescriptor Descriptor { get; }

    public abstract void Analyze(RuleContext context);
}
