using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;
using NewsDsl.Configuration;
using NewsDsl.Language;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Text;
using NewsDsl.Render;

namespace NewsDsl.Cli;

/// <summary>
/// <c>newsdsl render &lt;file.news&gt;... [-o page.html | -o folder/]</c>: writes the review page of
/// each article (issue 12). One article without <c>-o</c> goes to standard output; several go to a
/// folder, one <c>&lt;name&gt;.html</c> each. Pages are written atomically (temporary file, then
/// rename) and never over an input. Exit codes as <c>check</c>: 0 no errors, 1 an article has an
/// error finding (its page is still written), 2 bad usage or an unreadable path.
/// </summary>
internal static class RenderCommand
{
    internal static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = ".news files, or folders searched recursively for them",
            Arity = ArgumentArity.OneOrMore,
        };
        paths.Validators.Add(CheckCommand.RejectUnknownOptions);
        var output = new Option<string?>("--output", "-o")
        {
            Description = "the page to write (page.html), or a folder for one page per article (folder/); one article without -o goes to standard output",
        };

        var command = new Command("render", "Writes a self-contained review page (HTML) per article: whose words are where, every finding at its place, the sources, conflicting figures and schema.org data. Severities come from .editorconfig, as in a build.")
        {
            paths,
            output,
        };
        command.SetAction(parse => Run(
            parse.GetValue(paths) ?? Array.Empty<string>(),
            parse.GetValue(output),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }

    internal static int Run(IReadOnlyList<string> paths, string? output, TextWriter stdout, TextWriter stderr)
    {
        // The same inputs as check: files and folders, each article once, in path order.
        if (!InputFiles.TryCollect(paths, stderr, out var collected, out var skipped))
        {
            return Program.UsageError;
        }

        // What was not read (reported on standard error already) gets no page.
        var files = collected.Where(f => f.SkipReason is null).ToList();

        if (files.Count == 0)
        {
            stderr.WriteLine("newsdsl: no .news files found: give a .news file or a folder that contains some.");
            return Program.UsageError;
        }

        if (output is not null && string.IsNullOrWhiteSpace(output) && !OutputPath.IsUsable(output, Array.Empty<string>(), stderr))
        {
            return Program.UsageError;
        }

        var toFolder = output is not null && (Directory.Exists(output) || output.EndsWith('/') || output.EndsWith(Path.DirectorySeparatorChar));
        if (files.Count > 1 && !toFolder)
        {
            stderr.WriteLine($"newsdsl: {files.Count} articles make {files.Count} pages: give a folder to write them to, as in 'newsdsl render <paths> -o pages/'.");
            return Program.UsageError;
        }

        var targets = new List<string?>();
        var taken = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            string? target = output is null ? null : toFolder ? Path.Combine(output, Path.GetFileNameWithoutExtension(file.FullPath) + ".html") : output;
            if (target is not null)
            {
                var full = Path.GetFullPath(target);
                if (taken.TryGetValue(full, out var other))
                {
                    stderr.WriteLine($"newsdsl: '{other}' and '{file.DisplayPath}' would both be written to '{target}': render them to different folders.");
                    return Program.UsageError;
                }

                // By identity, not spelling: a symlink or hard link to an input is the input.
                if (files.FirstOrDefault(f => f.FullPath == full || AtomicFile.IsSameFile(target, f.FullPath)) is { } input)
                {
                    stderr.WriteLine($"newsdsl: '{target}' is an input article ('{input.DisplayPath}'): writing it would replace the input; choose another output path.");
                    return Program.UsageError;
                }

                // A single page's path is checked before any work (a FIFO, a folder, an empty name); a folder's
                // pages when they are written.
                if (!toFolder && !OutputPath.IsUsable(target, Array.Empty<string>(), stderr))
                {
                    return Program.UsageError;
                }

                taken[full] = file.DisplayPath;
            }

            targets.Add(target);
        }

        if (toFolder)
        {
            try
            {
                Directory.CreateDirectory(output!);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"newsdsl: cannot create folder '{output}': {exception.Message}");
                return Program.UsageError;
            }
        }

        var severities = new NewsSeverityResolver();

        // The articles rendered together are the project, as for check: an id used twice shows on the later page.
        var project = new NewsProjectVerdicts();
        var errors = 0;
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            if (!InputFiles.TryReadArticle(file.FullPath, out var content, out var readError))
            {
                stderr.WriteLine($"newsdsl: cannot read '{file.DisplayPath}': {readError}");
                return Program.UsageError;
            }

            // Severities as the build reports them (the one resolver 'check' and the build use).
            var options = severities.OptionsFor(file.FullPath);
            var result = project.Add(NewsProject.CheckArticle(new NewsArticleInput(NewsText.From(content, file.DisplayPath), options)));
            errors += result.Diagnostics.Count(d => d.Severity == NewsSeverity.Error);
            if (targets[i] is not { } target)
            {
                ReviewPage.Write(result, stdout, file.DisplayPath);
                continue;
            }

            if (!AtomicFile.TryWriteText(target, writer => ReviewPage.Write(result, writer, file.DisplayPath), out var writeError))
            {
                stderr.WriteLine($"newsdsl: cannot write '{target}': {writeError}.");
                return Program.UsageError;
            }
        }

        if (output is not null)
        {
            stderr.WriteLine(files.Count == 1 && !toFolder
                ? $"newsdsl: wrote {output}"
                : $"newsdsl: wrote {files.Count} {(files.Count == 1 ? "page" : "pages")} to {output}");
        }

        return skipped > 0 ? Program.UsageError : errors > 0 ? Program.ErrorsFound : Program.Success;
    }
}
