using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using NewsDsl.Language;
using NewsDsl.Language.Text;

namespace NewsDsl.Benchmarks;

/// <summary>
/// What <see cref="NewsChecker.Check"/> (all rules, default options) finds in an input, by ID, and
/// the size of its tree and model: printed beside the benchmark rows (and by <c>--findings</c>) so
/// the two 1 MB inputs can be compared for what they ask of the rules.
/// </summary>
public static class Findings
{
    public static string Describe(string name, string content)
    {
        var text = NewsText.From(content, name + ".news");
        var result = NewsChecker.Check(text);
        var tree = result.Syntax;
        var model = result.Model;
        var sb = new StringBuilder();
        sb.Append(name).Append(": ").Append(content.Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)).Append(" chars, ")
            .Append(tree.Blocks.Count).Append(" blocks, ")
            .Append(model.Sources.Count).Append(" sources, ")
            .Append(model.Quotations.Count).Append(" quotations, ")
            .Append(model.Claims.Count).Append(" claims, ")
            .Append(model.Citations.Count).Append(" citations, ")
            .Append(model.Figures.Sum(g => g.Figures.Count)).Append(" figures in ").Append(model.Figures.Count).Append(" groups; ")
            .Append(result.Diagnostics.Count).Append(" findings");
        var byId = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var diagnostic in result.Diagnostics)
        {
            byId[diagnostic.Id] = byId.TryGetValue(diagnostic.Id, out var n) ? n + 1 : 1;
        }

        sb.Append(byId.Count == 0 ? string.Empty : ": ").Append(string.Join(", ", byId.Select(p => $"{p.Value} {p.Key}")));
        return sb.ToString();
    }

    /// <summary>
    /// Every finding (and suppressed finding) of both 1 MB inputs, and of each with every source tag moved to the
    /// next declared source (so that NEWS103, quiet on both, fires thousands of times), written to
    /// <paramref name="directory"/> one line per finding: diff two builds' dumps to show a change of how the
    /// rules scan left what they report byte-identical.
    /// <c>dotnet run -c Release --project benchmarks/NewsDsl.Benchmarks -- --findings-dump DIR</c>.
    /// </summary>
    public static void Dump(string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var input in new[] { "seed", "distinct" })
        {
            var content = ProseBenchmarks.Text(input);
            foreach (var (name, text) in new[] { (input, content), (input + "-retagged", Retagged(content)) })
            {
                var result = NewsChecker.Check(NewsText.From(text, name + ".news"));
                var lines = new StringBuilder();
                foreach (var (kind, list) in new[] { ("found", result.Diagnostics), ("suppressed", result.SuppressedDiagnostics) })
                {
                    foreach (var d in list)
                    {
                        lines.Append(kind).Append(' ').Append(d.Id).Append(' ').Append(d.Severity).Append(' ')
                            .Append(d.Span.Start).Append("..").Append(d.Span.End).Append(' ').Append(d.Message).Append('\n');
                    }
                }

                var path = Path.Combine(directory, name + ".txt");
                File.WriteAllText(path, lines.ToString());
                var byId = result.Diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}");
                Console.WriteLine($"{name}: {result.Diagnostics.Count} found ({string.Join(", ", byId)}), {result.SuppressedDiagnostics.Count} suppressed; SHA-256 {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)))[..16]}");
            }
        }
    }

    // Every "{@id" tag names the next declared source instead (the last names the first).
    private static string Retagged(string content)
    {
        var sources = NewsChecker.Bind(NewsText.From(content, "retag.news")).Sources;
        var next = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < sources.Count; i++)
        {
            next[sources[i].Id] = sources[(i + 1) % sources.Count].Id;
        }

        return Regex.Replace(content, @"\{@([A-Za-z0-9_.-]+)", m => next.TryGetValue(m.Groups[1].Value, out var id) ? "{@" + id : m.Value);
    }
}
