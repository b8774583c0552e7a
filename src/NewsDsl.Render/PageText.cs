using System.Globalization;
using NewsDsl.Language.Diagnostics;

namespace NewsDsl.Render;

/// <summary>Words, icons and classes every part of the page writes alike.</summary>
internal static class PageText
{
    public static string SeverityIcon(NewsSeverity severity) => severity switch
    {
        NewsSeverity.Error => "✖",
        NewsSeverity.Warning => "▲",
        NewsSeverity.Info => "ℹ",
        _ => "·",
    };

    public static string SeverityClass(NewsSeverity severity) => severity switch
    {
        NewsSeverity.Error => "sev-error",
        NewsSeverity.Warning => "sev-warning",
        NewsSeverity.Info => "sev-info",
        _ => "sev-" + NewsDiagnostic.SeverityWord(severity),
    };

    public static string FindingClass(NewsSeverity severity) => severity switch
    {
        NewsSeverity.Error => "finding sev-error",
        NewsSeverity.Warning => "finding sev-warning",
        NewsSeverity.Info => "finding sev-info",
        _ => "finding sev-" + NewsDiagnostic.SeverityWord(severity),
    };

    public static string KindLabel(WordShareKind kind) => kind switch
    {
        WordShareKind.Own => "the article’s own",
        WordShareKind.Unattributed => "unattributed",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static string Plural(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
