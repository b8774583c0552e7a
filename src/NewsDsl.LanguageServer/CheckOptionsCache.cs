using System;
using System.Collections.Concurrent;
using NewsDsl.Language;

namespace NewsDsl.LanguageServer;

/// <summary>Check options per article path, from the host's resolver, kept until an .editorconfig changes.</summary>
internal sealed class CheckOptionsCache
{
    private readonly Func<string, NewsCheckOptions>? _resolver;
    private readonly ServerLog _log;
    private ConcurrentDictionary<string, NewsCheckOptions> _cache = new(StringComparer.Ordinal);

    public CheckOptionsCache(Func<string, NewsCheckOptions>? resolver, ServerLog log)
    {
        _resolver = resolver;
        _log = log;
    }

    /// <summary>Options for a document: by its full path, or the defaults for one with no path (untitled:).</summary>
    public NewsCheckOptions For(string? fullPath)
    {
        if (fullPath is null || _resolver is null)
        {
            return NewsCheckOptions.Default;
        }

        return _cache.GetOrAdd(fullPath, path =>
        {
            try
            {
                return _resolver(path);
            }
            catch (Exception exception)
            {
                // A broken .editorconfig must not stop checking: defaults, and say why.
                _log.Warn($"cannot read severities for '{path}': {exception.Message}");
                return NewsCheckOptions.Default;
            }
        });
    }

    public void Clear() => _cache = new ConcurrentDictionary<string, NewsCheckOptions>(StringComparer.Ordinal);
}
