using System;
using System.Collections.Generic;
using System.Linq;
using NewsRoom.News;

namespace NewsRoom;

/// <summary>Prints who said what, and which figures disagree, in every article the project compiles.</summary>
internal static class Program
{
    /// <summary>No line of the output is wider than this (the README's main command prints it to a terminal).</summary>
    private const int MaxWidth = 160;

    private const int NameWidth = 48;

    private const int TitleWidth = 32;

    private static void Main()
    {
        foreach (var article in NewsArticles.All)
        {
            PrintArticle(article);
        }
    }

    private static void PrintArticle(Article article)
    {
        Console.WriteLine(Fit(article.Headline, MaxWidth));
        Console.WriteLine(new string('=', Math.Min(article.Headline.Length, MaxWidth)));
        Console.WriteLine($"{article.Sources.Count} sources, {article.Quotes.Count} quotes, {article.Claims.Count} claims, {article.Figures.Count} figure groups");
        Console.WriteLine();

        var rows = new List<string[]> { new[] { "Source", "Kind", "Title", "Quotes", "Claims", "First quote" } };
        foreach (var source in article.Sources)
        {
            var quotes = article.Quotes.Where(q => q.Source == source).ToList();
            var claims = article.Claims.Count(c => c.Source == source);
            rows.Add(new[]
            {
                Fit(source.Name, NameWidth),
                source.Kind.ToString().ToLowerInvariant(),
                Fit(source.Title ?? "", TitleWidth),
                quotes.Count.ToString(),
                claims.ToString(),
                quotes.Count == 0 ? "" : OneLine(quotes[0].Text),
            });
        }

        // Claims the article makes in its own voice ({own …}), then quotations nobody is named for.
        var own = article.Claims.Count(c => c.IsOwn);
        if (own > 0)
        {
            rows.Add(new[] { "(the article itself)", "", "", "0", own.ToString(), "" });
        }

        var unattributed = article.Quotes.Where(q => q.Source is null).ToList();
        if (unattributed.Count > 0)
        {
            rows.Add(new[] { "(unattributed)", "", "", unattributed.Count.ToString(), "0", OneLine(unattributed[0].Text) });
        }

        PrintTable(rows);
        Console.WriteLine();
        PrintFigures(article);
    }

    /// <summary>Each figure group with who gives which figure; CONFLICT where they cannot all be true.</summary>
    private static void PrintFigures(Article article)
    {
        if (article.Figures.Count == 0)
        {
            return;
        }

        var conflicts = article.Figures.Count(g => !g.IsConsistent);
        var header = $"Figures ({article.Figures.Count} groups, {conflicts} in conflict)";
        Console.WriteLine(header);
        Console.WriteLine(new string('-', header.Length));
        var whoWidth = article.Figures.SelectMany(g => g.Figures).Max(f => Who(f).Length);
        var valueWidth = article.Figures.SelectMany(g => g.Figures).Max(f => Value(f).Length);
        foreach (var group in article.Figures)
        {
            Console.WriteLine(Fit(group.About, MaxWidth - 10) + (group.IsConsistent ? "" : "  CONFLICT"));
            foreach (var figure in group.Figures)
            {
                Console.WriteLine($"  {Who(figure).PadRight(whoWidth)} → {Value(figure).PadRight(valueWidth)}  line {figure.Line}");
            }
        }

        Console.WriteLine();
    }

    private static string Who(Figure figure) => Fit(figure.IsOwn ? "the article itself" : figure.Source?.Name ?? "(undeclared source)", NameWidth);

    private static string Value(Figure figure) => Fit(figure.Value ?? "no figure", 24);

    private static void PrintTable(List<string[]> rows)
    {
        // The last column (the first quote) gets what the others leave of the line.
        var last = rows[0].Length - 1;
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        var quoteWidth = Math.Max(12, MaxWidth - widths.Take(last).Sum() - (3 * last));
        widths[last] = Math.Min(widths[last] + 2, quoteWidth);
        for (var i = 0; i < rows.Count; i++)
        {
            var cells = rows[i].Select((cell, c) => c == last && i > 0 && cell.Length > 0 ? Quoted(cell, widths[last]) : cell);
            Console.WriteLine(string.Join(" | ", cells.Select((cell, c) => c is 3 or 4 ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c]))).TrimEnd());
            if (i == 0)
            {
                Console.WriteLine(string.Join("-+-", widths.Select(w => new string('-', w))));
            }
        }
    }

    // Quotes of several paragraphs are shown on one line.
    private static string OneLine(string text) => text.Replace('\n', ' ');

    private static string Quoted(string text, int width) =>
        text.Length + 2 <= width ? "“" + text + "”" : "“" + text.Substring(0, width - 3) + "…”";

    private static string Fit(string text, int width) =>
        text.Length <= width ? text : text.Substring(0, width - 1) + "…";
}
