using System;
using System.Collections.Generic;
using System.IO;
using NewsDsl.Language;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Rules;

namespace NewsDsl.Cli;

/// <summary>
/// Reads <c>dotnet_diagnostic.&lt;ID&gt;.severity</c> from the .editorconfig files above an article, so the
/// command line reports the same severities as a build. Only sections that match .news files count
/// (<c>[*]</c>, <c>[*.news]</c>, <c>[*.{news,…}]</c>); nearer files win, and <c>root = true</c> stops the search.
/// </summary>
internal sealed class EditorConfigSeverities
{
    private readonly Dictionary<string, IReadOnlyList<KeyValuePair<string, string>>> _fileCache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _rootCache = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, NewsSeverity?> For(string articlePath)
    {
        var chain = new List<IReadOnlyList<KeyValuePair<string, string>>>();
        var directory = Path.GetDirectoryName(Path.GetFullPath(articlePath));
        while (!string.IsNullOrEmpty(directory))
        {
            var config = Path.Combine(directory, ".editorconfig");
            if (File.Exists(config))
            {
                chain.Add(Read(config));
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

    private IReadOnlyList<KeyValuePair<string, string>> Read(string path)
    {
        if (_fileCache.TryGetValue(path, out var cached))
        {
            return cached;
        }

        var entries = new List<KeyValuePair<string, string>>();
        var isRoot = false;
        var inMatchingSection = false;
        var inPreamble = true;
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
                inPreamble = false;
                inMatchingSection = SectionMatchesNews(line.Substring(1, line.Length - 2));
                continue;
            }

            var equals = line.IndexOf('=');
            if (equals <= 0)
            {
                continue;
            }

            var key = line.Substring(0, equals).Trim().ToLowerInvariant();
            var value = line.Substring(equals + 1).Trim();
            if (inPreamble && key == "root")
            {
                isRoot = value.Equals("true", StringComparison.OrdinalIgnoreCase);
            }
            else if (inMatchingSection)
            {
                entries.Add(new KeyValuePair<string, string>(key, value));
            }
        }

        _fileCache[path] = entries;
        _rootCache[path] = isRoot;
        return entries;
    }

    /// <summary>Whether a section header applies to every .news file (the common forms; no path-specific globs).</summary>
    private static bool SectionMatchesNews(string glob)
    {
        glob = glob.Trim();
        if (glob is "*" or "**" or "*.news" or "**.news" or "**/*.news")
        {
            return true;
        }

        if ((glob.StartsWith("*.{", StringComparison.Ordinal) || glob.StartsWith("**.{", StringComparison.Ordinal)) && glob.EndsWith('}'))
        {
            var list = glob.Substring(glob.IndexOf('{') + 1).TrimEnd('}');
            foreach (var extension in list.Split(','))
            {
                if (extension.Trim() == "news")
                {
                    return true;
                }
            }
        }

        return false;
    }
}
