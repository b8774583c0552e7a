using System.Runtime.InteropServices;

namespace NewsDsl.Cli;

/// <summary>
/// The few Linux calls .NET 10 does not expose and that keeping files unharmed needs: the file type
/// (a FIFO or a device must never be opened or replaced), the identity (device, inode: the same file
/// through any path spelling, symlink or hard link), the link count and owner (kept when a file is
/// rewritten), a non-blocking open (a FIFO swapped in after the check cannot hang a read) and
/// <c>fchown</c>. <c>statx</c> is used because its structure has the same layout on every Linux
/// architecture, unlike <c>struct stat</c>. Callers fall back to .NET's own view when these calls are
/// missing (not Linux, or a sandbox that refuses <c>statx</c>).
/// </summary>
internal static class UnixNative
{
    internal const int AtFdCwd = -100;
    internal const int AtSymlinkNoFollow = 0x100;
    internal const int AtEmptyPath = 0x1000;

    /// <summary>STATX_TYPE | MODE | NLINK | UID | GID | INO | SIZE.</summary>
    internal const uint StatxWanted = 0x1 | 0x2 | 0x4 | 0x8 | 0x10 | 0x100 | 0x200;

    // The same values on x86-64 and arm64 (unlike O_NOFOLLOW and O_DIRECTORY, which are not used).
    internal const int OpenReadOnly = 0x0;
    internal const int OpenWriteOnly = 0x1;
    internal const int OpenNonBlocking = 0x800;
    internal const int OpenCloseOnExec = 0x80000;

    internal const int LockShared = 1;
    internal const int LockNonBlocking = 4;

    internal const int ErrorNoSystemCall = 38;   // ENOSYS
    internal const int ErrorNotPermitted = 1;    // EPERM: what a seccomp sandbox answers for a call it blocks
    internal const int ErrorWouldBlock = 11;     // EAGAIN / EWOULDBLOCK

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    internal static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, out StatxBuffer buffer);

    // open(2) is variadic; the mode argument is passed (and ignored without O_CREAT) so the call matches every ABI.
    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    internal static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mode);

    [DllImport("libc", EntryPoint = "fchown", SetLastError = true)]
    internal static extern int FChown(int descriptor, uint owner, uint group);

    [DllImport("libc", EntryPoint = "flock", SetLastError = true)]
    internal static extern int Flock(int descriptor, int operation);

    /// <summary>access(2) mode W_OK: may the caller write the file (permissions, read-only mounts)?</summary>
    internal const int AccessWrite = 2;

    [DllImport("libc", EntryPoint = "access", SetLastError = true)]
    internal static extern int Access([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int mode);

    // Returns the error number itself (not -1 and errno). off_t is 64 bits on every 64-bit Linux.
    [DllImport("libc", EntryPoint = "posix_fallocate")]
    internal static extern int PosixFallocate(int descriptor, long offset, long length);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    internal static extern int Fsync(int descriptor);

    [DllImport("libc", EntryPoint = "geteuid")]
    internal static extern uint GetEffectiveUserId();

    /// <summary>struct statx (linux/stat.h): 256 bytes, fixed-size fields at the same offsets on every architecture.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    internal struct StatxBuffer
    {
        [FieldOffset(0)] public uint Mask;
        [FieldOffset(16)] public uint LinkCount;
        [FieldOffset(20)] public uint Owner;
        [FieldOffset(24)] public uint Group;
        [FieldOffset(28)] public ushort Mode;
        [FieldOffset(32)] public ulong Inode;
        [FieldOffset(40)] public ulong Size;
        [FieldOffset(136)] public uint DeviceMajor;
        [FieldOffset(140)] public uint DeviceMinor;
    }
}
