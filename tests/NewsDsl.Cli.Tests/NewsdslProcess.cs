using System.Diagnostics;
using Xunit;

namespace NewsDsl.Cli.Tests;

/// <summary>Runs the built tool (newsdsl.dll beside the tests) as a process, as a user runs the installed tool.</summary>
internal static class NewsdslProcess
{
    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "NewsDsl.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("NewsDsl.sln not found above " + AppContext.BaseDirectory);
    }

    public static CliRun Run(string workingDirectory, params string[] args)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "newsdsl.dll");
        Assert.True(File.Exists(tool), $"{tool} was not built next to the tests");
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        var start = new ProcessStartInfo(string.IsNullOrEmpty(host) ? "dotnet" : host)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(tool);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("newsdsl did not exit within 60 s");
        }

        return new CliRun(process.ExitCode, stdout.Result, stderr.Result);
    }
}
