using System;
using System.CommandLine;
using System.IO;
using System.Text;
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

    internal static int Run(string file, string? output, TextWriter stdout, TextWriter stderr)
    {
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
        else if (!TryWriteAtomically(output, writer => result = ArticleImporter.WriteDraft(document, writer, origin), out var error))
        {
            stderr.WriteLine($"newsdsl: cannot write '{output}': {error}");
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
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"newsdsl: cannot read '{file}': {e.Message}");
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
        bytes = Array.Empty<byte>();
        return content;
    }

    /// <summary>Writes a temporary file beside the target, then renames it over: a reader never sees half a draft.</summary>
    private static bool TryWriteAtomically(string path, Action<TextWriter> write, out string error)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full) ?? ".", "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                // Streamed: a large draft is never a second string in memory.
                write(writer);
            }

            File.Move(temporary, full, overwrite: true);
            error = string.Empty;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // The temporary file could not be removed either; the target is untouched.
            }

            error = e.Message;
            return false;
        }
    }
}
