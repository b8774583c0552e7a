using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using NewsDsl.Language;
using NewsDsl.Language.Diagnostics;

namespace NewsDsl.Configuration;

/// <summary>
/// The one severity resolver of NewsDsl: given the configuration files that apply (their paths and
/// texts), the severity of a rule in a <c>.news</c> file. The generator and analyzer (files the
/// package passes along; the generator compiles this very file, linked from here) and the command line,
/// language server and renderer (files found on disk, <see cref="NewsSeverityResolver"/>) all resolve
/// through it, so a build and <c>newsdsl check</c> agree. It lives with the configuration, which it is about;
/// the generator borrows it (it cannot reference a net10.0 assembly from inside the compiler).
/// </summary>
/// <remarks>
/// Configuration is evaluated by Roslyn's own <see cref="AnalyzerConfigSet"/>: the compiler's section
/// matching, <c>root = true</c>, nesting and global-config merging. The order follows what a build does
/// with a diagnostic located in a .news file (an additional file, not a syntax tree), as the end-to-end
/// parity matrix measures it:
/// <list type="number">
/// <item>a matching .editorconfig section's <c>dotnet_diagnostic.&lt;ID&gt;.severity = none</c>: the analyzer
/// applies sections itself (the compiler applies them only to C# files), so the finding is never reported;</item>
/// <item>a global config's top-level <c>dotnet_diagnostic.&lt;ID&gt;.severity</c>: the compiler applies it to
/// every reported diagnostic whatever its location, after the analyzer, so it wins over other section settings;
/// its <c>none</c> drops even the "never silent" info (<see cref="SuppressedByCompiler"/>);</item>
/// <item>the matching sections' <c>dotnet_diagnostic.&lt;ID&gt;.severity</c>;</item>
/// <item><c>dotnet_analyzer_diagnostic.category-&lt;Category&gt;.severity</c>, then
/// <c>dotnet_analyzer_diagnostic.severity</c>, from the same sections and global configs;</item>
/// <item>the rule's default.</item>
/// </list>
/// Equality is by the configuration files' paths and texts, so the generator can cache on it.
/// </remarks>
internal sealed class SeverityOptions : IEquatable<SeverityOptions>
{
    public static readonly SeverityOptions None = new(null, Array.Empty<KeyValuePair<string, string>>());

    private const string CategoryKeyPrefix = "dotnet_analyzer_diagnostic.category-";
    private const string SeverityKeySuffix = ".severity";
    private const string AllAnalyzersKey = "dotnet_analyzer_diagnostic.severity";

    private readonly AnalyzerConfigSet? _set;
    private readonly KeyValuePair<string, string>[] _files;
    private readonly int _hashCode;

    private SeverityOptions(AnalyzerConfigSet? set, KeyValuePair<string, string>[] files)
    {
        _set = set;
        _files = files;
        var hash = 17;
        foreach (var file in files)
        {
            hash = unchecked((hash * 31) + StringComparer.Ordinal.GetHashCode(file.Key));
            hash = unchecked((hash * 31) + StringComparer.Ordinal.GetHashCode(file.Value));
        }

        _hashCode = hash;
    }

    /// <summary>The number of configuration files that were read (for tests and diagnostics of the tools).</summary>
    public int FileCount => _files.Length;

    /// <summary>
    /// Whether a file is configuration NewsDsl reads: an <c>.editorconfig</c>, or a global config
    /// (<c>.globalconfig</c>, or any file ending in <c>.globalconfig</c>).
    /// </summary>
    public static bool IsConfigurationFile(string path)
    {
        var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        var name = slash < 0 ? path : path.Substring(slash + 1);
        return string.Equals(name, ".editorconfig", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".globalconfig", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Parses configuration files (absolute path and text), in any order: Roslyn sorts them by folder.
    /// Configuration that Roslyn cannot read is left out, as the compiler leaves it out (it reports
    /// it itself): a broken file must not stop articles from being checked or compiled.
    /// </summary>
    public static SeverityOptions From(IEnumerable<KeyValuePair<string, string>> files)
    {
        var parsed = new List<AnalyzerConfig>();
        var kept = new List<KeyValuePair<string, string>>();
        foreach (var file in files)
        {
            try
            {
                parsed.Add(AnalyzerConfig.Parse(file.Value, file.Key));
                kept.Add(file);
            }
            catch (ArgumentException)
            {
                // A path Roslyn does not accept (not absolute): that file cannot apply to anything.
            }
        }

        if (parsed.Count == 0)
        {
            return None;
        }

        try
        {
            return new SeverityOptions(AnalyzerConfigSet.Create(parsed), kept.ToArray());
        }
        catch (ArgumentException)
        {
            return None;
        }
    }

    /// <summary>
    /// The IDs a global config's top-level <c>dotnet_diagnostic.&lt;ID&gt;.severity = none</c> suppresses: a build's
    /// compiler drops every diagnostic with such an ID, whatever severity the analyzer or generator gave it (measured
    /// by the parity matrix's twins-global cell).
    /// </summary>
    public IReadOnlyCollection<string> SuppressedByCompiler(IEnumerable<NewsDiagnosticDescriptor> descriptors)
    {
        var ids = new List<string>();
        if (_set is not null)
        {
            foreach (var descriptor in descriptors)
            {
                if (_set.GlobalConfigOptions.TreeOptions.TryGetValue(descriptor.Id, out var global) && global == ReportDiagnostic.Suppress)
                {
                    ids.Add(descriptor.Id);
                }
            }
        }

        return ids;
    }

    /// <summary>The effective severity of a rule in the file at <paramref name="path"/>; null means off (<c>none</c>).</summary>
    public NewsSeverity? Effective(string path, NewsDiagnosticDescriptor descriptor) => Effective(path, descriptor, descriptor.DefaultSeverity);

    /// <summary>
    /// The effective severity of <paramref name="descriptor"/> in the file at <paramref name="path"/>
    /// (absolute), or <paramref name="fallback"/> when nothing configures it. Null means off (<c>none</c>).
    /// </summary>
    public NewsSeverity? Effective(string path, NewsDiagnosticDescriptor descriptor, NewsSeverity fallback) =>
        _set is null ? fallback : Resolve(_set, OptionsFor(_set, path), descriptor, fallback);

    /// <summary>The effective severity of each descriptor in the file at <paramref name="path"/>, by ID; the file's sections are matched once.</summary>
    public Dictionary<string, NewsSeverity?> EffectiveForAll(string path, IEnumerable<NewsDiagnosticDescriptor> descriptors)
    {
        var options = _set is null ? null : OptionsFor(_set, path);
        var severities = new Dictionary<string, NewsSeverity?>(StringComparer.Ordinal);
        foreach (var descriptor in descriptors)
        {
            severities[descriptor.Id] = _set is null ? descriptor.DefaultSeverity : Resolve(_set, options, descriptor, descriptor.DefaultSeverity);
        }

        return severities;
    }

    private static AnalyzerConfigOptionsResult? OptionsFor(AnalyzerConfigSet set, string path) =>
        IsRooted(path) ? set.GetOptionsForSourcePath(path) : null;

    private static NewsSeverity? Resolve(AnalyzerConfigSet set, AnalyzerConfigOptionsResult? options, NewsDiagnosticDescriptor descriptor, NewsSeverity fallback)
    {
        // What a build does with a finding in a .news file (measured by the end-to-end parity matrix): the analyzer
        // applies the matching .editorconfig sections, so their `none` means the finding is never reported and
        // nothing can bring it back; the compiler then re-rates whatever was reported with a global config's
        // per-ID setting, so that wins over any other section setting.
        var section = ReportDiagnostic.Default;
        var hasSection = options is { } file && file.TreeOptions.TryGetValue(descriptor.Id, out section);
        if (hasSection && section == ReportDiagnostic.Suppress)
        {
            return null;
        }

        if (set.GlobalConfigOptions.TreeOptions.TryGetValue(descriptor.Id, out var global))
        {
            return FromReport(global, descriptor);
        }

        if (hasSection)
        {
            return FromReport(section, descriptor);
        }

        if (options is not { } matched)
        {
            return fallback;
        }

        // Keys are compared case-insensitively by Roslyn; an unknown word is ignored, as the compiler ignores it.
        if (TryRead(matched.AnalyzerOptions, CategoryKeyPrefix + descriptor.Category + SeverityKeySuffix, descriptor, out var severity)
            || TryRead(matched.AnalyzerOptions, AllAnalyzersKey, descriptor, out severity))
        {
            return severity;
        }

        return fallback;
    }

    public bool Equals(SeverityOptions? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (_hashCode != other._hashCode || _files.Length != other._files.Length)
        {
            return false;
        }

        for (var i = 0; i < _files.Length; i++)
        {
            if (!string.Equals(_files[i].Key, other._files[i].Key, StringComparison.Ordinal)
                || !string.Equals(_files[i].Value, other._files[i].Value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as SeverityOptions);

    public override int GetHashCode() => _hashCode;

    // .editorconfig sections apply to files by their full path; the compiler always hands
    // additional files over with one, and the tools resolve paths before asking.
    private static bool IsRooted(string path) =>
        path.StartsWith("/", StringComparison.Ordinal)
        || path.StartsWith("\\", StringComparison.Ordinal)
        || (path.Length >= 3 && char.IsLetter(path[0]) && path[1] == ':' && (path[2] == '\\' || path[2] == '/'));

    private static NewsSeverity? FromReport(ReportDiagnostic report, NewsDiagnosticDescriptor descriptor) => report switch
    {
        ReportDiagnostic.Error => NewsSeverity.Error,
        ReportDiagnostic.Warn => NewsSeverity.Warning,
        ReportDiagnostic.Info => NewsSeverity.Info,
        ReportDiagnostic.Hidden => NewsSeverity.Hidden,
        ReportDiagnostic.Suppress => null,
        _ => descriptor.DefaultSeverity,
    };

    private static bool TryRead(IDictionary<string, string> options, string key, NewsDiagnosticDescriptor descriptor, out NewsSeverity? severity)
    {
        severity = null;
        return options.TryGetValue(key, out var word) && NewsCheckOptions.TryParseSeverity(word, descriptor, out severity);
    }
}
