using System;
using System.Collections.Generic;
using System.Linq;
using NewsRoom.News;

namespace NewsRoom;

/// <summary>Prints who said what in every article the project compiles.</summary>
internal static class Program
{
    private const int QuoteWidth = 60;

    private static void Main()
    {
        foreach (var article in NewsArticles.All)
        {
            PrintArticle(article);
        }
    }

    private static void PrintArticle(Article article)
    {
        Console.WriteLine(article.Headline);
        Console.WriteLine(new string('=', Math.Min(article.Headline.Length, 100)));
        Console.WriteLine($"{article.Sources.Count} sources, {article.Quotes.Count} quotes, {article.Claims.Count} claims");
        Console.WriteLine();

        var rows = new List<string[]> { new[] { "Source", "Kind", "Title", "Quotes", "Claims", "First quote" } };
        foreach (var source in article.Sources)
        {
            var quotes = article.Quotes.Where(q => q.Source == source).ToList();
            var claims = article.Claims.Count(c => c.Source == source);
            rows.Add(new[]
            {
                source.Name,
                source.Kind.ToString().ToLowerInvariant(),
                source.Title ?? "",
                quotes.Count.ToString(),
                claims.ToString(),
                quotes.Count == 0 ? "" : Truncate(quotes[0].Text),
            });
        }

        var unattributed = article.Quotes.Where(q => q.Source is null).ToList();
        if (unattributed.Count > 0)
        {
            rows.Add(new[] { "(unattributed)", "", "", unattributed.Count.ToString(), "0", Truncate(unattributed[0].Text) });
        }

        PrintTable(rows);
        Console.WriteLine();
    }

    private static void PrintTable(List<string[]> rows)
    {
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        for (var i = 0; i < rows.Count; i++)
        {
            Console.WriteLine(string.Join(" | ", rows[i].Select((cell, c) => c is 3 or 4 ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c]))).TrimEnd());
            if (i == 0)
            {
                Console.WriteLine(string.Join("-+-", widths.Select(w => new string('-', w))));
            }
        }
    }

    // Quotes of several paragraphs are shown on one line.
    private static string Truncate(string text)
    {
        var oneLine = text.Replace('\n', ' ');
        return oneLine.Length <= QuoteWidth ? "“" + oneLine + "”" : "“" + oneLine.Substring(0, QuoteWidth - 1) + "…”";
    }
}
