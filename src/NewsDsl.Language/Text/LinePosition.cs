using System;

namespace NewsDsl.Language.Text;

/// <summary>
/// A zero-based line and character (UTF-16 code unit) position, the same convention as
/// Roslyn's <c>LinePosition</c>; messages and the generated API add one to each.
/// </summary>
public readonly struct LinePosition : IEquatable<LinePosition>, IComparable<LinePosition>
{
    public LinePosition(int line, int character)
    {
        Line = line;
        Character = character;
    }

    /// <summary>Zero-based line number.</summary>
    public int Line { get; }

    /// <summary>Zero-based column in UTF-16 code units.</summary>
    public int Character { get; }

    public bool Equals(LinePosition other) => Line == other.Line && Character == other.Character;

    public override bool Equals(object? obj) => obj is LinePosition other && Equals(other);

    public override int GetHashCode() => unchecked((Line * 397) ^ Character);

    public int CompareTo(LinePosition other) => Line != other.Line ? Line.CompareTo(other.Line) : Character.CompareTo(other.Character);

    public static bool operator ==(LinePosition left, LinePosition right) => left.Equals(right);

    public static bool operator !=(LinePosition left, LinePosition right) => !left.Equals(right);

    /// <summary>One-based "line,column" as MSBuild prints it.</summary>
    public override string ToString() => $"{Line + 1},{Character + 1}";
}
