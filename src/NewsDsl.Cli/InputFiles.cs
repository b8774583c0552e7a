using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Enumeration;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace NewsDsl.Cli;

/// <summary>
/// Finding and reading articles on a file system that may be hostile: every command that takes
/// <c>.news</c> paths (check, render, export, the language server's workspace scan) reads through here.
/// <list type="bullet">
/// <item>A folder is walked once per real directory: a directory symlink is followed the first time
/// its target is reached and never again, so <c>a/up -&gt; ..</c> loops end; the tree is walked with an
/// explicit stack, so a very deep tree cannot overflow the call stack, and a folder that cannot be
/// listed (no permission, path too long) is reported and passed over.</item>
/// <item>Only regular files are articles. A FIFO, a device, a socket (or a <c>.news</c> symlink to one,
/// such as <c>/dev/zero</c>) is reported and never opened, and so is a file larger than
/// <see cref="MaxArticleBytes"/>. A read opens without blocking, checks the open file again (a FIFO
/// swapped in after the walk cannot hang it) and stops at the limit (a file that grows cannot exhaust
/// memory).</item>
/// <item>Files come in ordinal order of their paths, the order a build sees them in.</item>
/// </list>
/// </summary>
internal static class InputFiles
{
    /// <summary>
    /// The largest article read: 16 MiB. A long feature is 50 KB and a book 2 MB, so only a file that is
    /// not an article (an archive renamed, a runaway export) is this large; reading it would take the
    /// memory of several copies (text, syntax tree, findings) for nothing.
    /// </summary>
    internal const long MaxArticleBytes = 16L * 1024 * 1024;

    private static readonly EnumerationOptions s_listOneFolder = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

    /// <summary>True for a name that ends in <c>.news</c> (any case, as the folder search always matched).</summary>
    internal static bool IsNewsFileName(string path) => path.EndsWith(".news", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Every regular <c>*.news</c> file under <paramref name="folder"/>, as <c>folder/relative/path</c>, in
    /// ordinal order of those paths. Each real directory is listed once; what is not read is passed to
    /// <paramref name="skipped"/> with the reason (a non-regular or too large <c>.news</c> file, a
    /// folder that cannot be listed, a broken <c>.news</c> link) and not yielded. Never throws for
    /// what it finds on disk, never blocks, always ends.
    /// </summary>
    internal static IEnumerable<string> EnumerateNewsFiles(string folder, Action<string, string>? skipped)
    {
        if (!FileStatus.TryGet(folder, followLinks: true, out var root, out var rootError))
        {
            skipped?.Invoke(folder, rootError ?? "it cannot be read");
            yield break;
        }

        if (root.Kind != FileKind.Directory)
        {
            skipped?.Invoke(folder, $"{FileStatus.Describe(root.Kind)}, not a folder");
            yield break;
        }

        var visited = new HashSet<string>(StringComparer.Ordinal) { root.IdentityKey };

        // Depth first over entries sorted by name, a folder's name with a separator after it: then the
        // paths come out in exactly the ordinal order of the whole path strings ("a-b/x" before "a/x",
        // "a.news" before "a/x"), with nothing to sort at the end.
        var pending = new Stack<Entry>();
        PushChildren(folder, pending, skipped);
        while (pending.Count > 0)
        {
            var entry = pending.Pop();
            if (entry.IsDirectory)
            {
                // A second way to the same directory (a symlink loop, two links to one place) is not taken:
                // its files were or will be read by the first.
                if (visited.Add(entry.IdentityKey!))
                {
                    PushChildren(entry.Path, pending, skipped);
                }

                continue;
            }

            if (entry.SkipReason is { } why)
            {
                skipped?.Invoke(entry.Path, why);
                continue;
            }

            yield return entry.Path;
        }
    }

    /// <summary>
    /// Why <paramref name="path"/> (named by the user) cannot be read as an article: null when it is a
    /// regular file within the size limit (through any symlinks), else a reason such as
    /// "a FIFO (named pipe), not a regular file".
    /// </summary>
    internal static string? WhyNotAnArticle(string path)
    {
        if (!FileStatus.TryGet(path, followLinks: true, out var status, out var error))
        {
            return error;
        }

        return WhyNotAnArticle(status);
    }

    /// <summary>
    /// Reads an article as text, as <see cref="File.ReadAllText(string, Encoding)"/> with UTF-8 would
    /// (a byte order mark chooses the encoding), but only a regular file of at most
    /// <see cref="MaxArticleBytes"/>, without ever blocking. False with a reason otherwise.
    /// </summary>
    internal static bool TryReadArticle(string path, out string text, out string? error)
    {
        if (!TryReadBytes(path, MaxArticleBytes, out var bytes, out _, out error))
        {
            text = string.Empty;
            return false;
        }

        using var reader = new StreamReader(new MemoryStream(bytes, writable: false), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        text = reader.ReadToEnd();
        return true;
    }

    /// <summary>
    /// Reads the bytes of a regular file of at most <paramref name="maxBytes"/>. On Linux the file is
    /// opened without blocking, with a shared lock (a .NET writer holding it exclusively makes this fail
    /// rather than read half a save), and checked once open: a FIFO or device is refused, never read.
    /// <paramref name="status"/> is the open file's (its identity, owner and mode, for a later write).
    /// </summary>
    internal static bool TryReadBytes(string path, long maxBytes, out byte[] bytes, out FileStatus status, out string? error)
    {
        bytes = Array.Empty<byte>();
        if (!FileStatus.TryGet(path, followLinks: true, out status, out error))
        {
            return false;
        }

        if (WhyNotAnArticle(status, maxBytes) is { } refused)
        {
            error = refused;
            return false;
        }

        try
        {
            using var handle = status.IsExact ? OpenWithoutBlocking(path) : File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (status.IsExact)
            {
                // Checked again on the open file: what the path names may have changed since.
                if (!FileStatus.TryGet(handle, path, out status, out error))
                {
                    return false;
                }

                if (WhyNotAnArticle(status, maxBytes) is { } changed)
                {
                    error = changed;
                    return false;
                }
            }

            bytes = ReadAtMost(handle, status.Size, maxBytes, out var tooLarge);
            if (tooLarge)
            {
                bytes = Array.Empty<byte>();
                error = $"it grew past {Megabytes(maxBytes)}, the limit for an article";
                return false;
            }

            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error = exception.Message;
            return false;
        }
    }

    /// <summary>
    /// Every .news file named or found under a named folder, once, sorted by full path (ordinal), the
    /// order a build sees them in. A path that does not exist fails at once (false: exit 2 before
    /// anything is checked); what cannot be read as an article (a FIFO, a device, a file over the size
    /// limit, a folder that cannot be listed) is reported on <paramref name="stderr"/>, counted in
    /// <paramref name="skipped"/> and listed in path order with its <see cref="InputFile.SkipReason"/>
    /// (check reports it as NEWS112; render passes over it), and the rest is checked.
    /// </summary>
    internal static bool TryCollect(IReadOnlyList<string> paths, TextWriter stderr, out List<InputFile> files, out int skipped)
    {
        var collected = new Dictionary<string, InputFile>(StringComparer.Ordinal);
        var skippedCount = 0;
        files = new List<InputFile>();
        foreach (var path in paths)
        {
            if (!FileStatus.TryGet(path, followLinks: true, out var status, out var error) && !FileStatus.TryGet(path, followLinks: false, out _, out _))
            {
                stderr.WriteLine(File.Exists(path) || Directory.Exists(path)
                    ? $"newsdsl: cannot read '{path}': {error}"
                    : $"newsdsl: '{path}' does not exist: give a .news file or a folder that contains some.");
                skipped = skippedCount;
                return false;
            }

            if (status.Kind == FileKind.Directory)
            {
                foreach (var file in EnumerateNewsFiles(path, Skip))
                {
                    Add(file);
                }
            }
            else if (WhyNotAnArticle(path) is { } why)
            {
                Skip(path, why);
            }
            else
            {
                Add(path);
            }
        }

        files.AddRange(collected.Values.OrderBy(f => f.FullPath, StringComparer.Ordinal));
        skipped = skippedCount;
        return true;

        void Skip(string path, string why)
        {
            stderr.WriteLine($"newsdsl: skipped '{DisplayPathOf(path)}': {why.TrimEnd('.')}.");
            skippedCount++;
            var full = Path.GetFullPath(path);
            if (!collected.ContainsKey(full))
            {
                collected.Add(full, new InputFile(DisplayPathOf(path), full) { SkipReason = why.TrimEnd('.') });
            }
        }

        void Add(string path)
        {
            var full = Path.GetFullPath(path);
            if (!collected.ContainsKey(full))
            {
                collected.Add(full, new InputFile(DisplayPathOf(path), full));
            }
        }
    }

    /// <summary>"check ." lists "./a.news"; it is printed "a.news", as MSBuild would.</summary>
    internal static string DisplayPathOf(string path) =>
        path.StartsWith("./", StringComparison.Ordinal) || path.StartsWith(".\\", StringComparison.Ordinal) ? path.Substring(2) : path;

    private static string? WhyNotAnArticle(FileStatus status, long maxBytes = MaxArticleBytes)
    {
        if (status.Kind != FileKind.Regular)
        {
            return $"{FileStatus.Describe(status.Kind)}, not a regular file";
        }

        return status.Size > maxBytes ? $"{Megabytes(status.Size)}, larger than {Megabytes(maxBytes)}, the limit for an article" : null;
    }

    private static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024):0.#} MiB";

    private static SafeFileHandle OpenWithoutBlocking(string path)
    {
        var descriptor = UnixNative.Open(path, UnixNative.OpenReadOnly | UnixNative.OpenNonBlocking | UnixNative.OpenCloseOnExec, 0);
        if (descriptor < 0)
        {
            throw new IOException(Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError()));
        }

        var handle = new SafeFileHandle(descriptor, ownsHandle: true);
        if (UnixNative.Flock(descriptor, UnixNative.LockShared | UnixNative.LockNonBlocking) != 0
            && Marshal.GetLastPInvokeError() == UnixNative.ErrorWouldBlock)
        {
            handle.Dispose();
            throw new IOException("another program holds it locked for writing");
        }

        return handle;
    }

    private static byte[] ReadAtMost(SafeFileHandle handle, long expected, long maxBytes, out bool tooLarge)
    {
        // One byte past the limit tells a file that grew past it from one that ends there.
        var buffer = new byte[(int)Math.Min(Math.Max(expected, 4096) + 1, maxBytes + 1)];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length > maxBytes)
                {
                    tooLarge = true;
                    return buffer;
                }

                Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, maxBytes + 1));
            }

            var read = RandomAccess.Read(handle, buffer.AsSpan(length), length);
            if (read == 0)
            {
                break;
            }

            length += read;
        }

        tooLarge = false;
        Array.Resize(ref buffer, length);
        return buffer;
    }

    /// <summary>The entries of one folder, sorted so that popping them off a stack gives ordinal path order.</summary>
    private static void PushChildren(string folder, Stack<Entry> pending, Action<string, string>? skipped)
    {
        List<(string Name, bool IsDirectory, bool IsLink)> names;
        try
        {
            names = new FileSystemEnumerable<(string, bool, bool)>(
                folder,
                (ref FileSystemEntry e) => (e.FileName.ToString(), e.IsDirectory, (e.Attributes & FileAttributes.ReparsePoint) != 0),
                s_listOneFolder).ToList();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            skipped?.Invoke(folder, $"the folder cannot be listed: {exception.Message}");
            return;
        }

        var entries = new List<(string Key, Entry Entry)>(names.Count);
        foreach (var (name, isDirectory, isLink) in names)
        {
            var path = Path.Combine(folder, name);
            if (!isLink && !isDirectory && !IsNewsFileName(name))
            {
                continue;
            }

            // A link or a folder: what does it finally name? (Cheap: one statx for each, none for other files.)
            if (!FileStatus.TryGet(path, followLinks: true, out var status, out var error))
            {
                // A folder that cannot even be looked at (its path is too long) is reported like one that
                // cannot be listed; a broken link is reported only when it names an article.
                if (isDirectory && !isLink)
                {
                    entries.Add((name + Path.DirectorySeparatorChar, new Entry(path, false, null, $"the folder cannot be listed: {error}")));
                }
                else if (IsNewsFileName(name))
                {
                    entries.Add((name, new Entry(path, false, null, error)));
                }

                continue;
            }

            if (status.Kind == FileKind.Directory)
            {
                entries.Add((name + Path.DirectorySeparatorChar, new Entry(path, true, status.IdentityKey, null)));
            }
            else if (IsNewsFileName(name))
            {
                entries.Add((name, new Entry(path, false, null, WhyNotAnArticle(status))));
            }
        }

        entries.Sort((a, b) => string.CompareOrdinal(b.Key, a.Key));
        foreach (var (_, entry) in entries)
        {
            pending.Push(entry);
        }
    }

    /// <summary>A file to check: as the user named it (printed) and its full path (configuration, order).</summary>
    internal sealed record InputFile(string DisplayPath, string FullPath)
    {
        /// <summary>Why it is not read (a FIFO, a device, too large…); null for an article to read.</summary>
        public string? SkipReason { get; init; }
    }

    private sealed record Entry(string Path, bool IsDirectory, string? IdentityKey, string? SkipReason);
}
