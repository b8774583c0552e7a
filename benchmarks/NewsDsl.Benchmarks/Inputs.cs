using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace NewsDsl.Benchmarks;

/// <summary>
/// Deterministic inputs built from the seed article: one ~1 MB article (one front matter, the
/// source declarations once, the body repeated) and 1,000 small articles with distinct ids and text.
/// </summary>
public static class Inputs
{
    public const string SeedFileName = "press-tv-264060-iran-strikes-back.news";

    /// <summary>Target size of the large article, in UTF-16 characters (about 1 MB of UTF-8 too).</summary>
    public const int LargeArticleChars = 1 << 20;

    private static string? s_seed;

    public static string Seed => s_seed ??= LoadSeed();

    /// <summary>The seed split at the end of its last source declaration line.</summary>
    public static (string Header, string Body) SplitSeed()
    {
        var seed = Seed.Replace("\r\n", "\n");
        var lines = seed.Split('\n');
        var lastDeclaration = -1;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("@source ", StringComparison.Ordinal))
            {
                lastDeclaration = i;
            }
        }

        if (lastDeclaration < 0)
        {
            throw new InvalidOperationException("The seed article declares no source.");
        }

        var header = string.Join("\n", lines, 0, lastDeclaration + 1) + "\n";
        var body = string.Join("\n", lines, lastDeclaration + 1, lines.Length - lastDeclaration - 1);
        if (!body.EndsWith("\n", StringComparison.Ordinal))
        {
            body += "\n";
        }

        return (header, body);
    }

    /// <summary>The seed's front matter and declarations once, then its body repeated to about 1 MB.</summary>
    public static string LargeArticle()
    {
        var (header, body) = SplitSeed();
        var sb = new StringBuilder(LargeArticleChars + body.Length + header.Length);
        sb.Append(header);
        while (sb.Length < LargeArticleChars)
        {
            sb.Append('\n').Append(body);
        }

        return sb.ToString();
    }

    /// <summary>Article <paramref name="index"/> of the generated set: the seed with its own id, headline and numbers.</summary>
    public static string GeneratedArticle(int index, int revision = 0)
    {
        var (header, body) = SplitSeed();
        var id = ArticleId(index);
        header = header
            .Replace("id: iran-strikes-back", "id: " + id)
            .Replace("headline: Iran strikes back", $"headline: Dispatch {index}: Iran strikes back");

        // Vary the prose deterministically so no two articles (and no two revisions) share text.
        var rng = new Random(unchecked(index * 7919 + revision * 104729 + 17));
        body = body
            .Replace("15 ballistic missiles", $"{rng.Next(5, 40)} ballistic missiles")
            .Replace("80 “American terrorists”", $"{rng.Next(10, 200)} “American terrorists”")
            .Replace("22 missile strikes", $"{rng.Next(5, 40)} missile strikes")
            .Replace("$65.54 a barrel", $"${rng.Next(40, 90)}.{rng.Next(10, 99)} a barrel");
        var extra = $"\nDispatch {index} revision {revision}: Iranian television said [the count in report {index} was {rng.Next(1, 1000)}]{{@iran-tv cue=\"said\"}}.\n";
        return header + body + extra;
    }

    public static string ArticleId(int index) => $"dispatch-{index:D4}";

    public static IReadOnlyList<string> GeneratedArticles(int count)
    {
        var result = new string[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = GeneratedArticle(i);
        }

        return result;
    }

    private static string LoadSeed()
    {
        foreach (var candidate in Candidates())
        {
            if (File.Exists(candidate))
            {
                return File.ReadAllText(candidate);
            }
        }

        throw new FileNotFoundException("Cannot find the seed article " + SeedFileName);
    }

    private static IEnumerable<string> Candidates()
    {
        yield return Path.Combine(AppContext.BaseDirectory, SeedFileName);
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            yield return Path.Combine(dir.FullName, "samples", SeedFileName);
            dir = dir.Parent;
        }

        yield return Path.Combine(Directory.GetCurrentDirectory(), "samples", SeedFileName);
    }
}
