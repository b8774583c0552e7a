using NewsDsl.Language.Semantics;

namespace NewsDsl.Language.Suggestions;

internal enum ProseTokenKind
{
    Word,
    Punctuation,
    Dash,
    Quote,
}

/// <summary>A word, a punctuation mark, a dash, or a whole top-level quotation of one paragraph.</summary>
internal sealed class ProseToken
{
    public ProseToken(ProseTokenKind kind, int start, int end, string text)
    {
        Kind = kind;
        Start = start;
        End = end;
        Text = text;
        var lower = text.ToLowerInvariant();
        Lower = lower.IndexOf('\u2019') >= 0 ? lower.Replace('\u2019', '\'') : lower;
    }

    public ProseTokenKind Kind { get; }

    public int Start { get; }

    public int End { get; }

    public string Text { get; }

    public string Lower { get; }

    /// <summary>For a quote token: the quotation (several paragraphs share one).</summary>
    public Quotation? Quotation { get; set; }

    /// <summary>For a quote token: the source already attributing it (a tag or an enclosing span).</summary>
    public SourceSymbol? KnownSource { get; set; }

    /// <summary>For a quote token: whether it is tagged or otherwise attributed already.</summary>
    public bool IsAttributed { get; set; }

    /// <summary>For a quote token: its quoted text (for heading matches).</summary>
    public string QuotedText { get; set; } = "";

    public int Sentence { get; set; }

    public bool IsWord => Kind == ProseTokenKind.Word;

    public bool IsQuote => Kind == ProseTokenKind.Quote;

    public bool IsCapitalized => Kind == ProseTokenKind.Word && Text.Length > 0 && char.IsUpper(Text[0]);

    public bool Is(char punctuation) => Kind == ProseTokenKind.Punctuation && Text.Length == 1 && Text[0] == punctuation;

    public override string ToString() => Text;
}
