using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NewsDsl.Language;
using NewsDsl.Language.Diagnostics;

namespace NewsDsl.Generator.Diagnostics;

/// <summary>
/// The severity a project configured for a rule in a <c>.news</c> file.
/// </summary>
/// <remarks>
/// The compiler applies <c>dotnet_diagnostic.&lt;ID&gt;.severity</c> from .editorconfig sections only to
/// diagnostics located in C# files (for other locations it applies global configs alone), and it
/// strips those keys from the options it hands analyzers. So the package passes the project's
/// .editorconfig files to the compiler as additional files too (build/NewsDsl.targets), and NewsDsl
/// evaluates them with Roslyn's own <see cref="AnalyzerConfigSet"/>: the same section matching and
/// precedence the compiler uses for C# files. Category-wide and all-analyzer keys
/// (<c>dotnet_analyzer_diagnostic.*</c>) do reach analyzers and are read from the file's options.
/// </remarks>
internal sealed class SeverityOptions
{
    public static readonly SeverityOptions None = new(null);

    private readonly AnalyzerConfigSet? _editorConfigs;

    private SeverityOptions(AnalyzerConfigSet? editorConfigs)
    {
        _editorConfigs = editorConfigs;
    }

    /// <summary>Whether an additional file is an .editorconfig the package passed along.</summary>
    public static bool IsEditorConfig(string path) =>
        path.EndsWith("/.editorconfig", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith("\\.editorconfig", StringComparison.OrdinalIgnoreCase)
        || string.Equals(path, ".editorconfig", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Parses the .editorconfig files (path and text). Configuration that Roslyn cannot read is
    /// left out, as the compiler leaves it out (it reports it itself for C# files): a broken
    /// .editorconfig must not stop articles from compiling.
    /// </summary>
    public static SeverityOptions From(IEnumerable<(string Path, string Text)> editorConfigs)
    {
        var parsed = new List<AnalyzerConfig>();
        foreach (var (path, text) in editorConfigs)
        {
            try
            {
                parsed.Add(AnalyzerConfig.Parse(text, path));
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
            return new SeverityOptions(AnalyzerConfigSet.Create(parsed));
        }
        catch (ArgumentException)
        {
            return None;
        }
    }

    /// <summary>
    /// The effective severity of <paramref name="descriptor"/> in the file at <paramref name="path"/>:
    /// the per-ID .editorconfig setting, else the category's, else the all-analyzers one, else
    /// <paramref name="fallback"/>. Null means the rule is off (<c>none</c>).
    /// </summary>
    public NewsSeverity? Effective(string path, AnalyzerConfigOptions? fileOptions, NewsDiagnosticDescriptor descriptor, NewsSeverity fallback)
    {
        if (_editorConfigs is not null && IsRooted(path)
            && _editorConfigs.GetOptionsForSourcePath(path).TreeOptions.TryGetValue(descriptor.Id, out var report))
        {
            return FromReport(report, descriptor);
        }

        if (fileOptions is not null)
        {
            if (TryRead(fileOptions, "dotnet_diagnostic." + descriptor.Id + ".severity", descriptor, out var severity)
                || TryRead(fileOptions, "dotnet_analyzer_diagnostic.category-" + descriptor.Category + ".severity", descriptor, out severity)
                || TryRead(fileOptions, "dotnet_analyzer_diagnostic.severity", descriptor, out severity))
            {
                return severity;
            }
        }

        return fallback;
    }

    // .editorconfig sections apply to files by their full path; the compiler always hands
    // additional files over with one.
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

    // Keys are compared case-insensitively by AnalyzerConfigOptions; an unknown word is ignored
    // (the compiler ignores it too) rather than guessed at.
    private static bool TryRead(AnalyzerConfigOptions options, string key, NewsDiagnosticDescriptor descriptor, out NewsSeverity? severity)
    {
        severity = null;
        return options.TryGetValue(key, out var word) && NewsCheckOptions.TryParseSeverity(word, descriptor, out severity);
    }
}
