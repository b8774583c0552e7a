using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace NewsDsl.Benchmarks;

/// <summary>
/// Keystroke → diagnostics as a user's editor gets it: the real <c>newsdsl lsp</c> process, started with
/// the tool's own runtime configuration (so its collector settings apply; an environment variable such as
/// <c>DOTNET_gcConcurrent</c> set for this command overrides them, which is how two settings are compared),
/// one article opened, then one keystroke at a time, each waiting for its version's publishDiagnostics.
/// Prints the median, P95, P99 and longest latency, and the server's resident set and peak from /proc.
/// Run: <c>-- --lsp-keystrokes src/NewsDsl.Cli/bin/Release/net10.0/newsdsl.dll 1MB 1000</c>
/// (the article: <c>seed</c>, <c>1MB</c>, or a size such as <c>20MB</c>: the seed's body repeated).
/// </summary>
internal static class LspProcessKeystrokes
{
    public static void Run(string tool, string article, int count) => RunAsync(tool, article, count).GetAwaiter().GetResult();

    private static async Task RunAsync(string tool, string article, int count)
    {
        var text = Article(article);
        var lines = text.Split('\n');
        var line = Array.FindIndex(lines, l => l.StartsWith("Iran struck back", StringComparison.Ordinal));

        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(tool);
        start.ArgumentList.Add("lsp");
        using var process = Process.Start(start)!;
        var client = LspBenchmarkClient.Attach(process.StandardInput.BaseStream, process.StandardOutput.BaseStream);
        await client.InitializeAsync(null);
        const string Uri = "file:///bench/keystrokes.news";
        var opened = client.ExpectPublish(1);
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = Uri, languageId = "news", version = 1, text } });
        await opened;

        // A warm-up of 50 keystrokes (the JIT's tiers), then the measured ones: type a letter, delete it.
        var warmUp = 50;
        var times = new double[count];
        for (var k = 0; k < warmUp + count; k++)
        {
            var version = k + 2;
            var typing = k % 2 == 0;
            var published = client.ExpectPublish(version);
            var clock = Stopwatch.StartNew();
            await client.NotifyAsync("textDocument/didChange", new
            {
                textDocument = new { uri = Uri, version },
                contentChanges = new[]
                {
                    new
                    {
                        range = new { start = new { line, character = 5 }, end = new { line, character = typing ? 5 : 6 } },
                        text = typing ? "x" : string.Empty,
                    },
                },
            });
            await published;
            if (k >= warmUp)
            {
                times[k - warmUp] = clock.Elapsed.TotalMilliseconds;
            }
        }

        Array.Sort(times);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{article} ({text.Length / 1024.0 / 1024.0:F1} M chars), {count} keystrokes, whole process: median {times[count / 2]:F2} ms, P95 {times[(int)(count * 0.95)]:F2} ms, P99 {times[(int)(count * 0.99)]:F2} ms, longest {times[count - 1]:F2} ms; resident {LspEdits.Status(process.Id, "VmRSS:")} MB, peak {LspEdits.Status(process.Id, "VmHWM:")} MB; DOTNET_gcConcurrent={Environment.GetEnvironmentVariable("DOTNET_gcConcurrent") ?? "(unset)"}"));

        try
        {
            await client.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (Exception exception) when (exception is TimeoutException or IOException)
        {
        }

        if (!process.WaitForExit(30_000))
        {
            process.Kill();
        }
    }

    private static string Article(string article)
    {
        if (article == "seed")
        {
            return Inputs.Seed;
        }

        if (article == "1MB")
        {
            return Inputs.LargeArticle();
        }

        var megabytes = int.Parse(article.Substring(0, article.Length - 2), CultureInfo.InvariantCulture);
        var (header, body) = Inputs.SplitSeed();
        var text = new StringBuilder((megabytes << 20) + body.Length + header.Length);
        text.Append(header);
        while (text.Length < megabytes << 20)
        {
            text.Append(body);
        }

        return text.ToString();
    }
}
