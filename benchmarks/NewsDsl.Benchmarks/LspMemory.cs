using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace NewsDsl.Benchmarks;

/// <summary>
/// Whole-process memory of the real <c>newsdsl lsp</c> with a workspace of generated articles (issue 10 §4):
/// the server process's resident set (VmRSS) and peak (VmHWM) from /proc after (1) the folder is opened as
/// the workspace and indexed, (2) workspace/diagnostic checked every file, (3) every article is open in the
/// editor. The peer, side by side: <c>newsdsl check &lt;folder&gt;</c> on the same folder, its peak resident set.
/// Run: <c>dotnet run -c Release --project benchmarks/NewsDsl.Benchmarks -- --lsp-memory src/NewsDsl.Cli/bin/Release/net10.0/newsdsl.dll 2000</c>.
/// </summary>
internal static class LspMemory
{
    public static void Run(string tool, int count)
    {
        var folder = Path.Combine(Path.GetTempPath(), "newsdsl-lsp-memory-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, ".editorconfig"), "root = true\n");
            long bytes = 0;
            for (var i = 0; i < count; i++)
            {
                var text = Inputs.GeneratedArticle(i);
                bytes += Encoding.UTF8.GetByteCount(text);
                File.WriteAllText(Path.Combine(folder, Inputs.ArticleId(i) + ".news"), text, new UTF8Encoding(false));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} articles, {bytes / 1024.0 / 1024.0:F1} MB of text in {folder}"));
            RunServer(tool, folder, count).GetAwaiter().GetResult();
            RunCheck(tool, folder);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task RunServer(string tool, string folder, int count)
    {
        using var process = Start(tool, "lsp");
        var client = LspBenchmarkClient.Attach(process.StandardInput.BaseStream, process.StandardOutput.BaseStream);
        var clock = Stopwatch.StartNew();
        await client.InitializeAsync(folder);
        Report(process, "started, initialized", clock);

        // workspace/symbol with an empty query lists every article once the folder is indexed.
        while ((await client.RequestAsync("workspace/symbol", new { query = string.Empty })).GetArrayLength() < count)
        {
            await Task.Delay(100);
        }

        Report(process, $"workspace indexed ({count} articles)", clock);

        var report = await client.RequestAsync("workspace/diagnostic", new { previousResultIds = Array.Empty<object>() });
        Report(process, $"workspace/diagnostic ({report.GetProperty("items").GetArrayLength()} reports)", clock);

        var last = Task.CompletedTask;
        for (var i = 0; i < count; i++)
        {
            var uri = new Uri(Path.Combine(folder, Inputs.ArticleId(i) + ".news")).AbsoluteUri;
            last = client.ExpectPublish(1000 + i);
            await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "news", version = 1000 + i, text = Inputs.GeneratedArticle(i) } });
        }

        await last;
        await Task.Delay(1000);
        Report(process, $"all {count} articles open", clock);
        await client.DisposeAsync();
        process.WaitForExit(30_000);
    }

    private static void RunCheck(string tool, string folder)
    {
        using var process = Start(tool, "check", folder);
        var stdout = process.StandardOutput.ReadToEndAsync();
        long peak = 0;
        while (!process.WaitForExit(20))
        {
            peak = Math.Max(peak, ReadStatus(process.Id, "VmHWM:"));
        }

        _ = stdout.Result;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peer: newsdsl check <folder>: peak resident {peak / 1024.0:F1} MB (last sample before exit)"));
    }

    private static Process Start(string tool, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = false,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(tool);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    private static void Report(Process process, string stage, Stopwatch clock) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"server {stage,-40} at {clock.Elapsed.TotalSeconds,6:F1} s: resident {ReadStatus(process.Id, "VmRSS:") / 1024.0,7:F1} MB, peak {ReadStatus(process.Id, "VmHWM:") / 1024.0,7:F1} MB"));

    /// <summary>A kB field of /proc/&lt;pid&gt;/status (0 when gone).</summary>
    private static long ReadStatus(int pid, string field)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith(field, StringComparison.Ordinal))
                {
                    return long.Parse(line.Substring(field.Length).Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
        }

        return 0;
    }
}
