using System;
using System.CommandLine;
using System.IO;
using NewsDsl.Import;

namespace NewsDsl.Cli;

/// <summary><c>newsdsl import &lt;file.txt|file.md|file.html&gt; [-o out.news]</c>: a .news draft with suggested speakers.</summary>
internal static class ImportCommand
{
    internal static Command Create()
    {
        var file = new Argument<string>("file") { Description = "the copy to import: .txt (plain text), .md (Markdown) or .html" };
        var output = new Option<string?>("--output", "-o") { Description = "write the draft here (replacing the file atomically) instead of to standard output" };
        var command = new Command("import", "Turns plain text, Markdown or HTML copy into a .news draft: speakers declared, quotations tagged {@id?} where the speaker engine is sure, left untagged (NEWS001) where it is not.") { file, output };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(output), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>
    /// The largest input read: 256 MiB. A newspaper's whole day of copy is a few MB; a 50 MB input takes
    /// about 6 times its size in memory while it is imported (docs/import.md), so this bound keeps a
    /// runaway file (or a link to a device) from exhausting the machine.
    /// </summary>
    internal const long MaxImportBytes = 256L * 1024 * 1024;

    internal static int Run(string file, string? output, TextWriter stdout, TextWriter stderr)
    {
        if (output is not null && !OutputPath.IsUsable(output, new[] { file }, stderr))
        {
            return Program.UsageError;
        }

        var document = ReadInput(file, stderr);
        if (document is null)
        {
            return Program.UsageError;
        }

        var origin = Path.GetFileName(file);
        ImportSummary? result = null;
        if (output is null)
        {
            result = ArticleImporter.WriteDraft(document, stdout, origin);
        }
        else if (!AtomicFile.TryWriteText(output, writer => result = ArticleImporter.WriteDraft(document, writer, origin), out var error))
        {
            // Streamed into the temporary file: a large draft is never a second string in memory.
            stderr.WriteLine($"newsdsl: cannot write '{output}': {error}.");
            return Program.UsageError;
        }

        var untagged = result!.Quotations - result.Suggested;
        stderr.WriteLine($"imported {file}: {result.Quotations} quotation(s), {result.Suggested} tagged {{@id?}} for review, {untagged} left untagged; {result.Sources} source(s) declared");
        return Program.Success;
    }

    /// <summary>
    /// The input's structure, or null (reported) when the file cannot be read or is not text. Its own
    /// method so the bytes and the decoded text die with its frame: a 50 MB input is held once at a time.
    /// </summary>
    private static ImportedDocument? ReadInput(string file, TextWriter stderr)
    {
        // A FIFO, a device or a file over the limit is refused, never read (a FIFO would hang, /dev/zero never end).
        if (!InputFiles.TryReadBytes(file, MaxImportBytes, out var bytes, out _, out var readError))
        {
            stderr.WriteLine($"newsdsl: cannot read '{file}': {readError}");
            return null;
        }

        // Only text comes in: bytes that are not UTF-8 (or what a byte order mark names) are refused, not guessed at.
        if (!ImportEncoding.TryDecode(bytes, out var content, out var problem))
        {
            stderr.WriteLine($"newsdsl: cannot import '{file}': {problem}");
            return null;
        }

        return ArticleImporter.Read(DropBytes(ref bytes, content), ArticleImporter.FormatOf(file));
    }

    private static string DropBytes(ref byte[] bytes, string content)
    {
        var large = bytes.Length >= LargeInputBytes;
        bytes = Array.Empty<byte>();

        // The bytes of a large input are a large object, freed only by a full collection; the tool runs without
        // the concurrent collector (faster for batch work and for the server, docs/performance.md), which would not
        // start one before the reader has built the paragraphs on top: collected now, and their memory returned to
        // the system, they are not part of the peak.
        if (large)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }

        return content;
    }

    /// <summary>From this size on, the input's bytes are collected before the text is read (a forced collection costs about a millisecond a megabyte of live heap).</summary>
    private const int LargeInputBytes = 8 << 20;
}
