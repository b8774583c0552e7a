using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;
using System.Text;
using NewsDsl.Language;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Text;

namespace NewsDsl.Cli;

/// <summary>
/// <c>newsdsl check &lt;file-or-folder&gt;...</c>: prints every finding in MSBuild form and exits
/// 0 (no error), 1 (an error was reported) or 2 (bad usage or an unreadable path). Read-only: it never writes to its inputs.
/// </summary>
internal static class CheckCommand
{
    private static readonly string[] s_formats = { "text", "json" };

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
            Description = "text (default): 'path(line,column): severity ID: message' lines; json: one JSON document",
            DefaultValueFactory = _ => "text",
            HelpName = string.Join('|', s_formats),
        };
        format.AcceptOnlyFromAmong(s_formats);
        var warningsAsErrors = new Option<bool>("--warnaserror", "--warn-as-error")
        {
            Description = "report warnings as errors (exit code 1 when any is found)",
        };

        var command = new Command("check", "Checks NewsDsl articles and prints every finding. Severities come from .editorconfig and .globalconfig files, as in a build. Exit codes: 0 no errors, 1 errors found, 2 bad usage or unreadable path.")
        {
            paths,
            format,
            warningsAsErrors,
        };
        command.SetAction(parse => Run(
            parse.GetValue(paths) ?? Array.Empty<string>(),
            parse.GetValue(format) ?? "text",
            parse.GetValue(warningsAsErrors),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>
    /// An option the parser does not know lands among the paths; name it as an option instead of
    /// reporting a missing file. A file whose name starts with '-' is still reachable as ./-name.
    /// </summary>
    private static void RejectUnknownOptions(ArgumentResult result)
    {
        foreach (var token in result.Tokens)
        {
            if (token.Value.Length > 1 && token.Value[0] == '-')
            {
                result.AddError($"unknown option '{token.Value}' (a path that starts with '-' is written ./{token.Value}).");
            }
        }
    }

    internal static int Run(IReadOnlyList<string> paths, string format, bool warningsAsErrors, TextWriter stdout, TextWriter stderr)
    {
        var json = format == "json";
        if (!TryCollectFiles(paths, stderr, out var files))
        {
            return Program.UsageError;
        }

        var results = new List<FileResult>();
        var editorConfig = new EditorConfigSeverities();
        foreach (var file in files)
        {
            string content;
            try
            {
                content = File.ReadAllText(file.FullPath, Encoding.UTF8);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"newsdsl: cannot read '{file.DisplayPath}': {exception.Message}");
                return Program.UsageError;
            }

            var options = new NewsCheckOptions
            {
                Severities = editorConfig.For(file.FullPath),
                WarningsAsErrors = warningsAsErrors,
            };
            var result = NewsChecker.Check(NewsText.From(content, file.DisplayPath), options);
            results.Add(new FileResult(file.DisplayPath, result.Model, result.Diagnostics));
        }

        // Project-wide: an article id used twice among the files checked together.
        var models = results.Select(r => r.Model).ToList();
        var projectDiagnostics = NewsChecker.ApplySeverities(
            Language.Rules.NewsRules.CheckProject(models),
            new NewsCheckOptions { WarningsAsErrors = warningsAsErrors });
        foreach (var diagnostic in projectDiagnostics)
        {
            var owner = results.First(r => r.Path == diagnostic.Path);
            owner.Diagnostics = owner.Diagnostics.Concat(new[] { diagnostic }).ToList();
        }

        var all = results.SelectMany(r => r.Diagnostics).ToList();
        if (json)
        {
            JsonReport.Write(stdout, results.Select(r => (r.Path, r.Diagnostics)).ToList());
        }
        else
        {
            foreach (var diagnostic in all)
            {
                stdout.WriteLine(diagnostic.ToString());
            }
        }

        var errors = all.Count(d => d.Severity == NewsSeverity.Error);
        var warnings = all.Count(d => d.Severity == NewsSeverity.Warning);
        stderr.WriteLine($"newsdsl: {Plural(results.Count, "file")} checked: {Plural(errors, "error")}, {Plural(warnings, "warning")}");
        return errors > 0 ? Program.ErrorsFound : Program.Success;
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private static bool TryCollectFiles(IReadOnlyList<string> paths, TextWriter stderr, out List<InputFile> files)
    {
        var collected = new List<InputFile>();
        files = collected;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                Add(path);
            }
            else if (Directory.Exists(path))
            {
                IEnumerable<string> found;
                try
                {
                    found = Directory.EnumerateFiles(path, "*.news", SearchOption.AllDirectories)
                        .Where(f => f.EndsWith(".news", StringComparison.OrdinalIgnoreCase))
                        .OrderBy(f => f, StringComparer.Ordinal)
                        .ToList();
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    stderr.WriteLine($"newsdsl: cannot read folder '{path}': {exception.Message}");
                    return false;
                }

                foreach (var file in found)
                {
                    Add(file);
                }
            }
            else
            {
                stderr.WriteLine($"newsdsl: '{path}' does not exist: give a .news file or a folder that contains some.");
                return false;
            }
        }

        return true;

        void Add(string path)
        {
            var full = Path.GetFullPath(path);
            if (seen.Add(full))
            {
                // "check ." lists "./a.news"; print "a.news" as MSBuild would.
                var display = path.StartsWith("./", StringComparison.Ordinal) || path.StartsWith(".\\", StringComparison.Ordinal) ? path.Substring(2) : path;
                collected.Add(new InputFile(display, full));
            }
        }
    }

    private sealed record InputFile(string DisplayPath, string FullPath);

    private sealed class FileResult
    {
        public FileResult(string path, ArticleModel model, IReadOnlyList<NewsDiagnostic> diagnostics)
        {
            Path = path;
            Model = model;
            Diagnostics = diagnostics;
        }

        public string Path { get; }

        public ArticleModel Model { get; }

        public IReadOnlyList<NewsDiagnostic> Diagnostics { get; set; }
    }
}
