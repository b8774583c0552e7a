using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using NewsDsl.Language;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Text;

namespace NewsDsl.LanguageServer;

/// <summary>
/// The workspace folders and the .news files under them (searched recursively, as <c>newsdsl check</c>
/// searches a folder). Thread-safe; entries are replaced whole.
/// </summary>
internal sealed class WorkspaceIndex
{
    private readonly ConcurrentDictionary<string, string> _folders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, WorkspaceArticle> _articles = new(StringComparer.Ordinal);
    private readonly ServerLog _log;

    public WorkspaceIndex(ServerLog log)
    {
        _log = log;
    }

    public IReadOnlyCollection<string> Folders => _folders.Keys.ToList();

    public IEnumerable<WorkspaceArticle> Articles => _articles.Values;

    public int Count => _articles.Count;

    public void AddFolder(string path) => _folders[Path.GetFullPath(path)] = path;

    public void RemoveFolder(string path)
    {
        var full = Path.GetFullPath(path);
        _folders.TryRemove(full, out _);
        foreach (var key in _articles.Keys)
        {
            if (!IsInWorkspace(key))
            {
                _articles.TryRemove(key, out _);
            }
        }
    }

    public bool IsInWorkspace(string fullPath) => FolderOf(fullPath) is not null;

    /// <summary>The path as <c>newsdsl check &lt;folder&gt;</c> run in the workspace folder prints it; the full path outside every folder.</summary>
    public string DisplayPath(string fullPath)
    {
        if (FolderOf(fullPath) is { } folder)
        {
            return Path.GetRelativePath(folder, fullPath);
        }

        return fullPath;
    }

    public IReadOnlyList<string> EnumerateFiles(string folder)
    {
        try
        {
            return Directory.EnumerateFiles(folder, "*.news", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".news", StringComparison.OrdinalIgnoreCase))
                .Select(Path.GetFullPath)
                .OrderBy(f => f, StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            _log.Warn($"cannot list '{folder}': {exception.Message}");
            return Array.Empty<string>();
        }
    }

    /// <summary>Reads every .news file of every folder (on a background thread at start-up).</summary>
    public void Scan(CancellationToken cancellationToken)
    {
        foreach (var folder in _folders.Keys.ToList())
        {
            foreach (var file in EnumerateFiles(folder))
            {
                cancellationToken.ThrowIfCancellationRequested();
                Refresh(file);
            }
        }
    }

    /// <summary>Re-reads one file (created or changed on disk), or forgets it when it is gone or outside the workspace.</summary>
    public void Refresh(string fullPath)
    {
        if (!fullPath.EndsWith(".news", StringComparison.OrdinalIgnoreCase) || !IsInWorkspace(fullPath) || !File.Exists(fullPath))
        {
            _articles.TryRemove(fullPath, out _);
            return;
        }

        string content;
        try
        {
            content = File.ReadAllText(fullPath, Encoding.UTF8);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            _log.Warn($"cannot read '{fullPath}': {exception.Message}");
            _articles.TryRemove(fullPath, out _);
            return;
        }

        var display = DisplayPath(fullPath);
        var model = NewsChecker.Bind(NewsText.From(content, display));
        _articles[fullPath] = Describe(fullPath, display, model);
    }

    public void Remove(string fullPath) => _articles.TryRemove(fullPath, out _);

    public static WorkspaceArticle Describe(string fullPath, string displayPath, ArticleModel model)
    {
        var identity = ArticleIdentity.Of(model);
        return new WorkspaceArticle(fullPath, displayPath, DocumentUri.FromPath(fullPath), identity, model.Metadata.Headline);
    }

    private string? FolderOf(string fullPath)
    {
        string? best = null;
        foreach (var folder in _folders.Keys)
        {
            var prefix = folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;
            if (fullPath.StartsWith(prefix, StringComparison.Ordinal) && (best is null || folder.Length > best.Length))
            {
                best = folder;
            }
        }

        return best;
    }
}
