using System;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Fixes;

/// <summary>
/// One change to an article's text: the code units at <see cref="Span"/> are replaced by
/// <see cref="NewText"/>. An empty span inserts, an empty new text deletes. Offsets are those of
/// <see cref="NewsText.Content"/> (after a leading byte order mark), as every span in NewsDsl is.
/// </summary>
public readonly struct NewsTextEdit : IEquatable<NewsTextEdit>
{
    private readonly string? _newText;

    public NewsTextEdit(TextSpan span, string newText)
    {
        if (span.Start < 0 || span.Length < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(span), span, "An edit's span starts at or after 0 and has a length of 0 or more.");
        }

        Span = span;
        _newText = newText ?? throw new ArgumentNullException(nameof(newText));
    }

    public TextSpan Span { get; }

    /// <summary>The text written in place of <see cref="Span"/> (never null; empty for a deletion).</summary>
    public string NewText => _newText ?? string.Empty;

    public bool IsInsertion => Span.Length == 0;

    public static NewsTextEdit Insert(int position, string text) => new(new TextSpan(position, 0), text);

    public static NewsTextEdit Delete(TextSpan span) => new(span, string.Empty);

    public static NewsTextEdit Replace(TextSpan span, string text) => new(span, text);

    public bool Equals(NewsTextEdit other) => Span == other.Span && string.Equals(NewText, other.NewText, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is NewsTextEdit other && Equals(other);

    public override int GetHashCode() => unchecked((Span.GetHashCode() * 397) ^ StringComparer.Ordinal.GetHashCode(NewText));

    public static bool operator ==(NewsTextEdit left, NewsTextEdit right) => left.Equals(right);

    public static bool operator !=(NewsTextEdit left, NewsTextEdit right) => !left.Equals(right);

    public override string ToString() => $"{Span} -> \"{NewText}\"";
}
