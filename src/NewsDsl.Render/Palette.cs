using System.Collections.Generic;
using NewsDsl.Language.Semantics;

namespace NewsDsl.Render;

/// <summary>
/// Every colour the page uses. Sources get a light tint (behind their words, under body text) and
/// a dark ink (border, badge background under white text); inks are darkened until white text on
/// them reaches 5:1, so each pair passes WCAG 2.1 AA with margin. <see cref="ContrastPairs"/> lists
/// every foreground/background pair the style sheet puts together, for the contrast test.
/// </summary>
internal static class Palette
{
    public const int MinimumTextContrast = 45; // tenths: 4.5:1 for text (WCAG 1.4.3)
    public const int MinimumGraphicContrast = 30; // tenths: 3:1 for borders and bar segments (WCAG 1.4.11)

    public static readonly Rgb Page = Rgb.Parse("#ffffff");
    public static readonly Rgb Panel = Rgb.Parse("#f4f5f7");
    public static readonly Rgb Text = Rgb.Parse("#1b1b1f");
    public static readonly Rgb Muted = Rgb.Parse("#4b5059");
    public static readonly Rgb Link = Rgb.Parse("#0a4e9b");
    public static readonly Rgb Rule = Rgb.Parse("#6b7280");
    public static readonly Rgb Dimmed = Rgb.Parse("#5f6368");
    public static readonly Rgb White = Rgb.Parse("#ffffff");

    public static readonly Rgb UnattributedTint = Rgb.Parse("#ffe3e3");
    public static readonly Rgb UnattributedInk = Rgb.Parse("#a1001a");

    public static readonly Rgb ErrorTint = Rgb.Parse("#fde8e8");
    public static readonly Rgb ErrorInk = Rgb.Parse("#9b1c1c");
    public static readonly Rgb WarningTint = Rgb.Parse("#fff3cd");
    public static readonly Rgb WarningInk = Rgb.Parse("#6b4400");
    public static readonly Rgb InfoTint = Rgb.Parse("#e3f0fb");
    public static readonly Rgb InfoInk = Rgb.Parse("#0b4a7a");

    // Hues in an order that keeps neighbours apart: the first sources of an article differ most. No reds:
    // red is kept for unattributed words and errors.
    private static readonly double[] s_hues = { 212, 32, 140, 280, 180, 55, 320, 95, 250, 195 };

    private static readonly SourceColour[] s_sources = CreateSourceColours();

    public static IReadOnlyList<SourceColour> Sources => s_sources;

    /// <summary>The colour of the source at <paramref name="index"/> in declaration order (colours repeat after ten; badges tell them apart).</summary>
    public static SourceColour ForSource(int index) => s_sources[index % s_sources.Length];

    /// <summary>The colour of a kind of source in the summary bar (dark enough for 3:1 against the page).</summary>
    public static Rgb ForKind(WordShareKind kind) => kind switch
    {
        WordShareKind.Person => Rgb.Parse("#1f5fa8"),
        WordShareKind.Organization => Rgb.Parse("#1d7048"),
        WordShareKind.Media => Rgb.Parse("#7a3e9d"),
        WordShareKind.Document => Rgb.Parse("#8a5a00"),
        WordShareKind.Group => Rgb.Parse("#0f6e78"),
        WordShareKind.Anonymous => Rgb.Parse("#b3261e"),
        WordShareKind.Own => Rgb.Parse("#4b5059"),
        _ => Rgb.Parse("#5e2a2a"),
    };

    /// <summary>Every pair of colours the style sheet shows together, with the ratio it must reach (in tenths).</summary>
    public static IEnumerable<(string Purpose, Rgb Foreground, Rgb Background, int MinimumTenths)> ContrastPairs()
    {
        yield return ("body text", Text, Page, MinimumTextContrast);
        yield return ("panel text", Text, Panel, MinimumTextContrast);
        yield return ("muted text", Muted, Page, MinimumTextContrast);
        yield return ("muted text on panel", Muted, Panel, MinimumTextContrast);
        yield return ("links", Link, Page, MinimumTextContrast);
        yield return ("links on panel", Link, Panel, MinimumTextContrast);
        yield return ("dimmed words while a source is chosen", Dimmed, Page, MinimumTextContrast);
        yield return ("table and bar rules", Rule, Page, MinimumGraphicContrast);
        yield return ("unattributed quotation text", Text, UnattributedTint, MinimumTextContrast);
        yield return ("unattributed badge", White, UnattributedInk, MinimumTextContrast);
        yield return ("unattributed border", UnattributedInk, Page, MinimumGraphicContrast);
        yield return ("unattributed border on its tint", UnattributedInk, UnattributedTint, MinimumGraphicContrast);
        yield return ("error finding", ErrorInk, ErrorTint, MinimumTextContrast);
        yield return ("warning finding", WarningInk, WarningTint, MinimumTextContrast);
        yield return ("info finding", InfoInk, InfoTint, MinimumTextContrast);
        for (var i = 0; i < s_sources.Length; i++)
        {
            var colour = s_sources[i];
            yield return ($"source {i} words", Text, colour.Tint, MinimumTextContrast);
            yield return ($"source {i} badge", White, colour.Ink, MinimumTextContrast);
            yield return ($"source {i} border", colour.Ink, Page, MinimumGraphicContrast);
            yield return ($"source {i} border on its tint", colour.Ink, colour.Tint, MinimumGraphicContrast);
            yield return ($"source {i} swatch on panel", colour.Ink, Panel, MinimumGraphicContrast);
        }

        foreach (WordShareKind kind in System.Enum.GetValues(typeof(WordShareKind)))
        {
            yield return ($"bar segment {kind}", ForKind(kind), Page, MinimumGraphicContrast);
            yield return ($"bar segment {kind} on panel", ForKind(kind), Panel, MinimumGraphicContrast);
        }
    }

    /// <summary>The words of a kind of source in the summary's share bar.</summary>
    public static WordShareKind KindOf(SourceKind kind) => kind switch
    {
        SourceKind.Person => WordShareKind.Person,
        SourceKind.Organization => WordShareKind.Organization,
        SourceKind.Media => WordShareKind.Media,
        SourceKind.Document => WordShareKind.Document,
        SourceKind.Group => WordShareKind.Group,
        _ => WordShareKind.Anonymous,
    };

    private static SourceColour[] CreateSourceColours()
    {
        var colours = new SourceColour[s_hues.Length];
        for (var i = 0; i < s_hues.Length; i++)
        {
            var tint = Rgb.FromHsl(s_hues[i], 0.85, 0.91);
            var lightness = 0.40;
            var ink = Rgb.FromHsl(s_hues[i], 0.75, lightness);
            while (Rgb.Contrast(White, ink) < 5.0 && lightness > 0.1)
            {
                lightness -= 0.01;
                ink = Rgb.FromHsl(s_hues[i], 0.75, lightness);
            }

            colours[i] = new SourceColour(tint, ink);
        }

        return colours;
    }
}
