using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Fixes;

/// <summary>
/// <c>newsdsl check --fix</c> for one file: applies the safe fixes in place and reports what is left.
/// The file is replaced atomically (a temporary file in the same folder, then a rename over it), is
/// byte-identical outside the edits (its byte order mark and line breaks included), and is not touched
/// at all when there is nothing to fix. Failures (unreadable, read-only, locked, not UTF-8) come back
/// as <see cref="NewsFileFixResult.Error"/>, never as exceptions. Holds no state: call from any thread.
/// </summary>
public static class NewsFileFixer
{
    /// <summary>Fixes can uncover or unblock others (two that overlapped): a few passes, then stop.</summary>
    private const int MaxPasses = 4;

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static NewsFileFixResult Fix(string path, NewsCheckOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        byte[] original;
        try
        {
            original = ReadAll(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return NewsFileFixResult.Failed(path, $"Cannot read '{path}': {e.Message} The file was not changed.");
        }

        string decoded;
        try
        {
            // The whole file, byte order mark included as U+FEFF: NewsText drops it from offsets, and
            // writing the string back gives the same bytes it was read from.
            decoded = s_strictUtf8.GetString(original);
        }
        catch (DecoderFallbackException)
        {
            return NewsFileFixResult.Failed(path, $"'{path}' is not valid UTF-8, so it cannot be rewritten byte for byte: save it as UTF-8 first. The file was not changed.");
        }

        var text = NewsText.From(decoded, path);
        var result = NewsChecker.Check(text, options, cancellationToken);
        var firstFindings = result.Diagnostics;
        var applied = new List<NewsFix>();
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var fixes = NewsFixes.GetSafeFixes(result);
            if (fixes.Count == 0)
            {
                break;
            }

            var edits = new List<NewsTextEdit>();
            foreach (var fix in fixes)
            {
                edits.AddRange(fix.Edits);
            }

            applied.AddRange(fixes);
            var content = NewsTextEdits.Apply(text.Content, edits);
            text = NewsText.From((text.HadByteOrderMark ? "\uFEFF" : string.Empty) + content, path);
            result = NewsChecker.Check(text, options, cancellationToken);
        }

        if (applied.Count == 0)
        {
            return new NewsFileFixResult(path, false, Array.Empty<NewsFix>(), firstFindings, null);
        }

        byte[] bytes;
        try
        {
            bytes = s_strictUtf8.GetBytes((text.HadByteOrderMark ? "\uFEFF" : string.Empty) + text.Content);
        }
        catch (EncoderFallbackException)
        {
            return NewsFileFixResult.Failed(path, $"Fixing '{path}' would split a character in two; it was not changed. Please report this with the file.", firstFindings);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var error = WriteAtomically(path, original, bytes);
        return error is null
            ? new NewsFileFixResult(path, true, applied.ToArray(), result.Diagnostics, null)
            : NewsFileFixResult.Failed(path, error, firstFindings);
    }

    private static byte[] ReadAll(string path)
    {
        // FileShare.Read: a writer holding the file locked makes this fail instead of reading half a save.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        using var memory = new MemoryStream(stream.CanSeek ? (int)Math.Min(stream.Length, int.MaxValue) : 4096);
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    /// <summary>Writes <paramref name="bytes"/> over <paramref name="path"/> through a temporary file and a rename; returns an error sentence or null.</summary>
    private static string? WriteAtomically(string path, byte[] original, byte[] bytes)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? ".";
        string? temporary = null;
        try
        {
            // A rename over a read-only file would succeed where the user said "do not write here".
            if ((File.GetAttributes(full) & FileAttributes.ReadOnly) != 0)
            {
                return $"'{path}' is read-only; the fixes were not written. Make it writable and run again.";
            }

            // Copying first gives the new file the old one's permissions; then its bytes are replaced.
            temporary = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N") + ".newsdsl-fix.tmp");
            File.Copy(full, temporary);
            using (var stream = new FileStream(temporary, FileMode.Truncate, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes, 0, bytes.Length);
                stream.Flush(flushToDisk: true);
            }

            // Someone saved the file while it was being fixed: their text wins, ours is dropped.
            if (!SameBytes(ReadAll(full), original))
            {
                return $"'{path}' changed while it was being fixed; the fixes were not written. Run again.";
            }

            File.Replace(temporary, full, destinationBackupFileName: null);
            temporary = null;
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return $"Cannot write '{path}': {e.Message} The file was not changed.";
        }
        finally
        {
            if (temporary is not null)
            {
                TryDelete(temporary);
            }
        }
    }

    private static bool SameBytes(byte[] a, byte[] b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                return false;
            }
        }

        return true;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left behind only if the folder refuses deletes; the user's file is intact either way.
        }
    }
}
