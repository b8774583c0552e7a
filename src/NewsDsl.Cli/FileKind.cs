namespace NewsDsl.Cli;

/// <summary>What a path names, as the file system's <c>stat</c> tells it (the <c>S_IFMT</c> bits).</summary>
internal enum FileKind
{
    /// <summary>The file system could not say (a platform without <c>statx</c>, where only files and folders are told apart).</summary>
    Unknown,

    Regular,
    Directory,
    SymbolicLink,

    /// <summary>A named pipe (<c>mkfifo</c>): opening it for reading waits for a writer, reading it never ends.</summary>
    Fifo,

    /// <summary>A character device such as <c>/dev/zero</c>, <c>/dev/tty</c>: endless or interactive.</summary>
    CharacterDevice,
    BlockDevice,
    Socket,
}
