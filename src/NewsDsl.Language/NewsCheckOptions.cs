using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using NewsDsl.Language.Diagnostics;

namespace NewsDsl.Language;

/// <summary>
/// How findings are reported: per-ID severities (as in .editorconfig) and warnings-as-errors.
/// Immutable: set with an object initializer or derive with <c>with</c>; safe to share between threads.
/// </summary>
public sealed record NewsCheckOptions
{
    private static readonly IReadOnlyDictionary<string, NewsSeverity?> s_noOverrides =
        new ReadOnlyDictionary<string, NewsSeverity?>(new Dictionary<string, NewsSeverity?>(StringComparer.Ordinal));

    private readonly IReadOnlyDictionary<string, NewsSeverity?> _severities = s_noOverrides;

    /// <summary>Every rule at its default severity.</summary>
    public static NewsCheckOptions Default { get; } = new();

    /// <summary>
    /// Per-ID severity overrides; a null value turns the rule off (<c>none</c>). Keys are IDs such as "NEWS001".
    /// The dictionary given is copied, so changing it afterwards changes nothing here.
    /// </summary>
    public IReadOnlyDictionary<string, NewsSeverity?> Severities
    {
        get => _severities;
        init => _severities = Copy(value);
    }

    /// <summary>
    /// IDs a build's compiler drops whatever NewsDsl reports (a global config's top-level
    /// <c>dotnet_diagnostic.&lt;ID&gt;.severity = none</c>): not even the "never silent" info that a rule turned off
    /// in an .editorconfig section still gets (NEWS109, the NEWS004/NEWS008 notes) is reported, as in the build.
    /// </summary>
    public IReadOnlyCollection<string> SuppressedByCompiler { get; init; } = Array.Empty<string>();

    /// <summary>Report every warning as an error (after per-ID overrides).</summary>
    public bool WarningsAsErrors { get; init; }

    /// <summary>The severity a finding is reported with, or null when it is turned off.</summary>
    public NewsSeverity? EffectiveSeverity(NewsDiagnosticDescriptor descriptor)
    {
        if (descriptor is null)
        {
            throw new ArgumentNullException(nameof(descriptor));
        }

        NewsSeverity? severity = _severities.TryGetValue(descriptor.Id, out var configured) ? configured : descriptor.DefaultSeverity;
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
        if (word is null)
        {
            throw new ArgumentNullException(nameof(word));
        }

        if (descriptor is null)
        {
            throw new ArgumentNullException(nameof(descriptor));
        }

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

    private static IReadOnlyDictionary<string, NewsSeverity?> Copy(IReadOnlyDictionary<string, NewsSeverity?>? value)
    {
        if (value is null || value.Count == 0)
        {
            return s_noOverrides;
        }

        var copy = new Dictionary<string, NewsSeverity?>(value.Count, StringComparer.Ordinal);
        foreach (var pair in value)
        {
            copy[pair.Key] = pair.Value;
        }

        return new ReadOnlyDictionary<string, NewsSeverity?>(copy);
    }
}
