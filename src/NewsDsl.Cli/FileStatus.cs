using System;
using System.IO;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace NewsDsl.Cli;

/// <summary>
/// What the file system says about a path or an open file: its kind, size, identity, links, owner and
/// mode. On Linux it comes from <c>statx</c> and is exact. Elsewhere (or where a sandbox refuses
/// <c>statx</c>) it comes from .NET: files and folders are told apart, links resolved, but FIFOs and
/// devices look like files, the identity is the resolved path, and owner and link count are unknown.
/// </summary>
internal readonly record struct FileStatus(
    FileKind Kind,
    long Size,
    ulong Device,
    ulong Inode,
    uint LinkCount,
    uint Owner,
    uint Group,
    UnixFileMode Mode,
    string? ResolvedPath)
{
    private static volatile bool s_statxMissing;

    /// <summary>True when the status came from the kernel (device, inode, link count and owner are real).</summary>
    public bool IsExact => ResolvedPath is null;

    /// <summary>The same file, whatever the path spelling, symlink or hard link that reached it.</summary>
    public bool IsSameFileAs(FileStatus other) =>
        IsExact && other.IsExact
            ? Device == other.Device && Inode == other.Inode
            : ResolvedPath is not null && string.Equals(ResolvedPath, other.ResolvedPath, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    /// <summary>A key for sets of visited files or folders (see <see cref="IsSameFileAs"/>).</summary>
    public string IdentityKey => IsExact ? $"{Device}:{Inode}" : ResolvedPath!;

    /// <summary>The status of <paramref name="path"/>, of the link itself or (<paramref name="followLinks"/>) of what it finally names.</summary>
    public static bool TryGet(string path, bool followLinks, out FileStatus status, out string? error)
    {
        if (TryStatx(UnixNative.AtFdCwd, path, followLinks ? 0 : UnixNative.AtSymlinkNoFollow, out status, out error) is { } exact)
        {
            return exact;
        }

        return TryGetManaged(path, followLinks, out status, out error);
    }

    /// <summary>The status of an open file (no path involved, so no race with a rename).</summary>
    public static bool TryGet(SafeFileHandle handle, string pathForManaged, out FileStatus status, out string? error)
    {
        var added = false;
        try
        {
            handle.DangerousAddRef(ref added);
            var descriptor = (int)handle.DangerousGetHandle();
            if (TryStatx(descriptor, string.Empty, UnixNative.AtEmptyPath, out status, out error) is { } exact)
            {
                return exact;
            }
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }

        return TryGetManaged(pathForManaged, followLinks: true, out status, out error);
    }

    /// <summary>A sentence for a kind that is not a regular file, as in "skipped 'x.news': a FIFO …".</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Directory => "a folder",
        FileKind.SymbolicLink => "a symbolic link",
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        FileKind.Regular => "a regular file",
        _ => "not a regular file",
    };

    /// <summary>null when statx is not available here (the caller falls back); else whether it succeeded.</summary>
    private static bool? TryStatx(int directory, string path, int flags, out FileStatus status, out string? error)
    {
        status = default;
        error = null;
        if (!OperatingSystem.IsLinux() || s_statxMissing)
        {
            return null;
        }

        int result;
        try
        {
            result = UnixNative.Statx(directory, path, flags, UnixNative.StatxWanted, out var buffer);
            if (result == 0)
            {
                status = new FileStatus(
                    KindOf(buffer.Mode),
                    (long)Math.Min(buffer.Size, long.MaxValue),
                    ((ulong)buffer.DeviceMajor << 32) | buffer.DeviceMinor,
                    buffer.Inode,
                    buffer.LinkCount,
                    buffer.Owner,
                    buffer.Group,
                    (UnixFileMode)(buffer.Mode & 0xFFF),
                    null);
                return true;
            }
        }
        catch (Exception exception) when (exception is EntryPointNotFoundException or DllNotFoundException)
        {
            s_statxMissing = true;
            return null;
        }

        var errno = Marshal.GetLastPInvokeError();
        if (errno is UnixNative.ErrorNoSystemCall or UnixNative.ErrorNotPermitted)
        {
            s_statxMissing = true;
            return null;
        }

        error = Marshal.GetPInvokeErrorMessage(errno);
        return false;
    }

    private static FileKind KindOf(ushort mode) => (mode & 0xF000) switch
    {
        0x8000 => FileKind.Regular,
        0x4000 => FileKind.Directory,
        0xA000 => FileKind.SymbolicLink,
        0x1000 => FileKind.Fifo,
        0x2000 => FileKind.CharacterDevice,
        0x6000 => FileKind.BlockDevice,
        0xC000 => FileKind.Socket,
        _ => FileKind.Unknown,
    };

    private static bool TryGetManaged(string path, bool followLinks, out FileStatus status, out string? error)
    {
        status = default;
        error = null;
        try
        {
            FileSystemInfo info = new FileInfo(path);
            if (info.LinkTarget is not null)
            {
                if (!followLinks)
                {
                    status = new FileStatus(FileKind.SymbolicLink, 0, 0, 0, 1, 0, 0, 0, Path.GetFullPath(path));
                    return true;
                }

                var target = info.ResolveLinkTarget(returnFinalTarget: true);
                if (target is null || !target.Exists)
                {
                    error = "the symbolic link points to nothing";
                    return false;
                }

                info = target;
            }

            var full = Path.GetFullPath(info.FullName);
            var mode = OperatingSystem.IsWindows() ? (UnixFileMode)0 : File.GetUnixFileMode(full);
            if (Directory.Exists(full))
            {
                status = new FileStatus(FileKind.Directory, 0, 0, 0, 1, 0, 0, mode, full);
                return true;
            }

            if (File.Exists(full))
            {
                status = new FileStatus(FileKind.Regular, new FileInfo(full).Length, 0, 0, 1, 0, 0, mode, full);
                return true;
            }

            error = "No such file or directory";
            return false;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error = exception.Message;
            return false;
        }
    }
}
