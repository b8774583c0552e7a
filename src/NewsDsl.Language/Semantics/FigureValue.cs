using System;
using System.Globalization;

namespace NewsDsl.Language.Semantics;

/// <summary>
/// A figure as writers give it in <c>value="…"</c>: a number (<c>80</c>, <c>5,200</c>), a bound
/// (<c>&gt;12</c> for "more than a dozen", <c>&lt;5</c>), a range (<c>12-15</c>), an approximation
/// (<c>~15</c>, ±10%), or any other text (compared as text). Two figures conflict when they cannot both be true.
/// </summary>
public readonly struct FigureValue
{
    private FigureValue(string text, double low, double high, bool isNumeric)
    {
        Text = text;
        Low = low;
        High = high;
        IsNumeric = isNumeric;
    }

    public string Text { get; }

    public bool IsNumeric { get; }

    /// <summary>Lowest value it allows (numeric figures only).</summary>
    public double Low { get; }

    /// <summary>Highest value it allows (numeric figures only).</summary>
    public double High { get; }

    public static FigureValue Parse(string value)
    {
        var text = value.Trim();
        var body = text.Replace(",", string.Empty).Replace("\u2009", string.Empty).Replace(" ", string.Empty);
        if (body.StartsWith(">=", StringComparison.Ordinal) && TryNumber(body.Substring(2), out var atLeast))
        {
            return new FigureValue(text, atLeast, double.PositiveInfinity, true);
        }

        if (body.StartsWith("<=", StringComparison.Ordinal) && TryNumber(body.Substring(2), out var atMost))
        {
            return new FigureValue(text, double.NegativeInfinity, atMost, true);
        }

        if (body.StartsWith(">", StringComparison.Ordinal) && TryNumber(body.Substring(1), out var above))
        {
            return new FigureValue(text, Next(above), double.PositiveInfinity, true);
        }

        if (body.StartsWith("<", StringComparison.Ordinal) && TryNumber(body.Substring(1), out var below))
        {
            return new FigureValue(text, double.NegativeInfinity, Previous(below), true);
        }

        if (body.StartsWith("~", StringComparison.Ordinal) && TryNumber(body.Substring(1), out var about))
        {
            var margin = Math.Abs(about) * 0.1;
            return new FigureValue(text, about - margin, about + margin, true);
        }

        // A leading minus is a sign, not a range: look for the dash from the second character on.
        var dash = body.Length > 1 ? body.IndexOfAny(new[] { '-', '\u2013' }, 1) : -1;
        if (dash > 0 && TryNumber(body.Substring(0, dash), out var from) && TryNumber(body.Substring(dash + 1), out var to))
        {
            return new FigureValue(text, Math.Min(from, to), Math.Max(from, to), true);
        }

        if (TryNumber(body, out var exact))
        {
            return new FigureValue(text, exact, exact, true);
        }

        return new FigureValue(text, 0, 0, false);
    }

    /// <summary>True when both can be true at once: overlapping numbers, or equal text.</summary>
    public bool IsCompatibleWith(FigureValue other)
    {
        if (IsNumeric && other.IsNumeric)
        {
            return Low <= other.High && other.Low <= High;
        }

        // Most values are already normalised (single spaces, nothing around): compare them as they are.
        if (IsNormalized(Text) && IsNormalized(other.Text))
        {
            return string.Equals(Text, other.Text, StringComparison.OrdinalIgnoreCase);
        }

        return string.Equals(Normalize(Text), Normalize(other.Text), StringComparison.OrdinalIgnoreCase);
    }

    public override string ToString() => Text;

    /// <summary>True when <see cref="Normalize"/> would return the text unchanged.</summary>
    private static bool IsNormalized(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\t' || (c == ' ' && (i == 0 || i == text.Length - 1 || text[i + 1] == ' ')))
            {
                return false;
            }
        }

        return true;
    }

    private static string Normalize(string text) => string.Join(" ", text.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries));

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value)
        && !double.IsNaN(value)
        && !double.IsInfinity(value);

    // "More than 12" of a count: the next value up is allowed, 12 itself is not.
    private static double Next(double value) => Math.Floor(value) == value ? value + 1 : value + double.Epsilon;

    private static double Previous(double value) => Math.Floor(value) == value ? value - 1 : value - double.Epsilon;
}
