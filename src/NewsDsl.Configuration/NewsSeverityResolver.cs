using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using NewsDsl.Language;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Rules;

namespace NewsDsl.Configuration;

/// <summary>
/// Severities for <c>.news</c> files on disk, resolved as <c>dotnet build</c> resolves them: the
/// <c>.editorconfig</c> and <c>.globalconfig</c> files in the article's folder and every folder
/// above it (the SDK's discovery; <c>root = true</c> is honoured by Roslyn's matching), evaluated by
/// the generator's own resolver. Thread-safe; each configuration file is read once per instance.
/// </summary>
public sealed class NewsSeverityResolver
{
    private readonly ConcurrentDictionary<string, Lazy<SeverityOptions>> _byFolder = new(PathComparer);
    private readonly ConcurrentDictionary<string, Lazy<KeyValuePair<string, string>[]>> _filesInFolder = new(PathComparer);

    private static StringComparer PathComparer => OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>The severity of a rule in the article at <paramref name="articlePath"/>; null when configuration turns it off.</summary>
    public NewsSeverity? SeverityOf(string articlePath, NewsDiagnosticDescriptor descriptor)
    {
        var fullPath = Path.GetFullPath(articlePath);
        return For(Path.GetDirectoryName(fullPath)).Effective(fullPath, descriptor);
    }

    /// <summary>The severity of every rule NewsDsl has in the article at <paramref name="articlePath"/> (null: off), by ID.</summary>
    public IReadOnlyDictionary<string, NewsSeverity?> SeveritiesFor(string articlePath)
    {
        var fullPath = Path.GetFullPath(articlePath);
        return For(Path.GetDirectoryName(fullPath)).EffectiveForAll(fullPath, NewsRules.Descriptors);
    }

    /// <summary>Options for <see cref="NewsChecker.Check"/> of the article at <paramref name="articlePath"/>.</summary>
    public NewsCheckOptions OptionsFor(string articlePath, bool warningsAsErrors = false) => new()
    {
        Severities = SeveritiesFor(articlePath),
        SuppressedByCompiler = For(Path.GetDirectoryName(Path.GetFullPath(articlePath))).SuppressedByCompiler(NewsRules.Descriptors),
        WarningsAsErrors = warningsAsErrors,
    };

    /// <summary>The configuration files that apply to the article, nearest folder first (what a language server watches).</summary>
    public IReadOnlyList<string> ConfigurationFilesFor(string articlePath)
    {
        var files = new List<string>();
        for (var folder = Path.GetDirectoryName(Path.GetFullPath(articlePath)); !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
        {
            foreach (var file in FilesIn(folder))
            {
                files.Add(file.Key);
            }
        }

        return files;
    }

    /// <summary>Forgets every file read, after a configuration file changed (a language server calls this).</summary>
    public void Forget()
    {
        _byFolder.Clear();
        _filesInFolder.Clear();
    }

    private SeverityOptions For(string? folder)
    {
        if (string.IsNullOrEmpty(folder))
        {
            return SeverityOptions.None;
        }

        return _byFolder.GetOrAdd(folder, f => new Lazy<SeverityOptions>(() => SeverityOptions.From(ChainOf(f)))).Value;
    }

    // The files of the folder and of every folder above: Roslyn sorts them by depth and applies
    // root = true itself, global configs are global wherever they were found (as in a build).
    private List<KeyValuePair<string, string>> ChainOf(string folder)
    {
        var chain = new List<KeyValuePair<string, string>>();
        for (var current = folder; !string.IsNullOrEmpty(current); current = Path.GetDirectoryName(current))
        {
            chain.AddRange(FilesIn(current));
        }

        return chain;
    }

    private KeyValuePair<string, string>[] FilesIn(string folder) =>
        _filesInFolder.GetOrAdd(folder, f => new Lazy<KeyValuePair<string, string>[]>(() => Read(f))).Value;

    private static KeyValuePair<string, string>[] Read(string folder)
    {
        var found = new List<KeyValuePair<string, string>>(2);
        foreach (var name in new[] { ".editorconfig", ".globalconfig" })
        {
            var path = Path.Combine(folder, name);
            try
            {
                if (File.Exists(path))
                {
                    found.Add(new KeyValuePair<string, string>(path, File.ReadAllText(path)));
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // A configuration file that cannot be read counts as absent: the articles are still checked.
            }
        }

        return found.ToArray();
    }
}
