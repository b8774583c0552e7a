using System;
using System.Collections.Generic;
using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Parsing;

/// <summary>
/// Parses tags (<c>{@id …}</c>, <c>{@id? …}</c>, <c>{title}</c>, <c>{term}</c>, <c>{own …}</c>) for the
/// inline parser, one paragraph at a time. Remembers the current line's end and the next brace, so
/// many tags on one long line cost one scan of it.
/// </summary>
internal sealed class InlineTagParser
{
    private static readonly string[] s_tagAttributes = { "cue", "via", "about", "value" };
    private static readonly string[] s_ownAttributes = { "about", "value" };
    private readonly string _text;
    private readonly List<SyntaxError> _errors;

    // Tag ids and attribute values, made once per parse however often they repeat.
    private readonly StringTable _strings = new();

    // A tag's attributes while it is parsed; handed out as an array of the exact size.
    private readonly List<ParsedAttribute> _attributes = new();
    private readonly GreenInlineBuilder _green;
    private int _end;
    private int _lineEndFrom;
    private int _lineEnd;
    private int _braceFrom;
    private int _brace;

    public InlineTagParser(string text, List<SyntaxError> errors, GreenInlineBuilder green)
    {
        _text = text;
        _errors = errors;
        _green = green;
    }

    /// <summary>The span of tag row <paramref name="tag"/>.</summary>
    public TextSpan SpanOf(int tag) => new(_green.StartOf(tag), _green.EndOf(tag) - _green.StartOf(tag));

    /// <summary>Starts a paragraph or heading that ends at <paramref name="end"/>.</summary>
    public void Reset(int end)
    {
        _end = end;
        _lineEndFrom = int.MaxValue;
        _lineEnd = -1;
        _braceFrom = int.MaxValue;
        _brace = -1;
    }

    /// <summary>
    /// The tag right after a closing mark. A tag separated from the mark by white space (spaces, tabs,
    /// a line break of the same paragraph) still attributes the quotation, with an error saying to
    /// remove the space; only what <see cref="LooksLikeTag(int, int)"/> accepts is taken that way.
    /// </summary>
    /// <returns>The tag's row in the green table, or -1 for none.</returns>
    public int TagAfter(int position)
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
            return -1;
        }

        _errors.Add(new SyntaxError(
            TextSpan.FromBounds(position, brace),
            "A space separates this tag from the closing quotation mark: remove it, the tag must follow the mark directly"));
        return ParseTag(brace, dangling: false);
    }

    /// <summary>Parses a tag starting at the <c>{</c> at <paramref name="open"/>. A tag never spans lines.</summary>
    /// <returns>The tag's row in the green table (its attributes are the rows just before it).</returns>
    public int ParseTag(int open, bool dangling)
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
            var suggested = false;
            var attributesStart = idEnd;
            if (idEnd - idStart > 1 && _text[idEnd - 1] == '?')
            {
                idEnd--;
                suggested = true;
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

            return _green.AddTag(
                TextSpan.FromBounds(open, end),
                kind,
                kind == TagKind.Invalid && id.Length == 0 ? null : id,
                idSpan,
                AddAttributes(attributes),
                dangling,
                suggested);
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
                return _green.AddTag(span, TagKind.Title, null, default, 0, dangling, false);
            }

            if (IsExactly(position, close, "term"))
            {
                return _green.AddTag(span, TagKind.Term, null, default, 0, dangling, false);
            }

            _errors.Add(new SyntaxError(span, $"Unknown tag '{AttributeListParser.Shorten(_text, open, close + 1)}': write {{@source-id}}, {{title}} or {{term}}, or \\{{ for a literal brace"));
            return _green.AddTag(span, TagKind.Invalid, null, default, 0, dangling, false);
        }

        _errors.Add(new SyntaxError(new TextSpan(open, 1), "This '{' starts a tag that is never closed: write {@source-id}, {title} or {term}, or \\{ for a literal brace"));
        return _green.AddTag(new TextSpan(open, 1), TagKind.Invalid, null, default, 0, dangling, false);
    }

    /// <summary>
    /// <c>{own about="…" value="…"}</c>: the article's own statement of a figure, so it can be
    /// compared with what sources claim (NEWS106). It names no source.
    /// </summary>
    private int ParseOwnTag(int open, int position, int lineEnd, bool dangling)
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

        return _green.AddTag(TextSpan.FromBounds(open, end), TagKind.Own, null, default, AddAttributes(attributes), dangling, false);
    }

    /// <summary>
    /// Whether a <c>{</c> in running text starts something meant as a tag ({@…}, {own …}, {title},
    /// {term}); other braces are plain text.
    /// </summary>
    public bool LooksLikeTag(int position, int end) =>
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

    /// <summary>Adds a tag's attributes as rows of the green table, right before the tag's own row; returns how many.</summary>
    private int AddAttributes(List<ParsedAttribute> attributes)
    {
        for (var i = 0; i < attributes.Count; i++)
        {
            _green.AddAttribute(attributes[i]);
        }

        return attributes.Count;
    }
}
