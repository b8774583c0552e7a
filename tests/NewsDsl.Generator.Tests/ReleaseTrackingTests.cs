using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using NewsDsl.Language.Rules;
using Xunit;

namespace NewsDsl.Generator.Tests;

/// <summary>AnalyzerReleases.Unshipped.md lists every rule exactly as the language core defines it.</summary>
public sealed class ReleaseTrackingTests
{
    [Fact]
    public void The_unshipped_release_matches_the_language_core()
    {
        var file = Path.Combine(RepositoryRoot(), "src", "NewsDsl.Generator", "AnalyzerReleases.Unshipped.md");
        var rows = File.ReadAllLines(file)
            .Where(l => l.StartsWith("NEWS", StringComparison.Ordinal))
            .Select(l => l.Split('|').Select(c => c.Trim()).ToArray())
            .ToList();

        // Every rule the core can report is tracked, in ID order, and nothing else.
        Assert.Equal(NewsRules.Descriptors.Select(d => d.Id), rows.Select(r => r[0]));
        foreach (var row in rows)
        {
            var rule = NewsRules.Find(row[0]);
            Assert.NotNull(rule);
            Assert.Equal(rule!.Category, row[1]);
            Assert.Equal(rule.DefaultSeverity.ToString(), row[2]);
            Assert.Equal(rule.Title, row[3]);
        }
    }

    private static string RepositoryRoot([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", ".."));
}
