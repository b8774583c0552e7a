using System.Diagnostics;
using System.Net.Sockets;
using Xunit;

namespace NewsDsl.Cli.Tests;

/// <summary>
/// Makes the real things a hostile folder holds (FIFOs with <c>mkfifo</c>, sockets, links to devices,
/// trees deeper than PATH_MAX, files of another owner) and runs the tool as another user, so the
/// tests meet the file system itself rather than an imitation of it.
/// </summary>
internal static class HostileFileSystem
{
    /// <summary>The unprivileged user the permission tests run as (and give files to): nobody.</summary>
    public const int OtherUser = 65534;

    public static bool IsRoot => !OperatingSystem.IsWindows() && Environment.IsPrivilegedProcess;

    public static void MakeFifo(string path) => Run("mkfifo", path);

    /// <summary>A second name for the same file (<c>ln</c>): a rename over either name would split them.</summary>
    public static void MakeHardLink(string link, string existing) => Run("ln", existing, link);

    /// <summary>A Unix domain socket file, bound; dispose the socket after the test (.NET removes the file then).</summary>
    public static Socket MakeSocket(string path)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        return socket;
    }

    /// <summary>
    /// A chain of <paramref name="depth"/> folders named <paramref name="name"/> under <paramref name="root"/>, made with
    /// relative paths in steps (a path longer than PATH_MAX cannot be named whole), and a file at its end.
    /// </summary>
    public static void MakeDeepTree(string root, string name, int depth, string fileName, string content)
    {
        var step = Math.Min(depth, Math.Max(1, 2000 / (name.Length + 1)));
        var chunk = string.Join('/', Enumerable.Repeat(name, step));
        var script = $"cd '{root}' && for i in $(seq {depth / step}); do mkdir -p {chunk} && cd {chunk} || exit 1; done && printf '%s' \"$NEWS_CONTENT\" > '{fileName}'";
        Run("bash", new Dictionary<string, string> { ["NEWS_CONTENT"] = content }, "-c", script);
    }

    /// <summary>Removes a tree that may be deeper than PATH_MAX and have unreadable folders.</summary>
    public static void RemoveTree(string root)
    {
        if (Directory.Exists(root))
        {
            Run("chmod", "-R", "u+rwx", root);
            Run("rm", "-rf", root);
        }
    }

    public static void Chown(string path, int user, bool noDereference = false)
    {
        if (noDereference)
        {
            Run("chown", "-h", $"{user}:{user}", path);
        }
        else
        {
            Run("chown", $"{user}:{user}", path);
        }
    }

    /// <summary>The tool as a process run by <paramref name="user"/> (needs root and setpriv); null with the reason when it cannot be.</summary>
    public static string? CannotRunAsOtherUser()
    {
        if (OperatingSystem.IsWindows())
        {
            return "Windows has no Unix permissions";
        }

        if (!IsRoot)
        {
            return null;
        }

        return File.Exists("/usr/bin/setpriv") || File.Exists("/bin/setpriv") ? null : "setpriv (util-linux) is missing, so the test cannot drop root's right to read every folder";
    }

    /// <summary>Runs the built tool as the unprivileged user when this process is root (root reads every folder), else as is.</summary>
    public static CliRun RunToolUnprivileged(string workingDirectory, params string[] args)
    {
        if (!IsRoot)
        {
            return NewsdslProcess.Run(workingDirectory, args);
        }

        var tool = Path.Combine(AppContext.BaseDirectory, "newsdsl.dll");
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        var start = new ProcessStartInfo("setpriv")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { $"--reuid={OtherUser}", $"--regid={OtherUser}", "--clear-groups", string.IsNullOrEmpty(host) ? "dotnet" : host, tool }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["HOME"] = workingDirectory;

        // The user's own temporary folder, as a login would give it (the test run's TMPDIR may be root's).
        start.Environment["TMPDIR"] = "/tmp";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
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

    /// <summary>Runs <paramref name="action"/> on another thread and fails the test (instead of hanging the run) if it takes longer than <paramref name="seconds"/>.</summary>
    public static T WithinSeconds<T>(int seconds, Func<T> action)
    {
        var task = Task.Factory.StartNew(action, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        Assert.True(task.Wait(TimeSpan.FromSeconds(seconds)), $"did not finish within {seconds} s (a hang: it would run for ever)");
        return task.Result;
    }

    private static void Run(string program, params string[] args) => Run(program, null, args);

    private static void Run(string program, IDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)} failed: {error}");
    }
}
