using NewsDsl.Language.Text;

namespace NewsDsl.Language.Suggestions;

/// <summary>The words a suggestion relies on (the cue, such as <c>he said</c>) and where they are.</summary>
public sealed class SuggestionEvidence
{
    public SuggestionEvidence(string cue, TextSpan span, int line)
    {
        Cue = cue;
        Span = span;
        Line = line;
    }

    /// <summary>The cue words as written, such as <c>he said</c> or <c>according to Zarif</c>.</summary>
    public string Cue { get; }

    /// <summary>Where the cue words are in the article text.</summary>
    public TextSpan Span { get; }

    /// <summary>The 1-based line of the cue words.</summary>
    public int Line { get; }

    public override string ToString() => $"“{Cue}”, line {Line}";
}
