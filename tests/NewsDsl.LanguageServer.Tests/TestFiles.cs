using System.Diagnostics;
using System.Text.Json.Nodes;

namespace NewsDsl.LanguageServer.Tests;

/// <summary>Paths of the checkout, scratch folders, and the command-line checker the server is compared with.</summary>
internal static class TestFiles
{
    public static string Root { get; } = FindRoot();

    public static string Conformance => Path.Combine(Root, "tests", "NewsDsl.Language.Tests", "Conformance");

    public static string Sample => Path.Combine(Root, "samples", "press-tv-264060-iran-strikes-back.news");

    public static string NewScratchFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "newsdsl-lsp-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);

        // Keep .editorconfig files above the temp folder out of the tests.
        File.WriteAllText(Path.Combine(path, ".editorconfig"), "root = true\n");
        return path;
    }

    public static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    /// <summary>Runs <c>newsdsl check --format json</c> (the real tool) and returns its files by path.</summary>
    public static Dictionary<string, JsonArray> CheckJson(string workingDirectory, params string[] paths) =>
        CheckJson(workingDirectory, skipsPaths: false, paths);

    /// <summary>As <see cref="CheckJson(string, string[])"/>; with <paramref name="skipsPaths"/>, exit code 2 (a path was skipped, NEWS112) is expected.</summary>
    public static Dictionary<string, JsonArray> CheckJson(string workingDirectory, bool skipsPaths, params string[] paths)
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        var start = new ProcessStartInfo(string.IsNullOrEmpty(host) ? "dotnet" : host)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(LspClient.ToolPath);
        start.ArgumentList.Add("check");
        start.ArgumentList.Add("--format");
        start.ArgumentList.Add("json");
        foreach (var path in paths)
        {
            start.ArgumentList.Add(path);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "newsdsl check did not finish");
        Assert.True(skipsPaths ? process.ExitCode == 2 : process.ExitCode is 0 or 1, $"newsdsl check exited {process.ExitCode}: {stderr.Result}");
        var report = JsonNode.Parse(stdout.Result)!;
        var files = new Dictionary<string, JsonArray>(StringComparer.Ordinal);
        foreach (var file in report["files"]!.AsArray())
        {
            files[((string)file!["path"]!).Replace('\\', '/')] = file["diagnostics"]!.AsArray();
        }

        return files;
    }

    /// <summary>A diagnostic of the command line's JSON as one comparable line: ID, 0-based range, severity, message.</summary>
    public static string FromCheck(JsonNode diagnostic) =>
        $"{diagnostic["id"]} {(int)diagnostic["line"]! - 1}:{(int)diagnostic["column"]! - 1}-{(int)diagnostic["endLine"]! - 1}:{(int)diagnostic["endColumn"]! - 1} {diagnostic["severity"]} {diagnostic["message"]}";

    /// <summary>An LSP diagnostic in the same form.</summary>
    public static string FromLsp(JsonNode diagnostic)
    {
        var range = diagnostic["range"]!;
        var severity = (int)diagnostic["severity"]! switch
        {
            1 => "error",
            2 => "warning",
            3 => "info",
            _ => "hidden",
        };
        return $"{diagnostic["code"]} {range["start"]!["line"]}:{range["start"]!["character"]}-{range["end"]!["line"]}:{range["end"]!["character"]} {severity} {diagnostic["message"]}";
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "NewsDsl.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("NewsDsl.sln not found above " + AppContext.BaseDirectory);
    }
}
