using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NewsDsl.Language;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;
using static NewsDsl.Render.PageText;

namespace NewsDsl.Render;

/// <summary>
/// The article as readers see it: headline, standfirst and body, every quotation and claim marked with whose
/// words it is, every finding at its place. One of the parts <see cref="ReviewPageWriter"/> puts together.
/// </summary>
internal sealed class ArticleBodyWriter
{
    private readonly ArticleModel _model;
    private readonly string _text;
    private readonly ArticleFacts _facts;
    private readonly FindingPlacer _findings;
    private readonly HtmlWriter _html;
    private readonly string?[] _badgeTitles;
    private int _quoteNumber;
    private int _claimNumber;

    public ArticleBodyWriter(HtmlWriter html, ArticleModel model, ArticleFacts facts, FindingPlacer findings)
    {
        _html = html;
        _model = model;
        _text = model.Text.Content;
        _facts = facts;
        _findings = findings;
        _badgeTitles = new string?[model.Sources.Count];
    }

    public void Write(string headline) => WriteArticle(headline);

    private void WriteArticle(string headline)
    {
        var metadata = _model.Metadata;
        _html.Start("article").Attribute("id", "article").Attribute("class", "article").Attribute("aria-labelledby", "headline");
        _html.Start("header");
        if (metadata.Desk is { Length: > 0 } desk)
        {
            _html.Start("p").Attribute("class", "desk").Text(desk).End("p");
        }

        _html.Start("h1").Attribute("id", "headline").Text(headline).End("h1");
        if (metadata.Deck is { Length: > 0 } deck)
        {
            _html.Start("p").Attribute("class", "deck").Text(deck).End("p");
        }

        var meta = new List<string>();
        if (metadata.Byline is { Length: > 0 } byline)
        {
            meta.Add(byline);
        }

        if (metadata.Dateline is { Length: > 0 } dateline)
        {
            meta.Add(dateline);
        }

        _html.Start("p").Attribute("class", "meta");
        _html.Text(string.Join(" · ", meta));
        if (metadata.Published is { } published)
        {
            _html.Text(meta.Count > 0 ? " · " : string.Empty);
            _html.Start("time").Attribute("datetime", published.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture))
                .Text(published.ToString("d MMMM yyyy, HH:mm 'UTC'zzz", CultureInfo.InvariantCulture)).End("time");
        }

        _html.End("p");
        foreach (var placed in _findings.Header)
        {
            placed.Write(_html, block: true);
        }

        _html.End("header");

        _html.Start("div").Attribute("class", "article-body");
        foreach (var block in _model.Syntax.Blocks)
        {
            FlushFindings(block.Span.Start, block: true);
            switch (block)
            {
                case HeadingSyntax heading:
                    var name = heading.Level <= 1 ? "h2" : "h3";
                    _html.Start(name);
                    WriteInlines(heading.ContentSpan, heading.Inlines);
                    FlushFindings(heading.Span.End, block: false);
                    _html.End(name);
                    break;
                case ParagraphSyntax paragraph:
                    _html.Start("p");
                    WriteInlines(paragraph.ContentSpan, paragraph.Inlines);
                    FlushFindings(paragraph.Span.End, block: false);
                    _html.End("p");
                    break;
                default:
                    // Declarations and editor's notes are not part of the article; findings on them stand here.
                    FlushFindings(block.Span.End, block: true);
                    break;
            }
        }

        FlushFindings(int.MaxValue, block: true);
        _html.End("div");

        if (metadata.Contributors.Count > 0)
        {
            _html.Start("footer").Text("Contributors: " + string.Join(", ", metadata.Contributors)).End("footer");
        }

        _html.End("article");
    }

    private void WriteInlines(TextSpan content, IReadOnlyList<InlineSyntax> children)
    {
        var position = content.Start;
        foreach (var child in children)
        {
            WritePlain(position, child.Span.Start);
            switch (child)
            {
                case QuotationSyntax quotation:
                    WriteQuotation(quotation);
                    break;
                case AttributedSpanSyntax span:
                    WriteClaim(span);
                    break;
                default:
                    // A stray tag: not shown, but a finding on it is.
                    FlushFindings(child.Span.End, block: false);
                    break;
            }

            position = child.Span.End;
        }

        WritePlain(position, content.End);
    }

    private void WriteQuotation(QuotationSyntax part)
    {
        var quotation = _model.FindQuotation(part);
        FlushFindings(part.Span.Start + 1, block: false);
        if (quotation is not null && quotation.IsTitleOrTerm)
        {
            _html.Start("span").Attribute("class", "q-plain").Attribute("data-kind", quotation.Attribution == AttributionKind.Title ? "title" : "term");
            WriteQuotationText(part);
            _html.End("span");
            FlushFindings(part.Span.End, block: false);
            return;
        }

        var source = quotation?.Source;
        var suggested = quotation is not null && source is not null && Attribution.IsSuggested(quotation);
        var isLastPart = quotation is null || ReferenceEquals(quotation.LastPart, part);
        var classes = source is null ? "q q-none" : PageStyle.QuotationClass(_facts.IndexOf(source));
        _html.Start("span").Attribute("class", classes).Attribute("data-source", source?.Id ?? string.Empty);
        if (suggested)
        {
            _html.Attribute("data-suggested", "true");
        }

        if (quotation is not null && quotation.Parent is null)
        {
            if (ReferenceEquals(quotation.Parts[0], part))
            {
                _quoteNumber++;
            }

            _html.Attribute("data-quote", _quoteNumber);
        }

        if (quotation is not null && quotation.Parts.Count > 1)
        {
            _html.Attribute("data-part", IndexOf(quotation.Parts, part) + 1);
        }

        WriteQuotationText(part);
        if (isLastPart && quotation is not null && (quotation.Attribution == AttributionKind.Tagged || (source is null && quotation.Parent is null && quotation.EnclosingClaim is null)))
        {
            WriteBadge(source, suggested, quotation.Tag, isClaim: false);
        }

        _html.End("span");
        FlushFindings(part.Span.End, block: false);
    }

    private void WriteQuotationText(QuotationSyntax part)
    {
        WriteMark(part.OpeningMark);
        WriteInlines(part.ContentSpan, part.Children);
        if (part.ClosingMark is { } closing)
        {
            WriteMark(closing);
        }
    }

    // Wire copy's two-character marks (`` and '', contract 8.1) read as the double quotation mark they stand for.
    private void WriteMark(TextSpan mark) => _html.Text(mark.Length == 1 ? _text[mark.Start] : '"');

    private void WriteClaim(AttributedSpanSyntax span)
    {
        var claim = _facts.ClaimOf(span);
        var source = claim?.Source;
        var suggested = claim is not null && source is not null && Attribution.IsSuggested(claim);
        var own = claim?.IsOwn == true;
        var classes = source is not null ? PageStyle.ClaimClass(_facts.IndexOf(source)) : own ? "c c-own" : "c q-none";
        FlushFindings(span.Span.Start + 1, block: false);
        _html.Start("span").Attribute("class", classes).Attribute("data-source", source?.Id ?? string.Empty).Attribute("data-claim", ++_claimNumber);
        if (suggested)
        {
            _html.Attribute("data-suggested", "true");
        }

        if (own)
        {
            _html.Attribute("data-own", "true");
        }

        WriteInlines(span.ContentSpan, span.Children);
        FlushFindings(span.CloseBracket.End, block: false);
        if (own)
        {
            _html.Start("span").Attribute("class", "tag").Text("the article’s own").End("span");
        }
        else
        {
            WriteBadge(source, suggested, span.Tag, isClaim: true);
        }

        _html.End("span");
        FlushFindings(span.Span.End, block: false);
    }

    // A source's badge says the same on each of its passages: made once per page.
    private string BadgeTitle(SourceSymbol source)
    {
        var index = _facts.IndexOf(source);
        return _badgeTitles[index] ??= source.Title is { } title ? source.Name + " — " + title : source.Name;
    }

    private void WriteBadge(SourceSymbol? source, bool suggested, TagSyntax? tag, bool isClaim)
    {
        _html.Start("span").Attribute("class", "tag");
        if (source is not null)
        {
            _html.Attribute("title", suggested ? BadgeTitle(source) + " (suggested, not yet confirmed)" : BadgeTitle(source));
            _html.Start("span").Attribute("class", "vh").Text(isClaim ? "claim of " : "quotation of ").End("span");
            _html.Text(source.Id);
            if (suggested)
            {
                _html.Text('?');
                _html.Start("span").Attribute("class", "vh").Text(" (suggested, not yet confirmed)").End("span");
            }
        }
        else if (tag?.SourceId is { } undeclared)
        {
            _html.Text("⚠ undeclared source " + undeclared);
        }
        else
        {
            _html.Text("⚠ no source");
        }

        _html.End("span");
    }

    /// <summary>Plain prose as a reader sees it: escapes undone and a line break read as a space; findings placed at their offsets.</summary>
    private void WritePlain(int start, int end)
    {
        while (start < end)
        {
            var next = Math.Min(end, Math.Max(start, _findings.NextOffset));
            if (next > start)
            {
                WriteProse(start, next);
                start = next;
            }

            if (start < end)
            {
                FlushFindings(start + 1, block: false);
            }
        }
    }

    private void WriteProse(int start, int end)
    {
        var run = start;
        var i = start;
        while (i < end)
        {
            // Plain prose is most of it: jump to the next backslash or line break.
            var next = _text.AsSpan(i, end - i).IndexOfAny('\\', '\n', '\r');
            if (next < 0)
            {
                break;
            }

            i += next;
            var c = _text[i];
            if (c == '\\')
            {
                if (i + 1 < end && IsEscapable(_text[i + 1]))
                {
                    _html.Text(_text, run, i);
                    run = i + 1;
                    i += 2;
                }
                else
                {
                    i++;
                }

                continue;
            }

            // A soft line break: the spaces around it and the break itself read as one space.
            var spaceStart = i;
            while (spaceStart > run && _text[spaceStart - 1] is ' ' or '\t')
            {
                spaceStart--;
            }

            _html.Text(_text, run, spaceStart);
            while (i + 1 < end && _text[i + 1] is '\n' or '\r' or ' ' or '\t')
            {
                i++;
            }

            _html.Text(' ');
            i++;
            run = i;
        }

        _html.Text(_text, run, end);
    }

    // The characters a backslash makes literal in prose, as the language defines them (contract 4).
    private static bool IsEscapable(char c) =>
        c is '\\' or '[' or ']' or '{' or '}' or '"' or '\'' or '@'
        || (c >= '\u2018' && c <= '\u201E' && c != '\u201B') || c is '\u2039' or '\u203A' or '\u00AB' or '\u00BB';

    private void FlushFindings(int before, bool block)
    {
        while (_findings.TryTakeBefore(before, out var finding))
        {
            finding.Write(_html, block);
        }
    }

    private static int IndexOf(IReadOnlyList<QuotationSyntax> parts, QuotationSyntax part)
    {
        for (var i = 0; i < parts.Count; i++)
        {
            if (ReferenceEquals(parts[i], part))
            {
                return i;
            }
        }

        return -1;
    }
}
