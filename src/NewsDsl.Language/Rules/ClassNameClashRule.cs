using NewsDsl.Language.Diagnostics;

namespace NewsDsl.Language.Rules;

/// <summary>
/// NEWS110: two different article ids that make the same C# class name (<c>a-1b</c> and <c>a1b</c>).
/// Only the generator knows class names, so it reports this; the descriptor lives here with every
/// other so that all tools list, configure and document it alike.
/// </summary>
internal static class ClassNameClashRule
{
    public static readonly NewsDiagnosticDescriptor Rule = new(
        "NEWS110",
        "Two article ids make one class name",
        "Article id '{0}' makes the class name '{1}', which article '{2}' ({3}) already has: give one of the articles another id; until then this article gets no generated class",
        "Structure",
        NewsSeverity.Error,
        "Each article becomes a class named after its id in PascalCase; two ids that differ only in hyphens or case would make the same class.");
}
