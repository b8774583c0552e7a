using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using NewsDsl.Language.Parsing;
using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;

namespace NewsDsl.Benchmarks;

/// <summary>
/// <c>--tree-census [seed|distinct]</c>: exactly what the parse of a 1 MB input keeps, counted from the tree
/// (not sampled): blocks by kind, green rows by kind, the chunks and their arrays, and the bytes of each.
/// </summary>
public static class TreeCensus
{
    public static void Run(string input)
    {
        var tree = NewsParser.Parse(NewsText.From(ProseBenchmarks.Text(input), "large.news"));
        var blocks = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = new int[4];
        var chunks = new HashSet<GreenChunk>(ReferenceEqualityComparer.Instance);
        long links = 0, strings = 0, roots = 0;
        for (var i = 0; i < tree.BlockCount; i++)
        {
            var block = tree.GreenAt(i);
            var name = block.GetType().Name;
            blocks[name] = blocks.TryGetValue(name, out var n) ? n + 1 : 1;
            if (block is InlineContainerSyntax { Green: { IsEmpty: false } green })
            {
                chunks.Add(green.Chunk);
                roots += green.RootCount;
            }
        }

        long rowCapacity = 0, linkCapacity = 0, stringCapacity = 0, used = 0;
        foreach (var chunk in chunks)
        {
            rowCapacity += chunk.Rows.Length;
            linkCapacity += chunk.Links.Length;
            stringCapacity += chunk.Strings.Length;
            used += chunk.RowCount;
            links += chunk.LinkCount;
            strings += chunk.StringCount;
            for (var r = 0; r < chunk.RowCount; r++)
            {
                rows[(int)chunk.Rows[r].Kind]++;
            }
        }

        var rowSize = Unsafe.SizeOf<GreenInline>();
        Console.WriteLine($"{input}: {tree.BlockCount:N0} blocks ({string.Join(", ", blocks)})");
        Console.WriteLine($"  green rows: {used:N0} ({rows[0]:N0} quotations, {rows[1]:N0} spans, {rows[2]:N0} tags, {rows[3]:N0} attributes), {rowSize} bytes each; {links:N0} links ({roots:N0} top-level), {strings:N0} string slots");
        Console.WriteLine($"  {chunks.Count:N0} chunks: rows {rowCapacity:N0} x {rowSize} B = {rowCapacity * rowSize:N0} B, links {linkCapacity:N0} x 4 B = {linkCapacity * 4:N0} B, strings {stringCapacity:N0} x 8 B = {stringCapacity * 8:N0} B (used: {used * rowSize + links * 4 + strings * 8:N0} B)");
    }
}
