using System.Diagnostics;
using NewsDsl.Language.Rules;
using Xunit;

namespace NewsDsl.Cli.Tests;

/// <summary>
/// The real built executable (newsdsl.dll beside the tests, run by the dotnet host as a user would run
/// the installed tool), not the in-process entry point: a broken Main, a missing dependency or a
/// wrong exit code from the process itself shows up here.
/// </summary>
public sealed class ExecutableTests
{
    private static string RepositoryRoot() => NewsdslProcess.RepositoryRoot();

    private static (int ExitCode, string Out, string Error) Newsdsl(string workingDirectory, params string[] args)
    {
        var run = NewsdslProcess.Run(workingDirectory, args);
        return (run.ExitCode, run.Out, run.Error);
    }

    [Fact]
    public void Built_tool_checks_the_samples_folder_exits_0_and_reports_the_anonymous_source()
    {
        var (exitCode, stdout, stderr) = Newsdsl(RepositoryRoot(), "check", "samples/");

        Assert.True(exitCode == 0, $"exit code {exitCode}\n{stdout}\n{stderr}");
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Contains(
            "samples/press-tv-264060-iran-strikes-back.news(25,9): warning NEWS005: " + NewsRules.Find("NEWS005")!.FormatMessage("iraqi-officials"),
            lines);
        Assert.DoesNotContain(lines, l => l.Contains(": error ", StringComparison.Ordinal));
        Assert.Contains("checked: 0 errors", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Built_tool_runs_without_the_concurrent_collector()
    {
        // docs/performance.md ("The newsdsl tool's collector"): the server's keystrokes and imports were measured
        // faster, and the server's memory lower, without the background collector; the runtime reads this file.
        var config = Path.Combine(AppContext.BaseDirectory, "newsdsl.runtimeconfig.json");
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(config));
        var properties = json.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.True(properties.TryGetProperty("System.GC.Concurrent", out var concurrent), config + " does not set System.GC.Concurrent");
        Assert.False(concurrent.GetBoolean());
    }

    [Fact]
    public void Built_tool_exits_1_on_an_error_and_2_on_a_missing_path()
    {
        using var folder = new ScratchFolder();
        folder.Write("error.news", Articles.Error());

        var error = Newsdsl(folder.Path, "check", "error.news");
        var missing = Newsdsl(folder.Path, "check", "missing.news");
        var usage = Newsdsl(folder.Path);

        Assert.Equal(1, error.ExitCode);
        Assert.StartsWith("error.news(10,97): error NEWS002: ", error.Out, StringComparison.Ordinal);
        Assert.Equal(2, missing.ExitCode);
        Assert.Equal(string.Empty, missing.Out);
        Assert.Equal(2, usage.ExitCode);
    }

    [Fact]
    public void Built_tool_prints_its_version_with_a_newline_and_answers_help()
    {
        var version = Newsdsl(AppContext.BaseDirectory, "--version");
        var help = Newsdsl(AppContext.BaseDirectory, "check", "--help");

        Assert.Equal(0, version.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+\r?\n$", version.Out);
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("newsdsl check <paths>...", help.Out, StringComparison.Ordinal);
        Assert.Contains("--format", help.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Built_tool_reaches_a_path_starting_with_a_dash_as_dot_slash()
    {
        using var folder = new ScratchFolder();
        folder.Write("-odd.news", Articles.Warning());

        var run = Newsdsl(folder.Path, "check", "./-odd.news");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("-odd.news(8,1): warning NEWS001: ", run.Out, StringComparison.Ordinal);
    }
}
