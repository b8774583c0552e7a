using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace NewsDsl.Benchmarks;

/// <summary>
/// Issue 16 §2 and §4: the real <c>newsdsl lsp</c> process is sent one very large article and then a burst
/// of small incremental edits, as fast as a client can write them. Measured from outside the process: the
/// time from the first edit sent to the <c>publishDiagnostics</c> of the last version, and the server's
/// resident set and peak (VmRSS, VmHWM from /proc) once that publication arrived.
/// Run: <c>dotnet run -c Release --project benchmarks/NewsDsl.Benchmarks -- --lsp-edits src/NewsDsl.Cli/bin/Release/net10.0/newsdsl.dll 20 5000</c>.
/// </summary>
internal static class LspEdits
{
    public static void Run(string tool, int megabytes, int edits) => RunAsync(tool, megabytes, edits).GetAwaiter().GetResult();

    private static async Task RunAsync(string tool, int megabytes, int edits)
    {
        var text = Article(megabytes * 1024 * 1024);
        var lines = text.Split('\n');
        var line = lines.Length / 2;
        while (lines[line].Length < 20)
        {
            line++;
        }

        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = false, UseShellExecute = false };
        start.ArgumentList.Add(tool);
        start.ArgumentList.Add("lsp");
        using var process = Process.Start(start)!;
        var client = LspBenchmarkClient.Attach(process.StandardInput.BaseStream, process.StandardOutput.BaseStream);
        await client.InitializeAsync(null);

        var clock = Stopwatch.StartNew();
        const string Uri = "file:///bench/large-edits.news";
        var opened = client.ExpectPublish(1);
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = Uri, languageId = "news", version = 1, text } });
        await opened;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{text.Length / 1024.0 / 1024.0:F1} M UTF-16 chars, {lines.Length} lines: opened and checked in {clock.Elapsed.TotalSeconds:F1} s; resident {Status(process.Id, "VmRSS:")} MB, peak {Status(process.Id, "VmHWM:")} MB"));

        // Typing on one line: each edit inserts a letter or deletes the one before it (so the text's size stays put).
        var burst = new List<byte>();
        for (var k = 0; k < edits; k++)
        {
            var version = k + 2;
            var insert = k % 2 == 0;
            var column = 5 + (k / 2 % 10);
            var change = new
            {
                jsonrpc = "2.0",
                method = "textDocument/didChange",
                @params = new
                {
                    textDocument = new { uri = Uri, version },
                    contentChanges = new[]
                    {
                        new
                        {
                            range = new { start = new { line, character = column }, end = new { line, character = insert ? column : column + 1 } },
                            text = insert ? "x" : string.Empty,
                        },
                    },
                },
            };
            var json = JsonSerializer.SerializeToUtf8Bytes(change);
            burst.AddRange(Encoding.ASCII.GetBytes($"Content-Length: {json.Length}\r\n\r\n"));
            burst.AddRange(json);
        }

        var last = client.ExpectPublish(edits + 1);
        clock.Restart();
        await process.StandardInput.BaseStream.WriteAsync(burst.ToArray());
        await process.StandardInput.BaseStream.FlushAsync();
        var written = clock.Elapsed;
        var finished = await Task.WhenAny(last, Task.Delay(TimeSpan.FromMinutes(15)));
        Console.WriteLine(finished == last
            ? string.Create(CultureInfo.InvariantCulture, $"{edits} edits: written in {written.TotalSeconds:F1} s; final publish (version {edits + 1}) after {clock.Elapsed.TotalSeconds:F1} s; resident {Status(process.Id, "VmRSS:")} MB, peak {Status(process.Id, "VmHWM:")} MB")
            : $"{edits} edits: no final publish within 15 minutes; peak {Status(process.Id, "VmHWM:")} MB");

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

    /// <summary>The seed article's body repeated to <paramref name="chars"/> UTF-16 code units, under one front matter and source block.</summary>
    private static string Article(int chars)
    {
        var (header, body) = Inputs.SplitSeed();
        var text = new StringBuilder(chars + body.Length + header.Length);
        text.Append(header);
        while (text.Length < chars)
        {
            text.Append(body);
        }

        return text.ToString();
    }

    /// <summary>A field of /proc/<paramref name="pid"/>/status (VmRSS:, VmHWM:) in MB, or "?".</summary>
    internal static string Status(int pid, string field)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith(field, StringComparison.Ordinal))
                {
                    var kb = long.Parse(line.Substring(field.Length).Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                    return (kb / 1024.0).ToString("F0", CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
        }

        return "?";
    }
}
