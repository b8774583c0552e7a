using System;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NewsDsl.Language;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;

namespace NewsDsl.Render;

/// <summary>Writes one review page: the article as readers see it, with the review panel beside it.</summary>
internal sealed class ReviewPageWriter
{
    private readonly NewsCheckResult _result;
    private readonly ArticleModel _model;
    private readonly string _text;
    private readonly ArticleFacts _facts;
    private readonly FindingPlacer _findings;
    private readonly HtmlWriter _html;
    private readonly string _displayPath;
    private readonly string?[] _badgeTitles;
    private int _quoteNumber;
    private int _claimNumber;

    public ReviewPageWriter(NewsCheckResult result, StringBuilder output, string? displayPath, System.IO.TextWriter? sink = null)
    {
        _result = result;
        _model = result.Model;
        _text = _model.Text.Content;
        _facts = new ArticleFacts(_model);
        var declarations = new List<SourceDeclarationSyntax>(_model.Sources.Count);
        foreach (var source in _model.Sources)
        {
            declarations.Add(source.Declaration);
        }

        _findings = new FindingPlacer(result.Diagnostics, result.Syntax, declarations);
        _html = new HtmlWriter(output, sink);
        _badgeTitles = new string?[_model.Sources.Count];
        _displayPath = displayPath ?? _model.Text.Path;
    }

    public void Write()
    {
        var headline = _model.Metadata.Headline ?? _model.Metadata.Id ?? "Untitled article";

        _html.Trusted("<!DOCTYPE html>\n");
        _html.Start("html").Attribute("lang", "en");
        _html.Start("head");
        _html.Start("meta").Attribute("charset", "utf-8");
        _html.Start("meta").Attribute("http-equiv", "Content-Security-Policy").Attribute("content", ContentSecurityPolicy);
        _html.Start("meta").Attribute("name", "viewport").Attribute("content", "width=device-width, initial-scale=1");
        _html.Start("meta").Attribute("name", "referrer").Attribute("content", "no-referrer");
        _html.Start("meta").Attribute("name", "generator").Attribute("content", "newsdsl render");
        _html.Element("title", "Review: " + headline);
        _html.Start("style").Trusted(PageStyle.Text).End("style");

        // JSON-LD: System.Text.Json escapes <, > and & (as \u003C…), so the text cannot end this element.
        _html.Start("script").Attribute("type", "application/ld+json").Attribute("id", "schema-org").Trusted(string.Empty);
        SchemaOrg.AppendCompact(_model, _html.Output);
        _html.End("script");
        _html.End("head");

        _html.Start("body");
        _html.Start("a").Attribute("class", "skip").Attribute("href", "#article").Text("Skip to the article").End("a");
        WritePageHeader();
        _html.Start("div").Attribute("class", "layout");
        _html.Start("main").Attribute("id", "main");
        WriteArticle(headline);
        _html.End("main");
        _html.Start("aside").Attribute("class", "review").Attribute("aria-label", "Review");
        WriteSummary();
        WriteFindingsList();
        WriteSources();
        WriteFigures();
        _html.End("aside");
        _html.End("div");
        _html.Start("p").Attribute("id", "focus-status").Attribute("class", "vh").Attribute("role", "status").Attribute("aria-live", "polite").End("p");
        _html.Start("script").Trusted(PageScript.Text).End("script");
        _html.End("body");
        _html.End("html");
        _html.Trusted("\n");
        _html.Flush();
    }

    /// <summary>
    /// Nothing loads from anywhere; the page's own style sheet and script run by their hashes, so
    /// even markup that slipped through could not run a script or send anything out.
    /// </summary>
    public static readonly string ContentSecurityPolicy =
        "default-src 'none'; style-src '" + Hash(PageStyle.Text) + "'; script-src '" + Hash(PageScript.Text)
        + "'; img-src 'none'; font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'";

    public static string Hash(string content) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(content)));

    private void WritePageHeader()
    {
        var errors = 0;
        var warnings = 0;
        foreach (var diagnostic in _result.Diagnostics)
        {
            errors += diagnostic.Severity == NewsSeverity.Error ? 1 : 0;
            warnings += diagnostic.Severity == NewsSeverity.Warning ? 1 : 0;
        }

        _html.Start("header").Attribute("class", "page-head");
        _html.Start("p");
        _html.Text("NewsDsl review of ");
        _html.Element("strong", _displayPath.Length > 0 ? _displayPath : (_model.Metadata.Id ?? "an article"));
        _html.Text(" · " + Plural(_result.Diagnostics.Count, "finding") + " (" + Plural(errors, "error") + ", " + Plural(warnings, "warning") + ")");
        _html.End("p");
        _html.End("header");
    }

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
        foreach (var (diagnostic, id) in _findings.Header)
        {
            WriteFinding(diagnostic, id, block: true);
        }

        _html.End("header");

        _html.Start("div").Attribute("class", "article-body");
        foreach (var block in _result.Syntax.Blocks)
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
            WriteFinding(finding.Diagnostic, finding.ElementId, block);
        }
    }

    private void WriteFinding(NewsDiagnostic diagnostic, string elementId, bool block)
    {
        var severity = NewsDiagnostic.SeverityWord(diagnostic.Severity);
        var element = block ? "div" : "span";
        _html.Start(element).Attribute("class", FindingClass(diagnostic.Severity)).Attribute("id", elementId)
            .Attribute("data-diagnostic", diagnostic.Id).Attribute("data-severity", severity).Attribute("role", "note");
        _html.Start("span").Attribute("aria-hidden", "true").Text(SeverityIcon(diagnostic.Severity)).Text(' ').End("span");
        _html.Start("a").Attribute("href", diagnostic.Descriptor.HelpLink).Attribute("title", "About " + diagnostic.Id + ": " + diagnostic.Descriptor.Title).Text(diagnostic.Id).End("a");
        _html.Text(' ').Text(severity).Text(": ").Text(diagnostic.Message);
        _html.End(element);
    }

    private void WriteSummary()
    {
        _html.Start("section").Attribute("class", "summary").Attribute("aria-labelledby", "summary-heading");
        _html.Start("h2").Attribute("id", "summary-heading").Text("Summary").End("h2");
        _html.Start("ul").Attribute("class", "counts");
        _html.Start("li").Attribute("data-count", "sources").Text(Plural(_model.Sources.Count, "source") + " declared, " + _model.CitedSources.Count.ToString(CultureInfo.InvariantCulture) + " cited").End("li");
        _html.Start("li").Attribute("data-count", "quotations").Text(
            Plural(_model.Quotes.Count, "quotation") + ": " + _facts.AttributedQuotations.ToString(CultureInfo.InvariantCulture) + " attributed, "
            + _facts.SuggestedQuotations.ToString(CultureInfo.InvariantCulture) + " suggested, "
            + _facts.UnattributedQuotations.ToString(CultureInfo.InvariantCulture) + " unattributed").End("li");
        _html.Start("li").Attribute("data-count", "claims").Text(
            Plural(_model.Claims.Count, "claim") + ": " + _facts.AttributedClaims.ToString(CultureInfo.InvariantCulture) + " attributed, "
            + _facts.OwnClaims.ToString(CultureInfo.InvariantCulture) + " the article’s own").End("li");
        _html.End("ul");

        var shares = _facts.Shares;
        var widths = _facts.WholeShares;
        _html.Start("h3").Attribute("class", "vh").Attribute("id", "share-heading").Text("Share of quoted and claimed words by kind of source").End("h3");
        _html.Start("p").Text("Quoted and claimed words by kind of source (" + Plural(_facts.TotalWords, "word") + "):").End("p");
        if (shares.Count > 0)
        {
            _html.Start("div").Attribute("class", "bar").Attribute("role", "img").Attribute("aria-labelledby", "share-heading share-legend");
            foreach (var (kind, percent) in widths)
            {
                _html.Start("span").Attribute("class", PageStyle.KindClass(kind) + " " + PageStyle.WidthClass(percent)).Attribute("data-kind", KindLabel(kind)).End("span");
            }

            _html.End("div");
            _html.Start("ul").Attribute("class", "legend").Attribute("id", "share-legend");
            foreach (var (kind, percent) in shares)
            {
                _html.Start("li").Attribute("data-kind", KindLabel(kind));
                _html.Start("span").Attribute("class", "swatch " + PageStyle.KindClass(kind)).Attribute("aria-hidden", "true").End("span");
                _html.Text(KindLabel(kind) + " " + percent.ToString("0.#", CultureInfo.InvariantCulture) + "%");
                _html.End("li");
            }

            _html.End("ul");
        }

        _html.End("section");
    }

    private void WriteFindingsList()
    {
        _html.Start("section").Attribute("class", "findings").Attribute("aria-labelledby", "findings-heading");
        _html.Start("h2").Attribute("id", "findings-heading").Text("Findings (" + _findings.All.Count.ToString(CultureInfo.InvariantCulture) + ")").End("h2");
        if (_findings.All.Count == 0)
        {
            _html.Start("p").Text("No findings: every check passed.").End("p");
        }
        else
        {
            _html.Start("nav").Attribute("aria-label", "Findings");
            _html.Start("ol");
            foreach (var (diagnostic, id) in _findings.All)
            {
                var severity = NewsDiagnostic.SeverityWord(diagnostic.Severity);
                _html.Start("li").Attribute("class", SeverityClass(diagnostic.Severity));
                _html.Start("a").Attribute("href", "#" + id).Attribute("data-finding-link", diagnostic.Id);
                _html.Text(SeverityIcon(diagnostic.Severity)).Text(' ').Text(diagnostic.Id).Text(' ').Text(severity);
                _html.End("a");
                _html.Start("span").Attribute("class", "where").Text(" line " + (diagnostic.Start.Line + 1).ToString(CultureInfo.InvariantCulture) + ", column " + (diagnostic.Start.Character + 1).ToString(CultureInfo.InvariantCulture)).End("span");
                _html.Text(": ").Text(diagnostic.Message);
                _html.End("li");
            }

            _html.End("ol");
            _html.End("nav");
        }

        _html.End("section");
    }

    private void WriteSources()
    {
        _html.Start("section").Attribute("class", "sources-panel").Attribute("aria-labelledby", "sources-heading");
        _html.Start("h2").Attribute("id", "sources-heading").Text("Sources (" + _model.Sources.Count.ToString(CultureInfo.InvariantCulture) + ")").End("h2");
        _html.Start("p").Attribute("class", "hint").Text("Choose a source to highlight its words and dim the rest; choose it again, or press Escape, to show every source.").End("p");
        _html.Start("ul").Attribute("class", "sources");
        foreach (var source in _model.Sources)
        {
            var index = _facts.IndexOf(source);
            _html.Start("li").Attribute("class", "source " + PageStyle.SourceClass(index)).Attribute("data-source-entry", source.Id);
            _html.Start("button").Attribute("type", "button").Attribute("data-focus-source", source.Id).Attribute("data-label", source.Name)
                .Attribute("aria-pressed", "false").Attribute("aria-controls", "article");
            _html.Start("span").Attribute("class", "swatch").Attribute("aria-hidden", "true").End("span");
            _html.Text(source.Name);
            _html.Start("span").Attribute("class", "vh").Text(" (").Text(source.Id).Text(")").End("span");
            _html.End("button");
            _html.Start("dl");
            Term("id", source.Id);
            Term("kind", KindWord(source.Kind));
            if (source.Title is { Length: > 0 } title)
            {
                Term("title", title);
            }

            if (source.Kind == SourceKind.Anonymous)
            {
                Term("reason", source.Reason is { Length: > 0 } reason ? reason : "none given");
            }

            Term("quotations", _facts.QuotationsOf(source).ToString(CultureInfo.InvariantCulture));
            Term("claims", _facts.ClaimsOf(source).ToString(CultureInfo.InvariantCulture));
            _html.End("dl");
            foreach (var (diagnostic, id) in _findings.ForDeclaration(index))
            {
                WriteFinding(diagnostic, id, block: true);
            }

            _html.End("li");
        }

        if (_facts.UnattributedQuotations > 0)
        {
            _html.Start("li").Attribute("class", "source source-none");
            _html.Start("button").Attribute("type", "button").Attribute("data-focus-source", string.Empty).Attribute("data-label", "unattributed words")
                .Attribute("aria-pressed", "false").Attribute("aria-controls", "article");
            _html.Start("span").Attribute("class", "swatch").Attribute("aria-hidden", "true").End("span");
            _html.Text("⚠ Unattributed (" + _facts.UnattributedQuotations.ToString(CultureInfo.InvariantCulture) + ")");
            _html.End("button");
            _html.End("li");
        }

        _html.End("ul");
        _html.End("section");
    }

    private void Term(string term, string value)
    {
        _html.Element("dt", term);
        _html.Element("dd", value);
    }

    private void WriteFigures()
    {
        _html.Start("section").Attribute("class", "figures").Attribute("aria-labelledby", "figures-heading");
        _html.Start("h2").Attribute("id", "figures-heading").Text("Figures (" + _model.Figures.Count.ToString(CultureInfo.InvariantCulture) + ")").End("h2");
        if (_model.Figures.Count == 0)
        {
            _html.Start("p").Text("The article gives no figures tagged about=\"…\" value=\"…\".").End("p");
        }

        foreach (var group in _model.Figures)
        {
            var consistent = group.IsConsistent;
            _html.Start("table").Attribute("data-figure-group", group.About).Attribute("data-consistent", consistent ? "true" : "false");
            _html.Start("caption").Text(group.About + (consistent ? " — consistent" : " — ⚠ figures conflict")).End("caption");
            _html.Start("thead").Start("tr");
            foreach (var header in new[] { "Who", "Value", "Line", "Agrees?" })
            {
                _html.Start("th").Attribute("scope", "col").Text(header).End("th");
            }

            _html.End("tr").End("thead");
            _html.Start("tbody");
            foreach (var figure in group.Figures)
            {
                var conflicts = group.Conflicts(figure);

                _html.Start("tr");
                if (conflicts)
                {
                    _html.Attribute("class", "conflict").Attribute("data-conflict", "true");
                }

                _html.Element("td", figure.Source?.Name ?? (figure.IsOwn ? "the article itself" : "unknown source"));
                _html.Element("td", figure.Value?.Text ?? "—");
                _html.Element("td", (figure.Start.Line + 1).ToString(CultureInfo.InvariantCulture));
                _html.Element("td", figure.Value is null ? "no value" : conflicts ? "⚠ conflicts" : "✓ agrees");
                _html.End("tr");
            }

            _html.End("tbody");
            _html.End("table");
        }

        _html.End("section");
    }

    private static string SeverityIcon(NewsSeverity severity) => severity switch
    {
        NewsSeverity.Error => "✖",
        NewsSeverity.Warning => "▲",
        NewsSeverity.Info => "ℹ",
        _ => "·",
    };

    // Made once: an enum's name is found by reflection each time it is asked for.
    private static readonly string[] s_kindWords = CreateKindWords();

    private static string KindWord(SourceKind kind) => (uint)kind < (uint)s_kindWords.Length ? s_kindWords[(int)kind] : kind.ToString().ToLowerInvariant();

    private static string[] CreateKindWords()
    {
        var words = new List<string>();
        foreach (SourceKind kind in Enum.GetValues(typeof(SourceKind)))
        {
            while (words.Count <= (int)kind)
            {
                words.Add(((SourceKind)words.Count).ToString().ToLowerInvariant());
            }
        }

        return words.ToArray();
    }

    private static string SeverityClass(NewsSeverity severity) => severity switch
    {
        NewsSeverity.Error => "sev-error",
        NewsSeverity.Warning => "sev-warning",
        NewsSeverity.Info => "sev-info",
        _ => "sev-" + NewsDiagnostic.SeverityWord(severity),
    };

    private static string FindingClass(NewsSeverity severity) => severity switch
    {
        NewsSeverity.Error => "finding sev-error",
        NewsSeverity.Warning => "finding sev-warning",
        NewsSeverity.Info => "finding sev-info",
        _ => "finding sev-" + NewsDiagnostic.SeverityWord(severity),
    };

    private static string KindLabel(WordShareKind kind) => kind switch
    {
        WordShareKind.Own => "the article’s own",
        WordShareKind.Unattributed => "unattributed",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static string Plural(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

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
