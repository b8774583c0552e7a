using NewsDsl.Language.Diagnostics;

namespace NewsDsl.Language.Rules;

/// <summary>
/// NEWS010: a suppression comment that suppresses nothing. It depends on every other rule's
/// findings, so the checker reports it while applying suppressions (see <see cref="Suppressions"/>),
/// not as a rule of its own.
/// </summary>
internal static class UnusedSuppressionRule
{
    public static readonly NewsDiagnosticDescriptor Rule = new(
        "NEWS010",
        "Suppression comment suppresses nothing",
        "{0}",
        "Suppression",
        NewsSeverity.Warning,
        "A suppression comment that no longer matches a finding hides nothing today but would silently hide a new finding tomorrow: remove it.");
}
