using System;

namespace NewsDsl.Language.Text;

/// <summary>A range of UTF-16 code units in a <see cref="NewsText"/>: where a node or a finding is.</summary>
public readonly struct TextSpan : IEquatable<TextSpan>
{
    public TextSpan(int start, int length)
    {
        Start = start;
        Length = length;
    }

    /// <summary>Offset of the first code unit.</summary>
    public int Start { get; }

    /// <summary>Number of code units covered.</summary>
    public int Length { get; }

    /// <summary>Offset just past the last code unit.</summary>
    public int End => Start + Length;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    public bool Contains(int offset) => offset >= Start && offset < End;

    public bool Equals(TextSpan other) => Start == other.Start && Length == other.Length;

    public override bool Equals(object? obj) => obj is TextSpan other && Equals(other);

    public override int GetHashCode() => unchecked((Start * 397) ^ Length);

    public static bool operator ==(TextSpan left, TextSpan right) => left.Equals(right);

    public static bool operator !=(TextSpan left, TextSpan right) => !left.Equals(right);

    public override string ToString() => $"[{Start}..{End})";
}
