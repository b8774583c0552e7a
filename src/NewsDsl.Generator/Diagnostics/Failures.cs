using System;
using NewsDsl.Generator.Model;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Rules;

namespace NewsDsl.Generator.Diagnostics;

/// <summary>Builds NEWS000: what is reported instead of crashing when NewsDsl itself fails on a file.</summary>
internal static class Failures
{
    public static DiagnosticInfo Create(string path, Exception exception, NewsSeverity severity) =>
        Create(path, Describe(exception), severity);

    public static DiagnosticInfo Create(string path, string reason, NewsSeverity severity) =>
        new(NewsRules.InternalError.Id, LocationInfo.FileStart(path), NewsRules.InternalError.FormatMessage(reason), severity);

    /// <summary>A failure that belongs to no single file (planning the whole project).</summary>
    public static DiagnosticInfo CreateForProject(Exception exception) =>
        new(NewsRules.InternalError.Id, null, NewsRules.InternalError.FormatMessage(Describe(exception)), NewsRules.InternalError.DefaultSeverity);

    /// <summary>Type and message, on one line: enough to report the bug, short enough for a build log.</summary>
    public static string Describe(Exception exception)
    {
        var message = exception.Message.Replace("\r", " ").Replace("\n", " ").Trim().TrimEnd('.');
        return exception.GetType().FullName + (message.Length == 0 ? string.Empty : ": " + message);
    }
}
