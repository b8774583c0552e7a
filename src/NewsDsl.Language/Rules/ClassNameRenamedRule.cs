using NewsDsl.Language.Diagnostics;

namespace NewsDsl.Language.Rules;

/// <summary>
/// NEWS111: an article's class is not named exactly after its id, because that name would clash with
/// something (a System type such as <c>String</c> that the consumer's <c>using System;</c> also brings in,
/// a generated type, a member of the class, a part of the namespace). Only the generator knows class
/// names, so it reports this; the descriptor lives here with every other so all tools list it alike.
/// </summary>
internal static class ClassNameRenamedRule
{
    public static readonly NewsDiagnosticDescriptor Rule = new(
        "NEWS111",
        "Article class is renamed",
        "Article id '{0}' makes the class '{1}', not '{2}': {3}",
        "Structure",
        NewsSeverity.Info,
        "Each article becomes a class named after its id in PascalCase, unless that name would clash: then it gets a trailing underscore, and this says so.");
}
