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
    private readonly string _source;
    private string? _text;
    private string? _lower;

    /// <summary>A token over <paramref name="source"/>[start, end): its text is cut out only when asked for.</summary>
    public ProseToken(ProseTokenKind kind, int start, int end, string source)
    {
        Kind = kind;
        Start = start;
        End = end;
        _source = source;
    }

    /// <summary>A token whose text differs from the source (an escaped character).</summary>
    public ProseToken(ProseTokenKind kind, int start, int end, string source, string text)
        : this(kind, start, end, source)
    {
        _text = text;
    }

    public ProseTokenKind Kind { get; }

    public int Start { get; }

    public int End { get; }

    public string Text => _text ??= _source.Substring(Start, End - Start);

    /// <summary>Lower case with straight apostrophes; a word already in lower case costs no new string.</summary>
    public string Lower => _lower ??= MakeLower();

    private string MakeLower()
    {
        var text = Text;
        var lower = text.ToLowerInvariant();
        return lower.IndexOf('\u2019') >= 0 ? lower.Replace('\u2019', '\'') : lower;
    }

    /// <summary>Whether the first character is a lower-case letter (no speech verb starts otherwise): checked without allocating.</summary>
    public bool StartsLower => Kind == ProseTokenKind.Word && char.IsLower(_text is null ? _source[Start] : (_text.Length > 0 ? _text[0] : ' '));

    /// <summary>For a quote token: the quotation (several paragraphs share one).</summary>
    public Quotation? Quotation { get; set; }

    /// <summary>For a quote token: the source already attributing it (a tag or an enclosing span).</summary>
    public SourceSymbol? KnownSource { get; set; }

    /// <summary>For a quote token: whether it is tagged or otherwise attributed already.</summary>
    public bool IsAttributed { get; set; }

    /// <summary>For a quote token: where its quoted text is.</summary>
    public Text.TextSpan QuotedSpan { get; set; }

    /// <summary>For a quote token: its quoted text (for sentence ends and heading matches).</summary>
    public string QuotedText => _quoted ??= _source.Substring(QuotedSpan.Start, QuotedSpan.Length);

    private string? _quoted;

    public int Sentence { get; set; }

    public bool IsWord => Kind == ProseTokenKind.Word;

    public bool IsQuote => Kind == ProseTokenKind.Quote;

    public bool IsCapitalized => Kind == ProseTokenKind.Word && char.IsUpper(_text is null ? _source[Start] : (_text.Length > 0 ? _text[0] : ' '));

    public bool Is(char punctuation) => Kind == ProseTokenKind.Punctuation && (_text is null ? End - Start == 1 && _source[Start] == punctuation : _text.Length == 1 && _text[0] == punctuation);

    public override string ToString() => Text;
}
