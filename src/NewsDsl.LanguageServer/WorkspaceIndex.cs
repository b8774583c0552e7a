using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using NewsDsl.Language;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Text;

namespace NewsDsl.LanguageServer;

/// <summary>
/// The workspace folders and the .news files under them, found by the host's folder walker (the one
/// <c>newsdsl check</c> uses) and read with a size limit. Thread-safe; entries are replaced whole.
/// </summary>
internal sealed class WorkspaceIndex
{
    private readonly ConcurrentDictionary<string, string> _folders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, WorkspaceArticle> _articles = new(StringComparer.Ordinal);
    private readonly ServerLog _log;
    private readonly Func<string, Action<string, string>?, IEnumerable<string>>? _walker;
    private readonly ArticleFileReader? _reader;
    private bool _saidNoWalker;

    public WorkspaceIndex(ServerLog log, Func<string, Action<string, string>?, IEnumerable<string>>? walker, ArticleFileReader? reader)
    {
        _log = log;
        _walker = walker;
        _reader = reader;
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

    /// <summary>
    /// Every article file under a folder, as the host's walker finds them (each real directory once, regular files
    /// only, none above the size limit); what it skips is logged. Empty without a walker.
    /// </summary>
    public IReadOnlyList<string> EnumerateFiles(string folder, CancellationToken cancellationToken = default) =>
        EnumerateFiles(folder, null, cancellationToken);

    /// <summary>As <see cref="EnumerateFiles(string, CancellationToken)"/>; each skipped path (full) and why also goes to <paramref name="skipped"/>.</summary>
    public IReadOnlyList<string> EnumerateFiles(string folder, List<(string FullPath, string Why)>? skipped, CancellationToken cancellationToken = default)
    {
        if (_walker is null || _reader is null)
        {
            if (!_saidNoWalker)
            {
                _saidNoWalker = true;
                _log.Warn("no folder walker or article reader was given: workspace folders are not searched for articles (open documents are checked)");
            }

            return Array.Empty<string>();
        }

        var files = new List<string>();
        try
        {
            void Skip(string path, string why)
            {
                _log.Warn($"skipped '{path}': {why}");
                skipped?.Add((Path.GetFullPath(path), why));
            }

            foreach (var file in _walker(folder, Skip))
            {
                cancellationToken.ThrowIfCancellationRequested();
                files.Add(Path.GetFullPath(file));
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            _log.Warn($"cannot list '{folder}': {exception.Message}");
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>Reads every .news file of every folder.</summary>
    public void Scan(CancellationToken cancellationToken) => ScanFolders(_folders.Keys.ToList(), cancellationToken);

    /// <summary>Reads every .news file of the given folders.</summary>
    public void ScanFolders(IEnumerable<string> folders, CancellationToken cancellationToken)
    {
        foreach (var folder in folders)
        {
            foreach (var file in EnumerateFiles(folder, cancellationToken))
            {
                cancellationToken.ThrowIfCancellationRequested();
                Refresh(file);
            }
        }
    }

    /// <summary>The start-up scan, on a background thread; <paramref name="done"/> runs after it (to check the open documents again).</summary>
    public Task ScanInBackground(Action done, CancellationToken cancellationToken) => Task.Run(
        () =>
        {
            try
            {
                Scan(cancellationToken);
                _log.Info($"workspace scanned: {Count} articles");

                // The scan parsed every article and kept only identities: give the garbage back now rather than
                // carry it for the hours the server stays open.
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
                done();
            }
            catch (OperationCanceledException)
            {
            }
            catch (Exception exception)
            {
                _log.Error("workspace scan failed: " + exception);
            }
        },
        cancellationToken);

    /// <summary>An article file's text from disk, or null (logged) when it cannot or must not be read (or no reader was given).</summary>
    public string? Read(string fullPath)
    {
        if (_reader is null)
        {
            return null;
        }

        try
        {
            if (_reader(fullPath, out var text, out var error))
            {
                return text;
            }

            _log.Warn($"skipped '{fullPath}': {error}");
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            _log.Warn($"cannot read '{fullPath}': {exception.Message}");
            return null;
        }
    }

    /// <summary>Re-reads one file (created or changed on disk), or forgets it when it is gone, unreadable or outside the workspace.</summary>
    public void Refresh(string fullPath)
    {
        if (!fullPath.EndsWith(".news", StringComparison.OrdinalIgnoreCase) || !IsInWorkspace(fullPath) || Read(fullPath) is not { } content)
        {
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
