using System;
using System.Collections.Generic;
using NewsDsl.Language.Diagnostics;

namespace NewsDsl.Language;

/// <summary>How findings are reported: per-ID severities (as in .editorconfig) and warnings-as-errors.</summary>
public sealed class NewsCheckOptions
{
    public static readonly NewsCheckOptions Default = new();

    /// <summary>
    /// Per-ID severity overrides; a null value turns the rule off (<c>none</c>). Keys are IDs such as "NEWS001".
    /// </summary>
    public IReadOnlyDictionary<string, NewsSeverity?> Severities { get; set; } = new Dictionary<string, NewsSeverity?>(StringComparer.Ordinal);

    /// <summary>Report every warning as an error (after per-ID overrides).</summary>
    public bool WarningsAsErrors { get; set; }

    /// <summary>The severity a finding is reported with, or null when it is turned off.</summary>
    public NewsSeverity? EffectiveSeverity(NewsDiagnosticDescriptor descriptor)
    {
        NewsSeverity? severity = Severities.TryGetValue(descriptor.Id, out var configured) ? configured : descriptor.DefaultSeverity;
        if (severity == NewsSeverity.Warning && WarningsAsErrors)
        {
            severity = NewsSeverity.Error;
        }

        return severity;
    }

    /// <summary>
    /// Reads an .editorconfig severity word: <c>error</c>, <c>warning</c>, <c>suggestion</c>,
    /// <c>silent</c>, <c>none</c> (null), <c>default</c>. Returns false for anything else.
    /// </summary>
    public static bool TryParseSeverity(string word, NewsDiagnosticDescriptor descriptor, out NewsSeverity? severity)
    {
        switch (word.Trim().ToLowerInvariant())
        {
            case "error":
                severity = NewsSeverity.Error;
                return true;
            case "warning":
                severity = NewsSeverity.Warning;
                return true;
            case "suggestion":
            case "info":
                severity = NewsSeverity.Info;
                return true;
            case "silent":
            case "hidden":
                severity = NewsSeverity.Hidden;
                return true;
            case "none":
                severity = null;
                return true;
            case "default":
                severity = descriptor.DefaultSeverity;
                return true;
            default:
                severity = null;
                return false;
        }
    }
}
