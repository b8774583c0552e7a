using System.Diagnostics;
using System.Text.Json.Nodes;

namespace NewsDsl.LanguageServer.Tests;

/// <summary>
/// Issue 16 §2: a workspace folder with directory symlink loops, a FIFO and a symlink to <c>/dev/zero</c> named
/// like articles, and a file far above the size limit. The start-up scan, <c>workspace/diagnostic</c> and file
/// events for those paths must all finish, keep memory bounded and leave the server answering.
/// </summary>
public sealed class HostileFolderTests : IAsyncLifetime
{
    private string _workspace = string.Empty;

    public Task InitializeAsync()
    {
        _workspace = TestFiles.NewScratchFolder();
        File.WriteAllText(Path.Combine(_workspace, "good.news"), "---\nid: good\nheadline: Good\n---\n\n“Untagged,” he said.\n");
        Directory.CreateDirectory(Path.Combine(_workspace, "a", "deeper"));
        File.WriteAllText(Path.Combine(_workspace, "a", "deeper", "nested.news"), "---\nid: nested\nheadline: Nested\n---\n\nWords.\n");
        Directory.CreateSymbolicLink(Path.Combine(_workspace, "a", "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(_workspace, "a", "deeper", "top"), _workspace);
        File.CreateSymbolicLink(Path.Combine(_workspace, "zero.news"), "/dev/zero");
        Run("mkfifo", Path.Combine(_workspace, "fifo.news"));

        // Sparse: a gigabyte that costs nothing on disk, and everything in memory if it were read.
        using (var huge = new FileStream(Path.Combine(_workspace, "huge.news"), FileMode.CreateNew))
        {
            huge.SetLength(1L << 30);
        }

        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_workspace, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Symlink_loops_a_FIFO_dev_zero_and_a_huge_file_neither_hang_the_scan_nor_workspace_diagnostic_nor_exhaust_memory()
    {
        await using var client = await LspClient.StartInitializedAsync(_workspace);

        var report = await client.RequestAsync("workspace/diagnostic", new { previousResultIds = Array.Empty<object>() }, TimeSpan.FromSeconds(90));
        var uris = report!["items"]!.AsArray().Select(i => (string)i!["uri"]!).ToList();
        Assert.Contains(uris, u => u.EndsWith("/good.news", StringComparison.Ordinal));
        Assert.Contains(uris, u => u.EndsWith("/a/deeper/nested.news", StringComparison.Ordinal));

        // Each real article once, however many links lead to it.
        Assert.Equal(uris.Count, uris.Distinct(StringComparer.Ordinal).Count());
        Assert.Single(uris, u => u.EndsWith("/nested.news", StringComparison.Ordinal));

        // What was not read (the FIFO, the link to /dev/zero, the huge file) is NEWS112 on its path, exactly as
        // newsdsl check reports it for the same folder: same paths, range, severity and message.
        var skipped = report["items"]!.AsArray()
            .Where(i => i!["items"]!.AsArray().Any(d => (string?)d!["code"] == "NEWS112"))
            .ToDictionary(i => Path.GetRelativePath(_workspace, new Uri((string)i!["uri"]!).LocalPath).Replace('\\', '/'), i => i!["items"]!.AsArray().Select(d => TestFiles.FromLsp(d!)).ToList(), StringComparer.Ordinal);
        var fromCheck = TestFiles.CheckJson(_workspace, skipsPaths: true, ".")
            .Where(f => f.Value.Any(d => (string?)d!["id"] == "NEWS112"))
            .ToDictionary(f => f.Key, f => f.Value.Select(d => TestFiles.FromCheck(d!)).ToList(), StringComparer.Ordinal);
        Assert.Equal(new[] { "fifo.news", "huge.news", "zero.news" }, fromCheck.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(fromCheck.Keys.Order(StringComparer.Ordinal), skipped.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, diagnostics) in fromCheck)
        {
            Assert.Equal(diagnostics, skipped[path]);
        }

        // File events for the same paths are read on the message loop: none may block it.
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new
        {
            changes = new[] { "fifo.news", "zero.news", "huge.news", "a/up/good.news" }.Select(name => new { uri = LspClient.FileUri(Path.Combine(_workspace, name)), type = 2 }).ToArray(),
        });
        await client.AssertStillServingAsync("file events for a FIFO, /dev/zero and a huge file");

        // Opening and closing the FIFO's path makes the server re-read the file on disk: it must not wait for a writer.
        var fifo = LspClient.FileUri(Path.Combine(_workspace, "fifo.news"));
        await client.OpenAsync(fifo, "---\nid: fifo\nheadline: Fifo\n---\n");
        await client.WaitForDiagnosticsAsync(fifo, 1);
        await client.CloseAsync(fifo);
        await client.AssertStillServingAsync("closing a document whose file is a FIFO");

        Assert.Contains("huge.news", client.StandardError, StringComparison.Ordinal);
        var peakMegabytes = client.ProcessStatusKilobytes("VmHWM") / 1024;
        Assert.True(peakMegabytes < 600, $"the server peaked at {peakMegabytes} MB");
    }

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
