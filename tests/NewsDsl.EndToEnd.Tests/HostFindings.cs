using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using NewsDsl.LanguageServer.Tests;

namespace NewsDsl.EndToEnd.Tests;

/// <summary>
/// What each host reports, reduced to what the parity matrix compares: <c>path|line|column|ID|severity</c>
/// (1-based; severity as error, warning or info), sorted.
/// </summary>
internal static class HostFindings
{
    // A findings-list item of the review page: its link names the ID and severity, then line and column.
    private static readonly Regex s_pageFinding = new(
        @"data-finding-link=""(?<id>NEWS\d{3})"">[^<]*? (?<severity>error|warning|info|hidden)</a><span class=""where""> line (?<line>\d+), column (?<column>\d+)</span>",
        RegexOptions.CultureInvariant);

    /// <summary>A result of <c>ConfigurationParityTests.Results</c> (<c>path|l:c-l:c|ID|level|message</c>).</summary>
    public static string FromSarifResult(string result)
    {
        var parts = result.Split('|');
        var start = parts[1].Split('-')[0].Split(':');
        return Finding(parts[0], int.Parse(start[0]), int.Parse(start[1]), parts[2], parts[3] == "note" ? "info" : parts[3]);
    }

    public static List<string> FromCheckJson(string output, string project)
    {
        // The summary line goes to standard error, which the runner interleaves with the document.
        var json = string.Join("\n", output.Split('\n').Where(l => !l.StartsWith("newsdsl: ", StringComparison.Ordinal)));
        using var document = JsonDocument.Parse(json);
        var findings = new List<string>();
        foreach (var file in document.RootElement.GetProperty("files").EnumerateArray())
        {
            var path = Path.GetFullPath(Path.Combine(project, file.GetProperty("path").GetString()!));
            foreach (var d in file.GetProperty("diagnostics").EnumerateArray())
            {
                findings.Add(Finding(path, d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32(), d.GetProperty("id").GetString()!, d.GetProperty("severity").GetString()!));
            }
        }

        return Sorted(findings);
    }

    /// <summary>
    /// <c>render</c> of every folder's articles together (the folder is the project a render sees; ids repeat
    /// only within a folder in the matrix), each page's findings list read back.
    /// </summary>
    public static List<string> Render(PackageFixture package, string project, string tool)
    {
        var findings = new List<string>();
        var folders = Articles(project).GroupBy(a => Path.GetDirectoryName(a)!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal);
        var n = 0;
        foreach (var folder in folders)
        {
            var pages = Path.Combine(package.Root, "pages-" + Path.GetFileName(project), (n++).ToString(System.Globalization.CultureInfo.InvariantCulture)) + "/";
            var articles = folder.OrderBy(a => a, StringComparer.Ordinal).ToList();
            var run = package.Dotnet(project, new[] { tool, "render" }.Concat(articles).Concat(new[] { "-o", pages }).ToArray());
            if (run.ExitCode is not (0 or 1))
            {
                throw new InvalidOperationException($"render failed ({run.ExitCode}):\n{run.Output}");
            }

            foreach (var article in articles)
            {
                var page = File.ReadAllText(Path.Combine(pages, Path.GetFileNameWithoutExtension(article) + ".html"));
                var items = s_pageFinding.Matches(page);
                if (items.Count != Regex.Matches(page, @"data-diagnostic=""NEWS\d{3}""").Count)
                {
                    throw new InvalidOperationException($"{article}: the findings list and the data-diagnostic elements disagree");
                }

                foreach (Match item in items)
                {
                    findings.Add(Finding(article, int.Parse(item.Groups["line"].Value), int.Parse(item.Groups["column"].Value), item.Groups["id"].Value, WebUtility.HtmlDecode(item.Groups["severity"].Value)));
                }
            }
        }

        return Sorted(findings);
    }

    /// <summary>
    /// A language server on the project: every article opened; the last diagnostics pushed for each, and those
    /// pulled (<c>textDocument/diagnostic</c>). With <paramref name="edit"/>, that is run once everything is
    /// open and the server is told the global config changed, as a client's file watcher tells it.
    /// </summary>
    public static async Task<(List<string> Pushed, List<string> Pulled)> FromLanguageServer(string project, Action? edit = null)
    {
        await using var client = await LspClient.StartInitializedAsync(project);
        var uris = new List<string>();
        foreach (var article in Articles(project))
        {
            var uri = LspClient.FileUri(article);
            uris.Add(uri);
            await client.OpenAsync(uri, File.ReadAllText(article));
        }

        await Settle(client, uris);
        if (edit is not null)
        {
            edit();
            await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = LspClient.FileUri(Path.Combine(project, ".globalconfig")), type = 2 } } });
            await Task.Delay(500);
            await Settle(client, uris);
        }

        var pushed = new List<string>();
        var pulled = new List<string>();
        foreach (var uri in uris)
        {
            var path = new Uri(uri).LocalPath;
            pushed.AddRange(FromLsp(path, (JsonArray)client.Published(uri)[^1]["diagnostics"]!));
            var report = await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri } });
            pulled.AddRange(FromLsp(path, report!["items"]!.AsArray()));
        }

        return (Sorted(pushed), Sorted(pulled));
    }

    private static IEnumerable<string> FromLsp(string path, JsonArray diagnostics) =>
        diagnostics.Select(d => Finding(
            path,
            (int)d!["range"]!["start"]!["line"]! + 1,
            (int)d["range"]!["start"]!["character"]! + 1,
            (string)d["code"]!,
            (int)d["severity"]! switch { 1 => "error", 2 => "warning", 3 => "info", _ => "hidden" }));

    // Every document published at least once, then no publication for a while: the server has finished rechecking.
    private static async Task Settle(LspClient client, IReadOnlyList<string> uris)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var last = -1;
        var quietSince = DateTime.UtcNow;
        while (DateTime.UtcNow < deadline)
        {
            var counts = uris.Select(u => client.Published(u).Count).ToList();
            var total = counts.Sum();
            if (total != last)
            {
                last = total;
                quietSince = DateTime.UtcNow;
            }
            else if (counts.All(c => c > 0) && DateTime.UtcNow - quietSince > TimeSpan.FromSeconds(1.5))
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("the language server did not settle:\n" + client.StandardError);
    }

    private static IEnumerable<string> Articles(string project) =>
        Directory.EnumerateFiles(project, "*.news", SearchOption.AllDirectories)
            .Where(p => !p.Contains("/obj/", StringComparison.Ordinal) && !p.Contains("/bin/", StringComparison.Ordinal))
            .Select(Path.GetFullPath)
            .OrderBy(p => p, StringComparer.Ordinal);

    private static string Finding(string path, int line, int column, string id, string severity) => $"{path}|{line}|{column}|{id}|{severity}";

    private static List<string> Sorted(IEnumerable<string> findings) => findings.OrderBy(f => f, StringComparer.Ordinal).ToList();
}
