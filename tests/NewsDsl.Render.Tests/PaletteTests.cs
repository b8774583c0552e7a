namespace NewsDsl.Render.Tests;

/// <summary>Every colour pair of the palette meets WCAG 2.1 AA, computed with the WCAG formula (written in <see cref="Wcag"/>, not the renderer's).</summary>
public class PaletteTests
{
    [Fact]
    public void Every_pair_the_style_sheet_uses_meets_wcag_aa()
    {
        var failures = new List<string>();
        var pairs = Palette.ContrastPairs().ToList();
        Assert.True(pairs.Count > 40);
        foreach (var (purpose, foreground, background, minimum) in pairs)
        {
            var ratio = Wcag.Contrast(Wcag.ParseHex(foreground.Hex), Wcag.ParseHex(background.Hex));
            if (ratio * 10 < minimum)
            {
                failures.Add($"{purpose}: {foreground} on {background} is {ratio:0.00}:1, needs {minimum / 10.0:0.0}:1");
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void The_style_sheet_uses_only_palette_colours()
    {
        var page = ReviewPage.Render(Articles.Check(Articles.SeedFile));
        var style = page.Substring(page.IndexOf("<style>", StringComparison.Ordinal), page.IndexOf("</style>", StringComparison.Ordinal) - page.IndexOf("<style>", StringComparison.Ordinal));
        var known = Palette.ContrastPairs().SelectMany(p => new[] { p.Foreground.Hex, p.Background.Hex }).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var used = System.Text.RegularExpressions.Regex.Matches(style, "#[0-9a-fA-F]{6}\\b").Select(m => m.Value).Distinct().ToList();
        Assert.NotEmpty(used);
        Assert.All(used, hex => Assert.Contains(hex, known));
    }

    [Fact]
    public void Sources_next_to_each_other_get_different_colours()
    {
        var colours = Enumerable.Range(0, Palette.Sources.Count).Select(i => Palette.ForSource(i).Ink.Hex).ToList();
        Assert.Equal(colours.Count, colours.Distinct().Count());
    }
}
