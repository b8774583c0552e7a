using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using NewsDsl.Configuration;
using NewsDsl.Language;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Text;
using NewsDsl.Render;

namespace NewsDsl.Cli;

/// <summary>
/// <c>newsdsl export &lt;file.news&gt; [--format json] [-o path]</c>: the article as data (contract 8.4),
/// for pipelines that are not .NET (a CMS, a fact-checking database). Writes to standard output, or
/// atomically to <c>-o</c>. Exits 0, 1 when the article has an error finding (the data is still
/// written, with the finding in it), 2 on bad usage or an unreadable path.
/// </summary>
internal static class ExportCommand
{
    /// <summary>
    /// The export formats, by <c>--format</c> name. Adding one is one entry here: JSON-LD
    /// (<c>jsonld</c>, schema.org) comes from src/NewsDsl.Render's <c>SchemaOrg.Write</c>.
    /// </summary>
    private static readonly Dictionary<string, Action<TextWriter, string, NewsCheckResult>> s_writers = new(StringComparer.Ordinal)
    {
        ["json"] = ArticleJson.Write,
        ["jsonld"] = (writer, _, result) => writer.WriteLine(SchemaOrg.ToJson(result.Model, indented: true)),
    };

    internal static Command Create()
    {
        var file = new Argument<string>("file") { Description = "the .news article to export" };
        var format = new Option<string>("--format")
        {
            Description = "json (default): the article's sources, quotations, claims and findings, as docs/export.md describes; jsonld: schema.org NewsArticle, Quotation and Claim items (docs/schema-org.md)",
            DefaultValueFactory = _ => "json",
            HelpName = string.Join('|', s_writers.Keys),
        };
        format.AcceptOnlyFromAmong(s_writers.Keys.ToArray());
        var output = new Option<string?>("--output", "-o") { Description = "write to this file (atomically) instead of standard output", HelpName = "path" };

        var command = new Command("export", "Exports an article as data (JSON) for other systems. Exit codes: 0 written, 1 written but the article has an error finding, 2 bad usage or unreadable path.")
        {
            file,
            format,
            output,
        };
        command.SetAction(parse => Run(
            parse.GetValue(file)!,
            parse.GetValue(format) ?? "json",
            parse.GetValue(output),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }

    internal static int Run(string path, string format, string? outputPath, TextWriter stdout, TextWriter stderr)
    {
        if (!File.Exists(path))
        {
            stderr.WriteLine(Directory.Exists(path)
                ? $"newsdsl: '{path}' is a folder: export takes one .news file."
                : $"newsdsl: '{path}' does not exist: give a .news file.");
            return Program.UsageError;
        }

        if (outputPath is not null && !OutputPath.IsUsable(outputPath, new[] { path }, stderr))
        {
            return Program.UsageError;
        }

        // A FIFO, a device or a file over the size limit is refused, never read.
        if (!InputFiles.TryReadArticle(path, out var content, out var readError))
        {
            stderr.WriteLine($"newsdsl: cannot read '{path}': {readError}");
            return Program.UsageError;
        }

        var display = InputFiles.DisplayPathOf(path);
        var options = new NewsSeverityResolver().OptionsFor(path);
        var result = NewsChecker.Check(NewsText.From(content, display), options);
        var write = s_writers[format];

        if (outputPath is null)
        {
            write(stdout, display, result);
            stdout.Flush();
        }
        else if (!AtomicFile.TryWriteText(outputPath, writer => write(writer, display, result), out var writeError))
        {
            stderr.WriteLine($"newsdsl: cannot write '{outputPath}': {writeError}.");
            return Program.UsageError;
        }

        return result.Diagnostics.Any(d => d.Severity == NewsSeverity.Error) ? Program.ErrorsFound : Program.Success;
    }
}
