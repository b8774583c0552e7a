using System;
using System.IO;
using System.Text;

namespace NewsDsl.LanguageServer;

/// <summary>
/// Reads an article file from disk for the workspace (files that are not open): never blocks on a FIFO,
/// never reads a device without end, never reads more than the size limit.
/// </summary>
internal static class ArticleFile
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>
    /// The file's text (a UTF-8 byte order mark removed, as <c>File.ReadAllText</c> does), or null with the
    /// reason logged when it is missing, unreadable, larger than <paramref name="maxBytes"/> or not a file.
    /// </summary>
    /// <remarks>
    /// Only what the file system reports as having a size is opened: a FIFO, a socket or a character device
    /// (<c>/dev/zero</c>) reports none, and opening a FIFO would wait for a writer for ever. A regular file of
    /// size 0 is empty either way. Reading stops one byte past the limit whatever the size said.
    /// </remarks>
    public static string? TryRead(string path, long maxBytes, ServerLog log)
    {
        try
        {
            FileSystemInfo info = new FileInfo(path);
            if (info.LinkTarget is not null)
            {
                info = info.ResolveLinkTarget(returnFinalTarget: true) ?? info;
            }

            if (info is not FileInfo file || !file.Exists)
            {
                return null;
            }

            if (file.Length > maxBytes)
            {
                log.Warn($"skipped '{path}': {file.Length:N0} bytes is more than the {maxBytes:N0} an article may have");
                return null;
            }

            if (file.Length == 0)
            {
                return string.Empty;
            }

            using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
            var buffer = new byte[Math.Min(file.Length, maxBytes) + 1];
            var read = 0;
            int count;
            while (read < buffer.Length && (count = stream.Read(buffer, read, buffer.Length - read)) > 0)
            {
                read += count;
            }

            if (read > maxBytes)
            {
                log.Warn($"skipped '{path}': more than the {maxBytes:N0} bytes an article may have");
                return null;
            }

            var start = read >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0;
            return s_utf8.GetString(buffer, start, read - start);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            log.Warn($"cannot read '{path}': {exception.Message}");
            return null;
        }
    }
}
