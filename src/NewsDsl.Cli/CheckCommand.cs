using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;
using System.Text;
using NewsDsl.Configuration;
using NewsDsl.Language;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Fixes;
using NewsDsl.Language.Rules;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Text;

namespace NewsDsl.Cli;

/// <summary>
/// <c>newsdsl check &lt;file-or-folder&gt;...</c>: prints every finding and exits 0 (no error), 1 (an
/// error was reported) or 2 (bad usage or an unreadable path). Files are checked on every core and
/// reported in path order, each as soon as it and the files before it are done, so an archive
/// streams through in a deterministic order. Read-only: it never writes to its inputs.
/// </summary>
internal static class CheckCommand
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    internal static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = ".news files, or folders searched recursively for them",
            Arity = ArgumentArity.OneOrMore,
        };
        paths.Validators.Add(RejectUnknownOptions);
        var format = new Option<string>("--format")
        {
            Description = "text (default): 'path(line,column): severity ID: message' lines; json: one JSON document; "
                + "sarif: SARIF 2.1.0 (GitHub code scanning, Azure DevOps); github: GitHub Actions annotations",
            DefaultValueFactory = _ => "text",
            HelpName = string.Join('|', CheckOutput.Formats),
        };
        format.AcceptOnlyFromAmong(CheckOutput.Formats);
        var warningsAsErrors = new Option<bool>("--warnaserror", "--warn-as-error")
        {
            Description = "report warnings as errors (exit code 1 when any is found)",
        };
        var fix = new Option<bool>("--fix")
        {
            Description = "apply the safe fixes in place first (atomically; the file is byte-identical outside the edits), then report what remains",
        };
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = "files checked at once (default: one per processor core)",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        jobs.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--jobs must be 1 or more.");
            }
        });

        var command = new Command(
            "check",
            "Checks NewsDsl articles and prints every finding, sorted by path, then position. Severities come from the "
            + ".editorconfig and .globalconfig files above each article, as in a build. "
            + "Exit codes: 0 no errors, 1 errors found, 2 bad usage or unreadable path.")
        {
            paths,
            format,
            warningsAsErrors,
            fix,
            jobs,
        };
        command.SetAction(parse => Run(
            parse.GetValue(paths) ?? Array.Empty<string>(),
            new CheckSettings(parse.GetValue(format) ?? "text", parse.GetValue(warningsAsErrors), parse.GetValue(jobs), parse.GetValue(fix)),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }

    internal static int Run(IReadOnlyList<string> paths, CheckSettings settings, TextWriter stdout, TextWriter stderr)
    {
        if (!InputFiles.TryCollect(paths, stderr, out var files, out var skipped))
        {
            return Program.UsageError;
        }

        var resolver = new NewsSeverityResolver();
        var unreadable = 0;
        var unfixable = 0;
        var errors = 0;
        var warnings = 0;
        var fixedFindings = 0;
        var project = new NewsProjectVerdicts();
        var fixing = new ConcurrentDictionary<string, object>(StringComparer.Ordinal);
        using (var output = CheckOutput.Create(settings.Format, stdout))
        {
            var results = files
                .AsParallel()
                .AsOrdered()
                .WithDegreeOfParallelism(Math.Min(settings.Jobs, 512))
                .WithMergeOptions(ParallelMergeOptions.NotBuffered)
                .Select(file => settings.Fix ? FixFileOnce(file, resolver, settings.WarningsAsErrors, fixing) : CheckFile(file, resolver, settings.WarningsAsErrors));

            // In path order, as in a build; only the ids seen so far are kept, never the findings.
            foreach (var result in results)
            {
                if (result.ReadError is { } readError)
                {
                    stderr.WriteLine($"newsdsl: cannot read '{result.File.DisplayPath}': {readError}");
                    unreadable++;
                    continue;
                }

                if (result.FixError is { } fixError)
                {
                    stderr.WriteLine($"newsdsl: cannot fix '{result.File.DisplayPath}': {fixError}.");
                    unfixable++;
                }

                if (result.Fixed > 0)
                {
                    stderr.WriteLine($"newsdsl: fixed {Plural(result.Fixed, "finding")} in {result.File.DisplayPath}");
                    fixedFindings += result.Fixed;
                }

                // The core adds what spans articles (an article id used twice goes to the later file).
                var diagnostics = project.Add(result.Diagnostics, result.Identity, result.Options);
                output.WriteFile(result.File.DisplayPath, diagnostics);
                errors += diagnostics.Count(d => d.Severity == NewsSeverity.Error);
                warnings += diagnostics.Count(d => d.Severity == NewsSeverity.Warning);
            }

            output.Complete();
        }

        var fixedNote = settings.Fix ? $" ({Plural(fixedFindings, "finding")} fixed{(unfixable > 0 ? $", {Plural(unfixable, "file")} could not be fixed" : string.Empty)})" : string.Empty;
        var skippedNote = skipped + unreadable > 0 ? $" ({skipped + unreadable} not read)" : string.Empty;
        stderr.WriteLine($"newsdsl: {Plural(files.Count - skipped - unreadable, "file")} checked{fixedNote}{skippedNote}: {Plural(errors, "error")}, {Plural(warnings, "warning")}");

        // A file that was not read, or that --fix could not write, is a path that could not be used (exit 2),
        // even when the rest was clean.
        return unreadable + skipped + unfixable > 0 ? Program.UsageError : errors > 0 ? Program.ErrorsFound : Program.Success;
    }

    private static FileResult CheckFile(InputFiles.InputFile file, NewsSeverityResolver resolver, bool warningsAsErrors)
    {
        if (file.SkipReason is { } why)
        {
            return new FileResult(file, new[] { Skipped(file, why, resolver, warningsAsErrors) }, null, NewsCheckOptions.Default, null, 0);
        }

        if (!InputFiles.TryReadArticle(file.FullPath, out var content, out var readError))
        {
            return new FileResult(file, Array.Empty<NewsDiagnostic>(), null, NewsCheckOptions.Default, readError, 0);
        }

        var options = resolver.OptionsFor(file.FullPath, warningsAsErrors);
        var result = NewsProject.CheckArticle(new NewsArticleInput(NewsText.From(content, file.DisplayPath), options));

        // The model (the whole syntax tree) is dropped here: only the findings, the id and the options travel on.
        return new FileResult(file, result.Diagnostics, result.Identity, options, null, 0);
    }

    /// <summary>
    /// One file at a time per real file: two names of one file (a symlink and its target, two hard links,
    /// both in the folder) are fixed one after the other, so the second sees the fixed text (nothing left
    /// to fix) instead of finding the file changed under it.
    /// </summary>
    private static FileResult FixFileOnce(InputFiles.InputFile file, NewsSeverityResolver resolver, bool warningsAsErrors, ConcurrentDictionary<string, object> fixing)
    {
        var key = FileStatus.TryGet(file.FullPath, followLinks: true, out var status, out _) ? status.IdentityKey : file.FullPath;
        lock (fixing.GetOrAdd(key, _ => new object()))
        {
            return FixFile(file, resolver, warningsAsErrors);
        }
    }

    /// <summary>
    /// <c>--fix</c>: the language's <see cref="NewsTextFixer"/> applies the safe fixes with the same
    /// options <c>check</c> uses for the file (severities decide what is reported, hence what is fixed);
    /// <see cref="AtomicFile"/> writes the result over the file (through a symlink, keeping owner, mode and
    /// hard links), only if it still holds the bytes that were fixed. A file that cannot be fixed or
    /// written is reported with its findings as they are.
    /// </summary>
    private static FileResult FixFile(InputFiles.InputFile file, NewsSeverityResolver resolver, bool warningsAsErrors)
    {
        if (file.SkipReason is not null)
        {
            return CheckFile(file, resolver, warningsAsErrors);
        }

        if (!InputFiles.TryReadBytes(file.FullPath, InputFiles.MaxArticleBytes, out var original, out _, out var readError))
        {
            return new FileResult(file, Array.Empty<NewsDiagnostic>(), null, NewsCheckOptions.Default, readError, 0);
        }

        var options = resolver.OptionsFor(file.FullPath, warningsAsErrors);
        string decoded;
        try
        {
            // The whole file, byte order mark included as U+FEFF: writing the fixed string back gives the
            // same bytes outside the edits.
            decoded = s_strictUtf8.GetString(original);
        }
        catch (DecoderFallbackException)
        {
            var unfixed = CheckFile(file, resolver, warningsAsErrors);
            return unfixed with { FixError = "it is not valid UTF-8, so it cannot be rewritten byte for byte (save it as UTF-8 first); it was not changed" };
        }

        // The path as the user named it, so the findings print as plain check prints them.
        var fixedText = NewsTextFixer.Fix(decoded, file.DisplayPath, options);
        if (!fixedText.Changed)
        {
            return new FileResult(file, fixedText.Result.Diagnostics, ArticleIdentity.Of(fixedText.Result.Model), options, null, 0);
        }

        string? writeError = null;
        try
        {
            var bytes = s_strictUtf8.GetBytes(fixedText.Text);
            if (AtomicFile.TryWrite(file.FullPath, stream => stream.Write(bytes, 0, bytes.Length), original, out var error))
            {
                return new FileResult(file, fixedText.Result.Diagnostics, ArticleIdentity.Of(fixedText.Result.Model), options, null, fixedText.Applied.Count);
            }

            writeError = error;
        }
        catch (EncoderFallbackException)
        {
            writeError = "a fix would split a character in two, so it was not changed; please report this with the file";
        }

        return new FileResult(file, fixedText.Original.Diagnostics, ArticleIdentity.Of(fixedText.Original.Model), options, null, 0) { FixError = writeError };
    }

    /// <summary>
    /// NEWS112 for a path that was not read (a FIFO, a device, a file over the size limit), at its start,
    /// so every output format (JSON, SARIF, GitHub) shows it beside the findings. Like NEWS109 it is never
    /// turned off, only lowered to info: a check that silently read less than it was given is wrong.
    /// </summary>
    private static NewsDiagnostic Skipped(InputFiles.InputFile file, string why, NewsSeverityResolver resolver, bool warningsAsErrors) =>
        NewsRules.SkippedInput(file.DisplayPath, why, resolver.OptionsFor(file.FullPath, warningsAsErrors));

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    /// <summary>
    /// An option the parser does not know lands among the paths; name it as an option instead of
    /// reporting a missing file. A file whose name starts with '-' is still reachable as ./-name.
    /// </summary>
    internal static void RejectUnknownOptions(ArgumentResult result)
    {
        foreach (var token in result.Tokens)
        {
            if (token.Value.Length > 1 && token.Value[0] == '-')
            {
                result.AddError($"unknown option '{token.Value}' (a path that starts with '-' is written ./{token.Value}).");
            }
        }
    }

    private sealed record FileResult(InputFiles.InputFile File, IReadOnlyList<NewsDiagnostic> Diagnostics, ArticleIdentity? Identity, NewsCheckOptions Options, string? ReadError, int Fixed)
    {
        /// <summary>Why <c>--fix</c> left the file as it was (its findings are still reported).</summary>
        public string? FixError { get; init; }
    }
}
