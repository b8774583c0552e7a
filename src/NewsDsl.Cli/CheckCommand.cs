using System;
using System.Collections.Generic;
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
    public const int Success = 0;
    public const int ErrorsFound = 1;
    public const int UsageError = 2;

    private const string Usage =
        """
        Usage: newsdsl check <file-or-folder>... [--format text|json] [--warnaserror]

        Checks NewsDsl articles (.news files; folders are searched recursively) and prints
        each finding as 'path(line,column): severity ID: message'.

        Options:
          --format text|json   text (default): MSBuild lines; json: one JSON document on stdout
          --warnaserror        report warnings as errors (exit code 1 when any is found)
          -h, --help           show this help
          --version            show the version

        Severities are read from .editorconfig files above each article
        ([*.news] dotnet_diagnostic.NEWS001.severity = error), as in a build.
        Exit codes: 0 no errors, 1 errors found, 2 bad usage or unreadable path.
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            (args.Length == 0 ? stderr : stdout).WriteLine(Usage);
            return args.Length == 0 ? UsageError : Success;
        }

        if (args[0] == "--version")
        {
            stdout.WriteLine(typeof(CheckCommand).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
            return Success;
        }

        if (args[0] != "check")
        {
            stderr.WriteLine($"newsdsl: unknown command '{args[0]}'. Try 'newsdsl check <file-or-folder>...' or 'newsdsl --help'.");
            return UsageError;
        }

        if (!TryParseOptions(args, stderr, out var paths, out var json, out var warningsAsErrors))
        {
            return UsageError;
        }

        if (!TryCollectFiles(paths, stderr, out var files))
        {
            return UsageError;
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
                return UsageError;
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
        return errors > 0 ? ErrorsFound : Success;
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private static bool TryParseOptions(string[] args, TextWriter stderr, out List<string> paths, out bool json, out bool warningsAsErrors)
    {
        paths = new List<string>();
        json = false;
        warningsAsErrors = false;
        var onlyPaths = false;
        for (var i = 1; i < args.Length; i++)
        {
            var arg = args[i];
            if (onlyPaths || !arg.StartsWith('-') || arg == "-")
            {
                paths.Add(arg);
            }
            else if (arg == "--")
            {
                onlyPaths = true;
            }
            else if (arg is "--warnaserror" or "--warn-as-error" or "-warnaserror")
            {
                warningsAsErrors = true;
            }
            else if (arg == "--format" || arg.StartsWith("--format=", StringComparison.Ordinal))
            {
                var value = arg == "--format" ? (i + 1 < args.Length ? args[++i] : string.Empty) : arg.Substring("--format=".Length);
                if (value is not ("text" or "json"))
                {
                    stderr.WriteLine($"newsdsl: --format must be 'text' or 'json', not '{value}'.");
                    return false;
                }

                json = value == "json";
            }
            else
            {
                stderr.WriteLine($"newsdsl: unknown option '{arg}'. Try 'newsdsl --help'.");
                return false;
            }
        }

        if (paths.Count == 0)
        {
            stderr.WriteLine("newsdsl: check needs at least one .news file or folder: newsdsl check <file-or-folder>...");
            return false;
        }

        return true;
    }

    private static bool TryCollectFiles(List<string> paths, TextWriter stderr, out List<InputFile> files)
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
