using System;
using System.Collections.Generic;
using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Parsing;

/// <summary>
/// Finds quotations, attributed spans and tags in one paragraph or heading, in a single
/// left-to-right pass. Plain prose is skipped in bulk; only the characters
/// <see cref="CharacterClasses.IsInlineMarkup"/> accepts are looked at. Three helpers do the work:
/// <see cref="QuotationMarkClassifier"/> decides what a mark does, <see cref="InlineFrameStack"/>
/// holds what is open, and <see cref="InlineTagParser"/> reads tags.
/// </summary>
internal sealed class InlineParser
{
    /// <summary>How deep quotations and brackets may nest before deeper marks are read as text.</summary>
    internal const int MaxNesting = InlineFrameStack.MaxNesting;

    private readonly string _text;
    private readonly List<SyntaxError> _errors;
    private readonly InlineFrameStack _frames;
    private readonly InlineTagParser _tags;
    private int _start;
    private int _end;

    public InlineParser(string text, List<SyntaxError> errors)
    {
        _text = text;
        _errors = errors;
        var green = new GreenInlineBuilder();
        _frames = new InlineFrameStack(text, errors, green);
        _tags = new InlineTagParser(text, errors, green);
    }

    /// <summary>A list to read attributes into, reused by every source declaration of the parse.</summary>
    public List<ParsedAttribute> AttributeScratch { get; } = new();

    /// <summary>Quotation nodes made so far (closed and unclosed).</summary>
    public int QuotationCount => _frames.QuotationCount;

    /// <summary>Attributed span nodes made so far.</summary>
    public int SpanCount => _frames.SpanCount;

    /// <summary>Tag nodes made so far.</summary>
    public int TagCount => _frames.TagCount;

    /// <summary>Scans <c>[start, end)</c>; returns the green table of its inline nodes (empty for none).</summary>
    public GreenInlineTable Parse(int start, int end)
    {
        _start = start;
        _end = end;
        _frames.Reset();
        _tags.Reset(end);

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
                    _frames.Push(FrameKind.Bracket, default, c, i, 1);
                    i++;
                    break;
                case ']':
                    i = CloseBracket(i);
                    break;
                case '{':
                    i = _tags.LooksLikeTag(i + 1, end) ? DanglingTag(i) : i + 1;
                    break;
                default:
                    i = QuotationMark(i, c);
                    break;
            }
        }

        // Whatever is still open at the end of the paragraph: brackets were plain text,
        // quotations are unclosed (the binder decides whether they continue or are NEWS007).
        while (_frames.Count > 0)
        {
            _frames.PopAsUnclosed(end);
        }

        return _frames.TakeRoot();
    }

    private int QuotationMark(int i, char c)
    {
        var previous = i > _start ? _text[i - 1] : '\0';

        // Wire copy (contract 8.1): two apostrophes are a straight double mark, two backticks open one.
        if ((c == '\'' && i + 1 < _end && _text[i + 1] == '\'' && !ClosesSingleFirst(i)) || (c == '`' && i + 1 < _end && _text[i + 1] == '`'))
        {
            var after = i + 2 < _end ? _text[i + 2] : '\0';
            var doubled = QuotationMarkClassifier.ClassifyDoubled(c, previous, after, _frames.InnermostMark(QuotationMarkFamily.Double));
            return Apply(doubled, QuotationMarkFamily.Double, c, i, 2);
        }

        if (c == '`')
        {
            return i + 1;
        }

        var next = i + 1 < _end ? _text[i + 1] : '\0';
        var family = QuotationMarkClassifier.FamilyOf(c);
        var role = QuotationMarkClassifier.Classify(c, previous, next, _frames.InnermostMark(family));
        return Apply(role, family, c, i, 1);
    }

    private int Apply(MarkRole role, QuotationMarkFamily family, char mark, int i, int length)
    {
        switch (role)
        {
            case MarkRole.Open:
                _frames.Push(FrameKind.Quotation, family, mark, i, length);
                return i + length;
            case MarkRole.Close when _frames.ConsumeOverflow((int)family):
                return i + length;
            case MarkRole.Close:
                return CloseQuotation(i, family, length);
            default:
                return i + length;
        }
    }

    /// <summary>
    /// In a run of three apostrophes after a word (<c>'no'''</c>) with a single quotation open, the
    /// first closes it and the other two are a double mark; otherwise the first two pair up.
    /// </summary>
    private bool ClosesSingleFirst(int i) =>
        i + 2 < _end
        && _text[i + 2] == '\''
        && _frames.InnermostMark(QuotationMarkFamily.Single) != '\0'
        && i > _start
        && !CharacterClasses.IsSpaceOrNone(_text[i - 1]);

    private int CloseQuotation(int i, QuotationMarkFamily family, int length)
    {
        var index = _frames.FindFrame(FrameKind.Quotation, family);
        while (_frames.Count - 1 > index)
        {
            _frames.PopAsUnclosed(i);
        }

        var frame = _frames.Pop();
        var closingMark = new TextSpan(i, length);
        var tag = _tags.TagAfter(i + length);
        var end = tag >= 0 ? _frames.Green.EndOf(tag) : i + length;
        var node = _frames.Green.AddQuotation(TextSpan.FromBounds(frame.Start, end), family, frame.MarkLength, closingMark, frame.Children, tag);
        _frames.Release(frame);
        _frames.Add(node);
        return end;
    }

    private int CloseBracket(int i)
    {
        if (_frames.ConsumeOverflow(InlineFrameStack.BracketOverflow))
        {
            return i + 1;
        }

        var index = _frames.FindFrame(FrameKind.Bracket, default);
        if (index < 0)
        {
            return i + 1;
        }

        var tagged = i + 1 < _end && _text[i + 1] == '{';
        if (!tagged)
        {
            // An editorial insertion ("If they [US officials] are wise"): the brackets are plain text.
            _frames.Dissolve(index);
            return i + 1;
        }

        // Quotations opened inside the span cannot outlive it.
        while (_frames.Count - 1 > index)
        {
            _frames.PopAsUnclosed(i);
        }

        var frame = _frames.Pop();
        var tag = _tags.ParseTag(i + 1, dangling: false);
        var tagEnd = _frames.Green.EndOf(tag);
        var node = _frames.Green.AddSpan(TextSpan.FromBounds(frame.Start, tagEnd), i, frame.Children, tag);
        _frames.Release(frame);
        _frames.Add(node);
        return tagEnd;
    }

    private int DanglingTag(int i)
    {
        var tag = _tags.ParseTag(i, dangling: true);
        var tagSpan = _tags.SpanOf(tag);
        _errors.Add(new SyntaxError(
            tagSpan,
            "This tag follows nothing it can attribute: put it right after a closing quotation mark or after [bracketed text], with no space, or write \\{ for a literal brace"));
        _frames.Add(tag);
        return Math.Max(tagSpan.End, i + 1);
    }
}
