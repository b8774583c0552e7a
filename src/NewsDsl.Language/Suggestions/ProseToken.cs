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
    // The answers of LowerOf for characters past ASCII, filled as they are met ('\0' = not yet known: no
    // character past ASCII lower-cases to it).
    private static readonly char[] s_lowerTable = new char[0x10000];

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
        // Character by character as string.ToLowerInvariant maps them (one simple mapping per UTF-16 unit), with an
        // ASCII fast path: the culture machinery per word was a sixth of the import's time. Surrogate pairs, which
        // the string mapping treats as one character, take the string path.
        var length = _text?.Length ?? End - Start;
        var changed = -1;
        for (var i = 0; i < length; i++)
        {
            var c = _text is null ? _source[Start + i] : _text[i];
            if (char.IsSurrogate(c))
            {
                var lower = Text.ToLowerInvariant();
                return lower.IndexOf('\u2019') >= 0 ? lower.Replace('\u2019', '\'') : lower;
            }

            if (changed < 0 && LowerOf(c) != c)
            {
                changed = i;
            }
        }

        if (changed < 0)
        {
            return Text;
        }

        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = LowerOf(_text is null ? _source[Start + i] : _text[i]);
        }

        return new string(chars);
    }

    private static char LowerOf(char c)
    {
        if (c < 0x80)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        // Non-ASCII characters (curly quotes and apostrophes, dashes, accented letters) are common in copy, and
        // char.ToLowerInvariant goes through the globalisation library each time: each answer is kept (a racing
        // thread writes the same character).
        var known = s_lowerTable[c];
        if (known != '\0')
        {
            return known;
        }

        var lower = char.ToLowerInvariant(c);
        lower = lower == '\u2019' ? '\'' : lower;
        s_lowerTable[c] = lower;
        return lower;
    }

    /// <summary>
    /// <c>SpeechVerbs.Contains(Lower)</c>, without making <see cref="Lower"/> for the many words whose length,
    /// first and last letters match no speech verb.
    /// </summary>
    public bool IsSpeechVerb
    {
        get
        {
            if (_lower is null)
            {
                var length = _text?.Length ?? End - Start;
                if (length == 0 || !CueLexicon.MayBeSpeechVerb(CueLexicon.Shape(length, LowerAt(0), LowerAt(length - 1))))
                {
                    return false;
                }
            }

            return CueLexicon.SpeechVerbs.Contains(Lower);
        }
    }

    /// <summary>
    /// <c>Lower == word</c> for a lower-case ASCII <paramref name="word"/>, without making <see cref="Lower"/>:
    /// <see cref="string.ToLowerInvariant"/> maps character by character, so comparing mapped characters is the same test.
    /// </summary>
    public bool LowerIs(string word)
    {
        if (_lower is not null)
        {
            return _lower == word;
        }

        var length = _text?.Length ?? End - Start;
        if (length != word.Length)
        {
            return false;
        }

        for (var i = 0; i < length; i++)
        {
            if (LowerAt(i) != word[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The <paramref name="index"/>th character of <see cref="Lower"/>, read from the source.</summary>
    private char LowerAt(int index) => LowerOf(_text is null ? _source[Start + index] : _text[index]);

    /// <summary>Whether the first character is a lower-case letter (no speech verb starts otherwise): checked without allocating.</summary>
    public bool StartsLower => Kind == ProseTokenKind.Word && char.IsLower(_text is null ? _source[Start] : (_text.Length > 0 ? _text[0] : ' '));

    /// <summary>For a quote token: the quotation (several paragraphs share one).</summary>
    public Quotation? Quotation
    {
        get => _quote?.Quotation;
        set => QuoteData().Quotation = value;
    }

    /// <summary>For a quote token: the source already attributing it (a tag or an enclosing span).</summary>
    public SourceSymbol? KnownSource
    {
        get => _quote?.KnownSource;
        set => QuoteData().KnownSource = value;
    }

    /// <summary>For a quote token: whether it is tagged or otherwise attributed already.</summary>
    public bool IsAttributed
    {
        get => _quote?.IsAttributed ?? false;
        set => QuoteData().IsAttributed = value;
    }

    /// <summary>For a quote token: where its quoted text is.</summary>
    public Text.TextSpan QuotedSpan
    {
        get => _quote?.QuotedSpan ?? default;
        set => QuoteData().QuotedSpan = value;
    }

    /// <summary>For a quote token: its quoted text (for sentence ends and heading matches).</summary>
    public string QuotedText
    {
        get
        {
            var quote = QuoteData();
            return quote.QuotedText ??= _source.Substring(quote.QuotedSpan.Start, quote.QuotedSpan.Length);
        }
    }

    // What only quote tokens carry, kept aside so the many word tokens stay small (fewer bytes to allocate and collect).
    private QuoteFields? _quote;

    private QuoteFields QuoteData() => _quote ??= new QuoteFields();

    public int Sentence { get; set; }

    public bool IsWord => Kind == ProseTokenKind.Word;

    public bool IsQuote => Kind == ProseTokenKind.Quote;

    public bool IsCapitalized => Kind == ProseTokenKind.Word && char.IsUpper(FirstChar);

    /// <summary>The first character of <see cref="Text"/> (a space for an empty text), read without cutting the text out.</summary>
    public char FirstChar => _text is null ? _source[Start] : (_text.Length > 0 ? _text[0] : ' ');

    public bool Is(char punctuation) => Kind == ProseTokenKind.Punctuation && (_text is null ? End - Start == 1 && _source[Start] == punctuation : _text.Length == 1 && _text[0] == punctuation);

    public override string ToString() => Text;

    private sealed class QuoteFields
    {
        public Quotation? Quotation { get; set; }

        public SourceSymbol? KnownSource { get; set; }

        public bool IsAttributed { get; set; }

        public Text.TextSpan QuotedSpan { get; set; }

        public string? QuotedText { get; set; }
    }
}
