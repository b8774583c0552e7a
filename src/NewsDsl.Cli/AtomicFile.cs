using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace NewsDsl.Cli;

/// <summary>
/// The one way the tool writes a file (<c>-o</c> of import, export and render, and <c>check --fix</c>),
/// so that a file is never harmed:
/// <list type="bullet">
/// <item>The whole new content is written to a temporary file first: a failure while producing it
/// (a full disk, an exception) leaves the target as it was.</item>
/// <item>A symbolic link is written through: the file it finally names is replaced and the link stays
/// a link. A link that names nothing is refused.</item>
/// <item>A folder, a FIFO, a device or a socket is refused (never opened, never replaced).</item>
/// <item>A read-only file is refused, also for root (for root, a file with no write permission bit at
/// all).</item>
/// <item>A file with one link, owned by the caller (or by anyone when the caller is root, who can give it
/// back) is replaced by a rename: readers see the old file or the new one, never half. The new file gets
/// the old one's mode, owner and group.</item>
/// <item>A file with several hard links, owned by another user when the caller cannot hand the new
/// file to that user, or in a folder where the caller may not create files, is rewritten in place (a rename would split the links or change the owner): the
/// space is reserved first, then the temporary file's bytes are copied over the old ones and the file is
/// cut to length. It keeps its inode, so every link, the owner and the mode stay; a reader at that very
/// moment may see a mix, which is the price of keeping the links.</item>
/// <item>The temporary file is named <c>.newsdsl-XXXXXXXX.tmp</c>, 21 characters whatever the target's
/// name, so every name the file system accepts can be a target.</item>
/// </list>
/// Every failure is a sentence (without the path: the caller names it), never an exception.
/// </summary>
internal static class AtomicFile
{
    private const int TemporaryAttempts = 8;

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes text (UTF-8 without a byte order mark) as it is produced: a large output is never held whole.</summary>
    internal static bool TryWriteText(string path, Action<TextWriter> write, out string error) =>
        TryWrite(
            path,
            stream =>
            {
                using var writer = new StreamWriter(stream, s_utf8, 64 * 1024, leaveOpen: true);
                write(writer);
            },
            expected: null,
            out error);

    /// <summary>
    /// Writes what <paramref name="write"/> puts into the stream as the new content of
    /// <paramref name="path"/>. With <paramref name="expected"/>, the target is only replaced while it
    /// still holds exactly those bytes (a fix is never written over someone's newer save).
    /// </summary>
    internal static bool TryWrite(string path, Action<Stream> write, byte[]? expected, out string error)
    {
        if (!TryResolve(path, out var target, out var existing, out error))
        {
            return false;
        }

        var inPlace = false;
        if (existing is { } status)
        {
            if (!CanWrite(target, status))
            {
                error = "it is read-only (no write permission), so it was not changed";
                return false;
            }

            inPlace = MustWriteInPlace(status);
        }

        var folder = Path.GetDirectoryName(target)!;
        if (!TryCreateTemporary(folder, inPlace, out var temporary, out var stream, out error))
        {
            // A file you may write in a folder you may not (no temporary file, no rename there): in place.
            if (inPlace || existing is null || !TryCreateTemporary(folder, inPlace: true, out temporary, out stream, out _))
            {
                return false;
            }

            inPlace = true;
        }

        var keep = false;
        try
        {
            using (stream)
            {
                write(stream);
                stream.Flush(flushToDisk: true);
                if (existing is { } old && !inPlace && !TryGiveAttributes(stream.SafeFileHandle, old))
                {
                    // The owner or group could not be given back: replacing would change them.
                    inPlace = true;
                }
            }

            if (expected is not null && !StillHolds(target, expected))
            {
                error = "it changed while it was being processed, so it was not changed; run again";
                return false;
            }

            if (!inPlace)
            {
                File.Move(temporary, target, overwrite: true);
                keep = true;
                return true;
            }

            return TryCopyInPlace(temporary, target, existing!.Value, out error);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            error = $"{exception.Message.TrimEnd('.')}; it was not changed";
            return false;
        }
        finally
        {
            if (!keep)
            {
                TryDelete(temporary);
            }
        }
    }

    /// <summary>
    /// Why <paramref name="path"/> cannot be written as an output file (null when it can): an empty
    /// name, a folder that does not exist, a folder, FIFO, device or socket, a link to nothing. Checked
    /// before the work starts, so a bad <c>-o</c> fails fast.
    /// </summary>
    internal static string? WhyNotWritable(string path) => TryResolve(path, out _, out _, out var error) ? null : error;

    /// <summary>True when both paths name one existing file (by device and inode: through any symlink, hard link or spelling).</summary>
    internal static bool IsSameFile(string first, string second) =>
        !string.IsNullOrEmpty(first) && !string.IsNullOrEmpty(second)
        && FileStatus.TryGet(first, followLinks: true, out var a, out _)
        && FileStatus.TryGet(second, followLinks: true, out var b, out _)
        && a.IsSameFileAs(b);

    /// <summary>The file to write (a symlink's final target) and its status when it exists.</summary>
    private static bool TryResolve(string path, out string target, out FileStatus? existing, out string error)
    {
        target = string.Empty;
        existing = null;
        error = string.Empty;
        if (string.IsNullOrWhiteSpace(path))
        {
            error = "the output path is empty: give a file name";
            return false;
        }

        try
        {
            target = Path.GetFullPath(path);
            if (FileStatus.TryGet(target, followLinks: false, out var link, out _) && link.Kind == FileKind.SymbolicLink
                || (!link.IsExact && new FileInfo(target).LinkTarget is not null))
            {
                var final = new FileInfo(target).ResolveLinkTarget(returnFinalTarget: true);
                if (final is null || !(final.Exists || Directory.Exists(final.FullName)))
                {
                    error = $"it is a symbolic link to '{final?.FullName ?? new FileInfo(target).LinkTarget}', which does not exist; create the file or give another path";
                    return false;
                }

                target = final.FullName;
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error = exception.Message.TrimEnd('.');
            return false;
        }

        if (FileStatus.TryGet(target, followLinks: true, out var status, out var statusError))
        {
            if (status.Kind != FileKind.Regular)
            {
                error = $"it is {FileStatus.Describe(status.Kind)}; only a regular file (or a new one) is written";
                return false;
            }

            existing = status;
            return true;
        }

        var folder = Path.GetDirectoryName(target);
        if (folder is null || Path.GetFileName(target).Length == 0)
        {
            error = "it names no file";
            return false;
        }

        if (!FileStatus.TryGet(folder, followLinks: true, out var parent, out _) || parent.Kind != FileKind.Directory)
        {
            error = File.Exists(folder) ? $"'{folder}' is not a folder" : $"the folder '{folder}' does not exist";
            return false;
        }

        if (File.Exists(target) || Directory.Exists(target))
        {
            // It exists but cannot be looked at (a path too long, no search permission): say why.
            error = statusError ?? "it cannot be read";
            return false;
        }

        return true;
    }

    /// <summary>
    /// Whether the caller may write the file. The kernel's answer for a user; root may write anything, so
    /// for root a file that grants no one write permission counts as read-only, as the user meant it.
    /// </summary>
    private static bool CanWrite(string path, FileStatus status)
    {
        if (!status.IsExact)
        {
            return (File.GetAttributes(path) & FileAttributes.ReadOnly) == 0;
        }

        if (UnixNative.GetEffectiveUserId() == 0)
        {
            return (status.Mode & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) != 0;
        }

        return UnixNative.Access(path, UnixNative.AccessWrite) == 0;
    }

    /// <summary>A rename would split hard links, or leave a file of another owner owned by the caller.</summary>
    private static bool MustWriteInPlace(FileStatus status) =>
        status.IsExact && (status.LinkCount > 1 || (status.Owner != UnixNative.GetEffectiveUserId() && UnixNative.GetEffectiveUserId() != 0));

    /// <summary>The old file's mode, owner and group on the new one; false when the owner or group cannot be given.</summary>
    private static bool TryGiveAttributes(SafeFileHandle handle, FileStatus old)
    {
        if (OperatingSystem.IsWindows())
        {
            return true;
        }

        if (old.IsExact && FileStatus.TryGet(handle, string.Empty, out var now, out _) && (now.Owner != old.Owner || now.Group != old.Group))
        {
            var added = false;
            try
            {
                handle.DangerousAddRef(ref added);
                if (UnixNative.FChown((int)handle.DangerousGetHandle(), old.Owner, old.Group) != 0)
                {
                    return false;
                }
            }
            finally
            {
                if (added)
                {
                    handle.DangerousRelease();
                }
            }
        }

        // After chown: a chown may clear the set-id bits, the mode puts back what the file had.
        File.SetUnixFileMode(handle, old.Mode);
        return true;
    }

    /// <summary>A new, empty, uniquely named temporary file in <paramref name="folder"/> (or, for an in-place write, the system's temporary folder when that one refuses).</summary>
    private static bool TryCreateTemporary(string folder, bool inPlace, out string temporary, out FileStream stream, out string error)
    {
        var folders = inPlace ? new[] { folder, Path.GetTempPath() } : new[] { folder };
        error = string.Empty;
        foreach (var candidate in folders)
        {
            for (var attempt = 0; attempt < TemporaryAttempts; attempt++)
            {
                temporary = Path.Combine(candidate, $".newsdsl-{Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant()}.tmp");
                try
                {
                    stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024);
                    return true;
                }
                catch (IOException) when (File.Exists(temporary))
                {
                    // Taken by another run: draw another name.
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
                {
                    error = $"cannot create a temporary file in '{candidate}': {exception.Message.TrimEnd('.')}; nothing was changed";
                    break;
                }
            }
        }

        temporary = string.Empty;
        stream = null!;
        if (error.Length == 0)
        {
            error = $"cannot find a free temporary name in '{folder}'";
        }

        return false;
    }

    /// <summary>
    /// Copies the finished temporary file over the target's own bytes (same inode: links, owner, mode
    /// kept). The target is opened without blocking and checked to be the file that was examined, and
    /// its new length is reserved first, so a full disk fails before a byte is changed.
    /// </summary>
    private static bool TryCopyInPlace(string temporary, string target, FileStatus examined, out string error)
    {
        error = string.Empty;
        var descriptor = UnixNative.Open(target, UnixNative.OpenWriteOnly | UnixNative.OpenNonBlocking | UnixNative.OpenCloseOnExec, 0);
        if (descriptor < 0)
        {
            error = $"{Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}; it was not changed";
            return false;
        }

        using var handle = new SafeFileHandle(descriptor, ownsHandle: true);
        if (!FileStatus.TryGet(handle, target, out var opened, out var statusError) || !opened.IsSameFileAs(examined) || opened.Kind != FileKind.Regular)
        {
            error = statusError ?? "it was replaced by another file meanwhile, so it was not changed; run again";
            return false;
        }

        using var source = new FileStream(temporary, FileMode.Open, FileAccess.Read, FileShare.None, 64 * 1024);
        var length = source.Length;
        var reserved = UnixNative.PosixFallocate(descriptor, 0, Math.Max(length, 1));
        if (reserved is not 0 and not 95 and not 22)
        {
            // 95 EOPNOTSUPP, 22 EINVAL: the file system cannot reserve; anything else (ENOSPC) is a real refusal.
            error = $"{Marshal.GetPInvokeErrorMessage(reserved)}; it was not changed";
            return false;
        }

        var buffer = new byte[64 * 1024];
        long offset = 0;
        int read;
        while ((read = source.Read(buffer, 0, buffer.Length)) > 0)
        {
            RandomAccess.Write(handle, buffer.AsSpan(0, read), offset);
            offset += read;
        }

        RandomAccess.SetLength(handle, length);
        if (UnixNative.Fsync(descriptor) != 0)
        {
            error = $"{Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())} (while saving it to disk)";
            return false;
        }

        return true;
    }

    private static bool StillHolds(string path, byte[] expected)
    {
        if (!InputFiles.TryReadBytes(path, Math.Max(expected.Length, 1), out var now, out _, out _))
        {
            return false;
        }

        return now.AsSpan().SequenceEqual(expected);
    }

    private static void TryDelete(string path)
    {
        if (path.Length == 0)
        {
            return;
        }

        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Left behind only when the folder refuses deletes; the target is intact either way.
        }
    }
}
