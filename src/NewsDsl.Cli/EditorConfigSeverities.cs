using System;
using System.Collections.Generic;
using System.IO;
using NewsDsl.Language;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Rules;

namespace NewsDsl.Cli;

/// <summary>
/// Reads <c>dotnet_diagnostic.&lt;ID&gt;.severity</c> from the .editorconfig files above an article, so the
/// command line reports the same severities as a build: sections are matched with the EditorConfig
/// globbing rules (<see cref="EditorConfigGlob"/>), later sections and nearer files win, and
/// <c>root = true</c> stops the search.
/// </summary>
internal sealed class EditorConfigSeverities
{
    private readonly Dictionary<string, IReadOnlyList<Section>> _fileCache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _rootCache = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, NewsSeverity?> For(string articlePath)
    {
        var fullPath = Path.GetFullPath(articlePath);
        var chain = new List<IReadOnlyList<KeyValuePair<string, string>>>();
        var directory = Path.GetDirectoryName(fullPath);
        while (!string.IsNullOrEmpty(directory))
        {
            var config = Path.Combine(directory, ".editorconfig");
            if (File.Exists(config))
            {
                var relative = Path.GetRelativePath(directory, fullPath).Replace('\\', '/');
                var entries = new List<KeyValuePair<string, string>>();
                foreach (var section in Read(config))
                {
                    if (section.Glob.IsMatch(relative))
                    {
                        entries.AddRange(section.Entries);
                    }
                }

                chain.Add(entries);
                if (_rootCache[config])
                {
                    break;
                }
            }

            directory = Path.GetDirectoryName(directory);
        }

        var severities = new Dictionary<string, NewsSeverity?>(StringComparer.Ordinal);
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            foreach (var (key, value) in chain[i])
            {
                const string Prefix = "dotnet_diagnostic.";
                const string Suffix = ".severity";
                if (!key.StartsWith(Prefix, StringComparison.Ordinal) || !key.EndsWith(Suffix, StringComparison.Ordinal))
                {
                    continue;
                }

                var id = key.Substring(Prefix.Length, key.Length - Prefix.Length - Suffix.Length).ToUpperInvariant();
                if (NewsRules.Find(id) is { } descriptor && NewsCheckOptions.TryParseSeverity(value, descriptor, out var severity))
                {
                    severities[id] = severity;
                }
            }
        }

        return severities;
    }

    private IReadOnlyList<Section> Read(string path)
    {
        if (_fileCache.TryGetValue(path, out var cached))
        {
            return cached;
        }

        var sections = new List<Section>();
        var isRoot = false;
        Section? current = null;
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            lines = Array.Empty<string>();
        }

        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            if (line[0] == '[' && line[line.Length - 1] == ']')
            {
                current = new Section(EditorConfigGlob.Parse(line.Substring(1, line.Length - 2)));
                sections.Add(current);
                continue;
            }

            var equals = line.IndexOf('=');
            if (equals <= 0)
            {
                continue;
            }

            var key = line.Substring(0, equals).Trim().ToLowerInvariant();
            var value = line.Substring(equals + 1).Trim();
            if (current is null && key == "root")
            {
                isRoot = value.Equals("true", StringComparison.OrdinalIgnoreCase);
            }
            else
            {
                current?.Entries.Add(new KeyValuePair<string, string>(key, value));
            }
        }

        _fileCache[path] = sections;
        _rootCache[path] = isRoot;
        return sections;
    }

    private sealed class Section
    {
        public Section(EditorConfigGlob glob)
        {
            Glob = glob;
        }

        public EditorConfigGlob Glob { get; }

        public List<KeyValuePair<string, string>> Entries { get; } = new();
    }
}
