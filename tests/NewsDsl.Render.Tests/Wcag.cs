using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsDsl.Render.Tests;

/// <summary>The WCAG 2.1 contrast formula, written here independently of the renderer's own.</summary>
internal static class Wcag
{
    public static double Luminance((int R, int G, int B) c)
    {
        static double Channel(int v)
        {
            var s = v / 255.0;
            return s <= 0.04045 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(c.R)) + (0.7152 * Channel(c.G)) + (0.0722 * Channel(c.B));
    }

    public static double Contrast((int R, int G, int B) a, (int R, int G, int B) b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    public static (int R, int G, int B) ParseHex(string hex)
    {
        var v = int.Parse(hex.TrimStart('#'), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return ((v >> 16) & 255, (v >> 8) & 255, v & 255);
    }

    /// <summary>A computed CSS colour, <c>rgb(r, g, b)</c> or <c>rgba(r, g, b, a)</c> (opaque ones only are compared).</summary>
    public static (int R, int G, int B) ParseCss(string css)
    {
        var m = Regex.Match(css, @"rgba?\((\d+),\s*(\d+),\s*(\d+)");
        Assert.True(m.Success, $"unexpected colour '{css}'");
        return (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture));
    }
}
