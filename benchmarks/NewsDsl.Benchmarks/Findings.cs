using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
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
}
