using System;
using System.Collections.Generic;
using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Parsing;

/// <summary>
/// Finds quotations, attributed spans and tags in one paragraph or heading, in a single
/// left-to-right pass with a stack of open marks and brackets. Plain prose is skipped in bulk;
/// only the characters <see cref="CharacterClasses.IsInlineMarkup"/> accepts are looked at.
/// </summary>
internal sealed class InlineParser
{
    private static readonly string[] s_tagAttributes = { "cue", "via", "about", "value" };
    private static readonly string[] s_ownAttributes = { "about", "value" };
    private static readonly IReadOnlyList<InlineSyntax> s_none = Array.Empty<InlineSyntax>();
    private static readonly IReadOnlyList<AttributeSyntax> s_noAttributes = Array.Empty<AttributeSyntax>();

    /// <summary>
    /// Real prose nests a handful of levels; the cap keeps every stack search bounded so hostile
    /// input (thousands of opening marks) still parses in linear time.
    /// </summary>
    internal const int MaxNesting = 64;

    private const int BracketOverflow = 4;

    private readonly string _text;
    private readonly List<SyntaxError> _errors;
    private readonly List<Frame> _stack = new();

    // Frames popped and done with, reused by the next push: a paragraph's marks cost no allocation each.
    private readonly List<Frame> _free = new();

    // Tag ids and attribute values, made once per parse however often they repeat.
    private readonly StringTable _strings = new();
    // The paragraph's top-level inlines while it is scanned; handed out as an array of the exact size.
    private readonly List<InlineSyntax> _root = new();

    // A tag's attributes while it is parsed, likewise.
    private readonly List<AttributeSyntax> _attributes = new();
    private int _start;
    private int _end;
    private bool _reportedNesting;

    // Opening marks and brackets read as text past MaxNesting, per family (brackets last): as many
    // closing ones are read as text too, so the marks around a too-deep run still pair up.
    private readonly int[] _overflow = new int[5];
    private int _lineEndFrom;
    private int _lineEnd;
    private int _braceFrom;
    private int _brace;

    /// <summary>Quotation nodes made so far (closed and unclosed).</summary>
    public int QuotationCount { get; private set; }

    /// <summary>Attributed span nodes made so far.</summary>
    public int SpanCount { get; private set; }

    /// <summary>Tag nodes made so far.</summary>
    public int TagCount { get; private set; }

    public InlineParser(string text, List<SyntaxError> errors)
    {
        _text = text;
        _errors = errors;
    }

    private enum FrameKind
    {
        Quotation,
        Bracket,
    }

    private enum MarkRole
    {
        Text,
        Open,
        Close,
    }

    /// <summary>Scans <c>[start, end)</c>; returns the top-level inline nodes in document order.</summary>
    public IReadOnlyList<InlineSyntax> Parse(int start, int end)
    {
        _start = start;
        _end = end;
        _root.Clear();
        _stack.Clear();
        _reportedNesting = false;
        Array.Clear(_overflow, 0, _overflow.Length);
        _lineEndFrom = int.MaxValue;
        _lineEnd = -1;
        _braceFrom = int.MaxValue;
        _brace = -1;

        var text = _text;
        var i = start;
        while (i < end)
        {
            // Bulk skip of plain prose: the only per-character work most of the text ever gets.
            i = CharacterClasses.SkipProse(text, i, end);

            if (i >= end)
            {
                break;
            }

            var c = text[i];
            switch (c)
            {
                case '\\':
                    i += i + 1 < end && CharacterClasses.IsEscapable(text[i + 1]) ? 2 : 1;
                    break;
                case '[':
                    Push(FrameKind.Bracket, default, c, i, 1);
                    i++;
                    break;
                case ']':
                    i = CloseBracket(i);
                    break;
                case '{':
                    i = LooksLikeTag(i + 1, end) ? DanglingTag(i) : i + 1;
                    break;
                default:
                    i = QuotationMark(i, c);
                    break;
            }
        }

        // Whatever is still open at the end of the paragraph: brackets were plain text,
        // quotations are unclosed (the binder decides whether they continue or are NEWS007).
        while (_stack.Count > 0)
        {
            PopAsUnclosed(end);
        }

        var result = ToList(_root);
        _root.Clear();
        return result;
    }

    private int QuotationMark(int i, char c)
    {
        // Wire copy (contract 8.1): two apostrophes are a straight double mark, two backticks open one.
        if (c == '\'' && i + 1 < _end && _text[i + 1] == '\'' && !ClosesSingleFirst(i))
        {
            return DoubledMark(i, '\'');
        }

        if (c == '`')
        {
            return i + 1 < _end && _text[i + 1] == '`' ? DoubledMark(i, '`') : i + 1;
        }

        var previous = i > _start ? _text[i - 1] : '\0';
        var next = i + 1 < _end ? _text[i + 1] : '\0';
        var (role, family) = Classify(c, previous, next);
        return Apply(role, family, c, i, 1);
    }

    private int Apply(MarkRole role, QuotationMarkFamily family, char mark, int i, int length)
    {
        switch (role)
        {
            case MarkRole.Open:
                Push(FrameKind.Quotation, family, mark, i, length);
                return i + length;
            case MarkRole.Close when _overflow[(int)family] > 0:
                _overflow[(int)family]--;
                return i + length;
            case MarkRole.Close:
                return CloseQuotation(i, family, length);
            default:
                return i + length;
        }
    }

    /// <summary>
    /// <c>''</c> (either direction, decided like a straight <c>"</c>) or <c>``</c> (opening only) at
    /// <paramref name="i"/>: one double quotation mark two characters wide.
    /// </summary>
    private int DoubledMark(int i, char mark)
    {
        var previous = i > _start ? _text[i - 1] : '\0';
        var next = i + 2 < _end ? _text[i + 2] : '\0';
        MarkRole role;
        if (mark == '`')
        {
            role = CharacterClasses.IsSpaceOrNone(next) ? MarkRole.Text : MarkRole.Open;
        }
        else
        {
            role = StraightDouble(previous, next);
        }

        return Apply(role, QuotationMarkFamily.Double, mark, i, 2);
    }

    /// <summary>
    /// In a run of three apostrophes after a word (<c>'no'''</c>) with a single quotation open, the
    /// first closes it and the other two are a double mark; otherwise the first two pair up.
    /// </summary>
    private bool ClosesSingleFirst(int i) =>
        i + 2 < _end
        && _text[i + 2] == '\''
        && InnermostMark(QuotationMarkFamily.Single) != '\0'
        && i > _start
        && !CharacterClasses.IsSpaceOrNone(_text[i - 1]);

    private (MarkRole Role, QuotationMarkFamily Family) Classify(char c, char previous, char next)
    {
        switch (c)
        {
            case '\u201C': // “ opens, or closes a German „
                return InnermostMark(QuotationMarkFamily.Double) == '\u201E'
                    ? (MarkRole.Close, QuotationMarkFamily.Double)
                    : (MarkRole.Open, QuotationMarkFamily.Double);
            case '\u201D': // ” closes; opens only Swedish-style at a word start
                if (InnermostMark(QuotationMarkFamily.Double) != '\0')
                {
                    return (MarkRole.Close, QuotationMarkFamily.Double);
                }

                return CharacterClasses.IsOpeningContext(previous) && !CharacterClasses.IsSpaceOrNone(next)
                    ? (MarkRole.Open, QuotationMarkFamily.Double)
                    : (MarkRole.Text, QuotationMarkFamily.Double);
            case '\u201E': // „
                return CharacterClasses.IsSpaceOrNone(next) ? (MarkRole.Text, QuotationMarkFamily.Double) : (MarkRole.Open, QuotationMarkFamily.Double);
            case '"':
                return (StraightDouble(previous, next), QuotationMarkFamily.Double);
            case '\u2018': // ‘ opens, or closes a German ‚
                if (InnermostMark(QuotationMarkFamily.Single) == '\u201A')
                {
                    return (MarkRole.Close, QuotationMarkFamily.Single);
                }

                // ‘90s: a wrongly turned elision, not a quotation.
                return CharacterClasses.IsOpeningContext(previous) && next >= '0' && next <= '9'
                    ? (MarkRole.Text, QuotationMarkFamily.Single)
                    : (MarkRole.Open, QuotationMarkFamily.Single);
            case '\u2019': // ’ closes or is an apostrophe; it never opens
                return (SingleCloserOrApostrophe(previous, next), QuotationMarkFamily.Single);
            case '\'':
                return (StraightSingle(previous, next), QuotationMarkFamily.Single);
            case '\u201A': // ‚ looks like a comma: an opener only where a quotation can start
                return CharacterClasses.IsOpeningContext(previous) && !CharacterClasses.IsSpaceOrNone(next)
                    ? (MarkRole.Open, QuotationMarkFamily.Single)
                    : (MarkRole.Text, QuotationMarkFamily.Single);
            case '\u00AB': // «
                return Guillemet(QuotationMarkFamily.Guillemet, '\u00BB', next);
            case '\u00BB': // »
                return ClosingGuillemet(QuotationMarkFamily.Guillemet, '\u00AB', previous, next);
            case '\u2039': // ‹
                return Guillemet(QuotationMarkFamily.SingleGuillemet, '\u203A', next);
            case '\u203A': // ›
                return ClosingGuillemet(QuotationMarkFamily.SingleGuillemet, '\u2039', previous, next);
            default:
                return (MarkRole.Text, QuotationMarkFamily.Double);
        }
    }

    // « opens, unless it closes a German »…« quotation.
    private (MarkRole, QuotationMarkFamily) Guillemet(QuotationMarkFamily family, char reversedOpener, char next)
    {
        if (InnermostMark(family) == reversedOpener)
        {
            return (MarkRole.Close, family);
        }

        return CharacterClasses.IsSpaceOrNone(next) && next == '\0' ? (MarkRole.Text, family) : (MarkRole.Open, family);
    }

    // » closes a «, or opens German-style where a quotation can start (»Das…«); a stray one after a word is text.
    private (MarkRole, QuotationMarkFamily) ClosingGuillemet(QuotationMarkFamily family, char opener, char previous, char next)
    {
        var innermost = InnermostMark(family);
        if (innermost == opener)
        {
            return (MarkRole.Close, family);
        }

        return innermost == '\0' && CharacterClasses.IsOpeningContext(previous) && !CharacterClasses.IsSpaceOrNone(next)
            ? (MarkRole.Open, family)
            : (MarkRole.Text, family);
    }

    // Straight double quotes have no direction: decide by what flanks them.
    private MarkRole StraightDouble(char previous, char next)
    {
        var opening = CharacterClasses.IsOpeningContext(previous);
        var beforeSpace = CharacterClasses.IsSpaceOrNone(next);
        var open = InnermostMark(QuotationMarkFamily.Double) != '\0';

        // A tag follows only a closing mark ('…'"{@id}, where the single mark before looks like an opening context).
        if (open && next == '{')
        {
            return MarkRole.Close;
        }

        if (!opening && (beforeSpace || !CharacterClasses.IsWordChar(next)))
        {
            return open ? MarkRole.Close : MarkRole.Text;
        }

        if (opening && !beforeSpace)
        {
            return MarkRole.Open;
        }

        if (opening && beforeSpace)
        {
            return open && !CharacterClasses.IsSpaceOrNone(previous) ? MarkRole.Close : MarkRole.Text;
        }

        return open ? MarkRole.Close : MarkRole.Open;
    }

    private MarkRole StraightSingle(char previous, char next)
    {
        if (CharacterClasses.IsWordChar(previous) || !CharacterClasses.IsOpeningContext(previous))
        {
            return SingleCloserOrApostrophe(previous, next);
        }

        // After a space: an opener, unless it elides digits ('90s).
        if (CharacterClasses.IsSpaceOrNone(next) || (next >= '0' && next <= '9'))
        {
            return MarkRole.Text;
        }

        return MarkRole.Open;
    }

    private MarkRole SingleCloserOrApostrophe(char previous, char next)
    {
        // Inside a word (Iran’s, don't, Sha’abi) it is always an apostrophe.
        if (CharacterClasses.IsWordChar(previous) && CharacterClasses.IsWordChar(next))
        {
            return MarkRole.Text;
        }

        // After a word or punctuation it closes an open single quotation, else it is an apostrophe (the allies’ bases).
        if (!CharacterClasses.IsSpaceOrNone(previous) && InnermostMark(QuotationMarkFamily.Single) != '\0')
        {
            return MarkRole.Close;
        }

        return MarkRole.Text;
    }

    /// <summary>The opening mark of the innermost open quotation of a family, or '\0'.</summary>
    private char InnermostMark(QuotationMarkFamily family)
    {
        for (var k = _stack.Count - 1; k >= 0; k--)
        {
            var frame = _stack[k];
            if (frame.Kind == FrameKind.Quotation && frame.Family == family)
            {
                return frame.Mark;
            }
        }

        return '\0';
    }

    private int CloseQuotation(int i, QuotationMarkFamily family, int length)
    {
        var index = FindFrame(FrameKind.Quotation, family);
        while (_stack.Count - 1 > index)
        {
            PopAsUnclosed(i);
        }

        var frame = Pop();
        var closingMark = new TextSpan(i, length);
        var tag = TagAfter(i + length);
        var end = tag?.Span.End ?? i + length;
        var node = new QuotationSyntax(
            TextSpan.FromBounds(frame.Start, end),
            family,
            new TextSpan(frame.Start, frame.MarkLength),
            closingMark,
            ToList(frame.Children),
            tag);
        Release(frame);
        Add(node);
        return end;
    }

    private int CloseBracket(int i)
    {
        if (_overflow[BracketOverflow] > 0)
        {
            _overflow[BracketOverflow]--;
            return i + 1;
        }

        var index = FindFrame(FrameKind.Bracket, default);
        if (index < 0)
        {
            return i + 1;
        }

        var tagged = i + 1 < _end && _text[i + 1] == '{';
        if (!tagged)
        {
            // An editorial insertion ("If they [US officials] are wise"): the brackets are plain text.
            var bracket = _stack[index];
            _stack.RemoveAt(index);
            AddAll(bracket.Children, index);
            Release(bracket);
            return i + 1;
        }

        // Quotations opened inside the span cannot outlive it.
        while (_stack.Count - 1 > index)
        {
            PopAsUnclosed(i);
        }

        var frame = Pop();
        var tag = ParseTag(i + 1, dangling: false);
        var node = new AttributedSpanSyntax(
            TextSpan.FromBounds(frame.Start, tag.Span.End),
            new TextSpan(frame.Start, 1),
            new TextSpan(i, 1),
            ToList(frame.Children),
            tag);
        Release(frame);
        Add(node);
        return tag.Span.End;
    }

    private int DanglingTag(int i)
    {
        var tag = ParseTag(i, dangling: true);
        _errors.Add(new SyntaxError(
            tag.Span,
            "This tag follows nothing it can attribute: put it right after a closing quotation mark or after [bracketed text], with no space, or write \\{ for a literal brace"));
        Add(tag);
        return Math.Max(tag.Span.End, i + 1);
    }

    /// <summary>
    /// The tag right after a closing mark. A tag separated from the mark by white space (spaces, tabs,
    /// a line break of the same paragraph) still attributes the quotation, with an error saying to
    /// remove the space; only what <see cref="LooksLikeTag(int, int)"/> accepts is taken that way.
    /// </summary>
    private TagSyntax? TagAfter(int position)
    {
        if (position < _end && _text[position] == '{')
        {
            return ParseTag(position, dangling: false);
        }

        var brace = position;
        while (brace < _end && CharacterClasses.IsSpaceOrNone(_text[brace]) && _text[brace] != '\0')
        {
            brace++;
        }

        if (brace == position || brace >= _end || _text[brace] != '{' || !LooksLikeTag(brace + 1, _end))
        {
            return null;
        }

        _errors.Add(new SyntaxError(
            TextSpan.FromBounds(position, brace),
            "A space separates this tag from the closing quotation mark: remove it, the tag must follow the mark directly"));
        return ParseTag(brace, dangling: false);
    }

    /// <summary>Parses a tag starting at the <c>{</c> at <paramref name="open"/>. A tag never spans lines.</summary>
    private TagSyntax ParseTag(int open, bool dangling)
    {
        var lineEnd = LineEnd(open);
        var position = open + 1;
        if (position < lineEnd && _text[position] == '@')
        {
            var idStart = position + 1;
            var idEnd = idStart;
            while (idEnd < lineEnd && CharacterClasses.IsIdScanChar(_text[idEnd]))
            {
                idEnd++;
            }

            // {@id?}: a suggested attribution (contract 8.2); the '?' is not part of the id.
            var suggestionMark = default(TextSpan?);
            var attributesStart = idEnd;
            if (idEnd - idStart > 1 && _text[idEnd - 1] == '?')
            {
                idEnd--;
                suggestionMark = new TextSpan(idEnd, 1);
            }

            var idSpan = TextSpan.FromBounds(idStart, idEnd);
            var id = _strings.Get(_text, idStart, idEnd - idStart);
            var kind = TagKind.Source;
            if (id.Length == 0)
            {
                _errors.Add(new SyntaxError(new TextSpan(position, 1), "Expected a source id after '@': write {@source-id}"));
                kind = TagKind.Invalid;
            }
            else if (!CharacterClasses.IsValidId(id))
            {
                _errors.Add(new SyntaxError(idSpan, $"'{AttributeListParser.Shorten(_text, idStart, idEnd)}' is not a valid source id: use lowercase letters, digits and single hyphens, starting with a letter"));
                kind = TagKind.Invalid;
            }

            var attributes = _attributes;
            attributes.Clear();
            int end;
            if (HasClosingBrace(attributesStart, lineEnd))
            {
                position = AttributeListParser.Parse(_text, attributesStart, lineEnd, stopAtBrace: true, s_tagAttributes, attributes, _errors, _strings);
                end = position < lineEnd && _text[position] == '}' ? position + 1 : position;
            }
            else
            {
                // No '}' on the line: the tag is its id and the well-formed attributes after it; the
                // prose that follows stays prose instead of becoming a string of attribute errors.
                var attributesEnd = WellFormedAttributesEnd(attributesStart, lineEnd);
                AttributeListParser.Parse(_text, attributesStart, attributesEnd, stopAtBrace: true, s_tagAttributes, attributes, _errors, _strings);
                _errors.Add(new SyntaxError(TextSpan.FromBounds(open, attributesEnd), "This tag is not closed: end it with '}' on the same line"));
                end = attributesEnd;
            }

            return new TagSyntax(
                TextSpan.FromBounds(open, end),
                kind,
                kind == TagKind.Invalid && id.Length == 0 ? null : id,
                idSpan,
                ToList(attributes),
                dangling,
                suggestionMark);
        }

        if (IsWordAt(position, lineEnd, "own"))
        {
            return ParseOwnTag(open, position + 3, lineEnd, dangling);
        }

        var close = NextBrace(position);
        if (close >= 0 && close < lineEnd)
        {
            var span = TextSpan.FromBounds(open, close + 1);
            if (IsExactly(position, close, "title"))
            {
                return new TagSyntax(span, TagKind.Title, null, default, s_noAttributes, dangling);
            }

            if (IsExactly(position, close, "term"))
            {
                return new TagSyntax(span, TagKind.Term, null, default, s_noAttributes, dangling);
            }

            _errors.Add(new SyntaxError(span, $"Unknown tag '{AttributeListParser.Shorten(_text, open, close + 1)}': write {{@source-id}}, {{title}} or {{term}}, or \\{{ for a literal brace"));
            return new TagSyntax(span, TagKind.Invalid, null, default, s_noAttributes, dangling);
        }

        _errors.Add(new SyntaxError(new TextSpan(open, 1), "This '{' starts a tag that is never closed: write {@source-id}, {title} or {term}, or \\{ for a literal brace"));
        return new TagSyntax(new TextSpan(open, 1), TagKind.Invalid, null, default, s_noAttributes, dangling);
    }

    /// <summary>
    /// <c>{own about="…" value="…"}</c>: the article's own statement of a figure, so it can be
    /// compared with what sources claim (NEWS106). It names no source.
    /// </summary>
    private TagSyntax ParseOwnTag(int open, int position, int lineEnd, bool dangling)
    {
        var attributes = _attributes;
        attributes.Clear();
        position = AttributeListParser.Parse(_text, position, lineEnd, stopAtBrace: true, s_ownAttributes, attributes, _errors, _strings);
        int end;
        if (position < lineEnd && _text[position] == '}')
        {
            end = position + 1;
        }
        else
        {
            _errors.Add(new SyntaxError(TextSpan.FromBounds(open, position), "This tag is not closed: end it with '}' on the same line"));
            end = position;
        }

        return new TagSyntax(TextSpan.FromBounds(open, end), TagKind.Own, null, default, ToList(attributes), dangling);
    }

    /// <summary>
    /// Whether a <c>{</c> in running text starts something meant as a tag ({@…}, {own …}, {title},
    /// {term}); other braces are plain text.
    /// </summary>
    private bool LooksLikeTag(int position, int end) =>
        position < end
        && (_text[position] == '@'
            || IsWordAt(position, end, "own")
            || (IsWordAt(position, end, "title") && position + 5 < end && _text[position + 5] == '}')
            || (IsWordAt(position, end, "term") && position + 4 < end && _text[position + 4] == '}'));

    private bool IsExactly(int start, int end, string word) =>
        end - start == word.Length && string.CompareOrdinal(_text, start, word, 0, word.Length) == 0;

    private bool IsWordAt(int position, int end, string word) =>
        position + word.Length <= end
        && string.CompareOrdinal(_text, position, word, 0, word.Length) == 0
        && (position + word.Length == end || _text[position + word.Length] is ' ' or '\t' or '}');

    /// <summary>Whether a <c>}</c> follows on the line.</summary>
    private bool HasClosingBrace(int position, int lineEnd)
    {
        var brace = NextBrace(position);
        return brace >= 0 && brace < lineEnd;
    }

    /// <summary>
    /// The end of the line holding <paramref name="position"/>. Remembered, so that many tags on one
    /// long line cost one scan of it, not one each (a 5 MB line of tags stays linear).
    /// </summary>
    private int LineEnd(int position)
    {
        if (position >= _lineEndFrom && position <= _lineEnd)
        {
            return _lineEnd;
        }

        var length = _end - position;
        var found = length > 0 ? _text.AsSpan(position, length).IndexOfAny('\r', '\n') : -1;
        _lineEndFrom = position;
        _lineEnd = found < 0 ? _end : position + found;
        return _lineEnd;
    }

    /// <summary>The first <c>}</c> at or after <paramref name="position"/> in the paragraph, or -1; remembered like <see cref="LineEnd"/>.</summary>
    private int NextBrace(int position)
    {
        if (position >= _braceFrom && (_brace < 0 || position <= _brace))
        {
            return _brace;
        }

        var length = _end - position;
        var found = length > 0 ? _text.AsSpan(position, length).IndexOf('}') : -1;
        _braceFrom = position;
        _brace = found < 0 ? -1 : position + found;
        return _brace;
    }

    /// <summary>The end of the run of complete <c> name="value"</c> attributes starting at <paramref name="position"/>.</summary>
    private int WellFormedAttributesEnd(int position, int lineEnd)
    {
        var last = position;
        while (true)
        {
            var i = last;
            while (i < lineEnd && CharacterClasses.IsHorizontalSpace(_text[i]))
            {
                i++;
            }

            var nameStart = i;
            while (i < lineEnd && (char.IsLetter(_text[i]) || _text[i] == '-' || _text[i] == '_'))
            {
                i++;
            }

            if (i == nameStart || i == last || i + 1 >= lineEnd || _text[i] != '=' || _text[i + 1] != '"')
            {
                return last;
            }

            var closing = -1;
            for (var k = i + 2; k < lineEnd; k++)
            {
                if (_text[k] == '\\' && k + 1 < lineEnd)
                {
                    k++;
                }
                else if (_text[k] == '"')
                {
                    closing = k;
                    break;
                }
            }

            if (closing < 0)
            {
                return last;
            }

            last = closing + 1;
        }
    }

    private int FindFrame(FrameKind kind, QuotationMarkFamily family)
    {
        for (var k = _stack.Count - 1; k >= 0; k--)
        {
            var frame = _stack[k];
            if (frame.Kind == kind && (kind == FrameKind.Bracket || frame.Family == family))
            {
                return k;
            }
        }

        return -1;
    }

    private void Push(FrameKind kind, QuotationMarkFamily family, char mark, int position, int length)
    {
        if (_stack.Count < MaxNesting)
        {
            Frame frame;
            if (_free.Count > 0)
            {
                frame = _free[_free.Count - 1];
                _free.RemoveAt(_free.Count - 1);
                frame.Reset(kind, family, mark, position, length);
            }
            else
            {
                frame = new Frame(kind, family, mark, position, length);
            }

            _stack.Add(frame);
            return;
        }

        _overflow[kind == FrameKind.Bracket ? BracketOverflow : (int)family]++;
        if (!_reportedNesting)
        {
            _reportedNesting = true;
            _errors.Add(new SyntaxError(
                new TextSpan(position, 1),
                $"Quotations and brackets are nested more than {MaxNesting} levels deep here; deeper marks are read as plain text: close some, or escape them with \\"));
        }
    }

    /// <summary>Hands a popped frame back for reuse; its children now belong to a node or to the frame below.</summary>
    private void Release(Frame frame)
    {
        frame.Children?.Clear();
        _free.Add(frame);
    }

    /// <summary>What a node keeps of a frame's (reused) list: an array of the exact size, or the shared empty list.</summary>
    private static IReadOnlyList<InlineSyntax> ToList(List<InlineSyntax>? children) =>
        children is null || children.Count == 0 ? s_none : children.ToArray();

    private static IReadOnlyList<AttributeSyntax> ToList(List<AttributeSyntax> attributes) =>
        attributes.Count == 0 ? s_noAttributes : attributes.ToArray();

    private Frame Pop()
    {
        var frame = _stack[_stack.Count - 1];
        _stack.RemoveAt(_stack.Count - 1);
        return frame;
    }

    /// <summary>Closes the top frame without a closing mark: a bracket becomes text, a quotation an unclosed node.</summary>
    private void PopAsUnclosed(int end)
    {
        var frame = Pop();
        if (frame.Kind == FrameKind.Bracket)
        {
            AddAll(frame.Children, _stack.Count);
            Release(frame);
            return;
        }

        var contentEnd = end;
        while (contentEnd > frame.Start + frame.MarkLength && CharacterClasses.IsSpaceOrNone(_text[contentEnd - 1]))
        {
            contentEnd--;
        }

        Add(new QuotationSyntax(
            TextSpan.FromBounds(frame.Start, contentEnd),
            frame.Family,
            new TextSpan(frame.Start, frame.MarkLength),
            null,
            ToList(frame.Children),
            null));
        Release(frame);
    }

    private void Add(InlineSyntax node)
    {
        switch (node)
        {
            case QuotationSyntax quotation:
                QuotationCount++;
                TagCount += quotation.Tag is null ? 0 : 1;
                break;
            case AttributedSpanSyntax:
                SpanCount++;
                TagCount++;
                break;
            default:
                TagCount++;
                break;
        }

        if (_stack.Count == 0)
        {
            _root.Add(node);
        }
        else
        {
            (_stack[_stack.Count - 1].Children ??= new List<InlineSyntax>()).Add(node);
        }
    }

    /// <summary>Hands a removed frame's children to whatever is below position <paramref name="index"/>.</summary>
    private void AddAll(List<InlineSyntax>? children, int index)
    {
        if (children is null)
        {
            return;
        }

        var target = index == 0 ? _root : (_stack[index - 1].Children ??= new List<InlineSyntax>());
        // Order is kept by appending: everything the frame below already holds lies before the removed frame's opening.
        target.AddRange(children);
    }

    private sealed class Frame
    {
        public Frame(FrameKind kind, QuotationMarkFamily family, char mark, int start, int markLength)
        {
            Reset(kind, family, mark, start, markLength);
        }

        public FrameKind Kind { get; private set; }

        public QuotationMarkFamily Family { get; private set; }

        public char Mark { get; private set; }

        public int Start { get; private set; }

        /// <summary>1, or 2 for the wire-copy marks <c>''</c> and <c>``</c>.</summary>
        public int MarkLength { get; private set; }

        public void Reset(FrameKind kind, QuotationMarkFamily family, char mark, int start, int markLength)
        {
            Kind = kind;
            Family = family;
            Mark = mark;
            Start = start;
            MarkLength = markLength;
            Children?.Clear();
        }

        public List<InlineSyntax>? Children { get; set; }
    }
}
