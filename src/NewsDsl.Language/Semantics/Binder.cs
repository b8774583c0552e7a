using System;
using System.Collections.Generic;
using System.Threading;
using NewsDsl.Language.Parsing;
using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Semantics;

/// <summary>
/// Builds the <see cref="ArticleModel"/> from a syntax tree: resolves sources, joins quotations
/// that run over paragraphs, and works out whose words every quotation and claim are.
/// </summary>
public sealed class Binder
{
    private readonly NewsSyntaxTree _tree;
    private readonly string _text;
    private readonly Dictionary<string, SourceSymbol> _sourcesById = new(StringComparer.Ordinal);
    private readonly List<SourceSymbol> _sources = new();
    private readonly List<SourceDeclarationSyntax> _duplicates = new();
    private readonly List<Quotation> _quotations;
    private readonly List<Claim> _claims;
    private readonly List<Citation> _citations;

    private Binder(NewsSyntaxTree tree)
    {
        _tree = tree;
        _text = tree.Text.Content;

        // Sized from what the parser counted, so the lists do not grow (and leave garbage) on a large article.
        var (quotations, spans, tags) = tree.NodeCounts;
        _quotations = new List<Quotation>(quotations);
        _claims = new List<Claim>(spans);
        _citations = new List<Citation>(tags);
    }

    public static ArticleModel Bind(NewsSyntaxTree tree, CancellationToken cancellationToken = default)
    {
        if (tree is null)
        {
            throw new ArgumentNullException(nameof(tree));
        }

        return new Binder(tree).Run(cancellationToken);
    }

    private ArticleModel Run(CancellationToken cancellationToken)
    {
        var metadata = BindMetadata(_tree.FrontMatter);
        DeclareSources();
        BindBlocks(cancellationToken);

        foreach (var claim in _claims)
        {
            claim.Source = Resolve(claim.Tag);
        }

        var quotes = new List<Quotation>(_quotations.Count);
        foreach (var quotation in _quotations)
        {
            // Parents come before their nested quotations in this list, so inherited sources are already known.
            Attribute(quotation);
            if (quotation.Parent is null && !quotation.IsTitleOrTerm)
            {
                quotes.Add(quotation);
            }
        }

        return new ArticleModel(_tree, metadata, _sources, _duplicates, _quotations, quotes, _claims, _citations, GroupFigures());
    }

    /// <summary>Claims and quotations tagged with <c>about</c>, grouped case-insensitively, in document order.</summary>
    private IReadOnlyList<FigureGroup> GroupFigures()
    {
        var figures = new List<(int Offset, Figure Figure)>();
        foreach (var claim in _claims)
        {
            if (claim.About is { } about && about.Trim().Length > 0)
            {
                figures.Add((claim.Span.Start, new Figure(about.Trim(), claim.Value, claim.Source, claim.Tag, claim, claim.Start)));
            }
        }

        foreach (var quotation in _quotations)
        {
            if (quotation.Tag is { } tag && quotation.About is { } about && about.Trim().Length > 0)
            {
                figures.Add((quotation.OpeningMark.Start, new Figure(about.Trim(), quotation.Value, quotation.Source, tag, quotation, quotation.Start)));
            }
        }

        if (figures.Count == 0)
        {
            return Array.Empty<FigureGroup>();
        }

        figures.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        var byKey = new Dictionary<string, List<Figure>>(StringComparer.Ordinal);
        var order = new List<List<Figure>>();
        foreach (var (_, figure) in figures)
        {
            var key = figure.About.ToLowerInvariant();
            if (!byKey.TryGetValue(key, out var group))
            {
                group = new List<Figure>();
                byKey.Add(key, group);
                order.Add(group);
            }

            group.Add(figure);
        }

        return order.ConvertAll(g => new FigureGroup(g[0].About, g));
    }

    private static ArticleMetadata BindMetadata(FrontMatterSyntax? frontMatter)
    {
        var entries = new List<KeyValuePair<string, string>>();
        if (frontMatter is null)
        {
            return new ArticleMetadata(null, null, null, null, null, null, null, null, Array.Empty<string>(), entries);
        }

        foreach (var entry in frontMatter.Entries)
        {
            entries.Add(new KeyValuePair<string, string>(entry.Key, entry.Value));
        }

        var idEntry = frontMatter.Find("id");
        var id = idEntry is not null && CharacterClasses.IsValidId(idEntry.Value) ? idEntry.Value : null;
        DateTimeOffset? published = null;
        if (frontMatter.Find("published") is { } publishedEntry && PublishedDate.TryParse(publishedEntry.Value, out var value))
        {
            published = value;
        }

        var contributors = new List<string>();
        if (frontMatter.Find("contributors") is { } contributorsEntry)
        {
            SplitList(contributorsEntry.Value, contributors);
        }

        return new ArticleMetadata(
            id,
            id is null ? null : idEntry!.ValueSpan,
            NonEmpty(frontMatter.Find("headline")?.Value),
            published,
            NonEmpty(frontMatter.Find("byline")?.Value),
            NonEmpty(frontMatter.Find("desk")?.Value),
            NonEmpty(frontMatter.Find("deck")?.Value),
            NonEmpty(frontMatter.Find("dateline")?.Value),
            contributors,
            entries);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();

    private static void SplitList(string value, List<string> into)
    {
        foreach (var item in value.Split(','))
        {
            var trimmed = item.Trim();
            if (trimmed.Length > 0)
            {
                into.Add(trimmed);
            }
        }
    }

    private void DeclareSources()
    {
        foreach (var block in _tree.Blocks)
        {
            if (block is not SourceDeclarationSyntax declaration || !CharacterClasses.IsValidId(declaration.Id))
            {
                continue;
            }

            if (_sourcesById.ContainsKey(declaration.Id))
            {
                _duplicates.Add(declaration);
                continue;
            }

            var aliases = new List<string>();
            if (declaration.GetAttribute("aka") is { } aka)
            {
                SplitList(aka.Value, aliases);
            }

            // A declaration with an unknown kind still declares its id (NEWS004 is reported), so its
            // citations do not cascade into NEWS002; it is treated as a person.
            var source = new SourceSymbol(
                declaration.Id,
                SourceKinds.Parse(declaration.KindText) ?? SourceKind.Person,
                NonEmpty(declaration.GetAttribute("name")?.Value) ?? declaration.Id,
                NonEmpty(declaration.GetAttribute("title")?.Value),
                NonEmpty(declaration.GetAttribute("reason")?.Value),
                aliases,
                declaration);
            _sourcesById.Add(declaration.Id, source);
            _sources.Add(source);
        }
    }

    private void BindBlocks(CancellationToken cancellationToken)
    {
        // A quotation left open at the end of a paragraph, waiting to see whether the next paragraph continues it.
        Quotation? pending = null;
        var count = 0;
        foreach (var block in _tree.Blocks)
        {
            if (++count % 256 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            switch (block)
            {
                case CommentSyntax:
                    // Editor's notes are not part of the article: a quotation continues across them.
                    break;
                case ParagraphSyntax paragraph:
                    pending = BindParagraph(paragraph, pending);
                    break;
                case HeadingSyntax heading:
                    pending = null;
                    BindInlines(heading.Inlines, 0, null, null, claimIsNearer: false, inHeading: true);
                    break;
                default:
                    pending = null;
                    break;
            }
        }
    }

    private Quotation? BindParagraph(ParagraphSyntax paragraph, Quotation? pending)
    {
        var inlines = paragraph.Inlines;
        var first = 0;
        if (pending is not null
            && inlines.Count > 0
            && inlines[0] is QuotationSyntax continuation
            && continuation.Span.Start == paragraph.ContentSpan.Start)
        {
            // The news convention: a quotation over several paragraphs leaves each one open
            // and starts the next with an opening mark (any opening mark, as the contract says);
            // it is one quotation with several parts.
            pending.AddPart(continuation);
            BindInlines(continuation.Children, 0, pending, pending.EnclosingClaim, claimIsNearer: false, inHeading: false);
            AddCitation(continuation.Tag);
            first = 1;
            if (continuation.IsClosed || inlines.Count > 1)
            {
                pending = null;
            }
        }
        else
        {
            pending = null;
        }

        BindInlines(inlines, first, null, null, claimIsNearer: false, inHeading: false);

        if (pending is null && inlines.Count > 0 && inlines[inlines.Count - 1] is QuotationSyntax last && !last.IsClosed && CanContinue(last.Family))
        {
            pending = FindQuotation(last);
        }

        return pending;
    }

    private static bool CanContinue(QuotationMarkFamily family) => family is QuotationMarkFamily.Double or QuotationMarkFamily.Guillemet;

    private Quotation? FindQuotation(QuotationSyntax syntax)
    {
        for (var i = _quotations.Count - 1; i >= 0; i--)
        {
            if (ReferenceEquals(_quotations[i].FirstPart, syntax))
            {
                return _quotations[i];
            }
        }

        return null;
    }

    private void BindInlines(IReadOnlyList<InlineSyntax> inlines, int first, Quotation? parent, Claim? claim, bool claimIsNearer, bool inHeading)
    {
        for (var i = first; i < inlines.Count; i++)
        {
            switch (inlines[i])
            {
                case QuotationSyntax syntax:
                    var quotation = new Quotation(_text, syntax, parent, claim, claimIsNearer, inHeading, Position(syntax.OpeningMark.Start));
                    _quotations.Add(quotation);
                    parent?.AddNested(quotation);
                    BindInlines(syntax.Children, 0, quotation, claim, claimIsNearer: false, inHeading);
                    AddCitation(syntax.Tag);
                    break;
                case AttributedSpanSyntax span:
                    var spanClaim = new Claim(_text, span, Position(span.Span.Start), claim);
                    _claims.Add(spanClaim);
                    BindInlines(span.Children, 0, parent, spanClaim, claimIsNearer: true, inHeading);
                    AddCitation(span.Tag);
                    break;
                case TagSyntax tag:
                    AddCitation(tag);
                    break;
            }
        }
    }

    private void AddCitation(TagSyntax? tag)
    {
        if (tag is { Kind: TagKind.Source, SourceId: { } id })
        {
            _citations.Add(new Citation(tag, _sourcesById.TryGetValue(id, out var source) ? source : null));
        }
    }

    private SourceSymbol? Resolve(TagSyntax tag) =>
        tag is { Kind: TagKind.Source, SourceId: { } id } && _sourcesById.TryGetValue(id, out var source) ? source : null;

    private void Attribute(Quotation quotation)
    {
        if (quotation.Tag is { } tag)
        {
            quotation.Attribution = tag.Kind switch
            {
                TagKind.Source => AttributionKind.Tagged,
                TagKind.Title => AttributionKind.Title,
                TagKind.Term => AttributionKind.Term,
                _ => AttributionKind.None,
            };
            quotation.Source = Resolve(tag);
            quotation.IsSuggested = tag.Kind == TagKind.Source && tag.IsSuggested;
        }
        else if (quotation.EnclosingClaim is { } claim && (quotation.Parent is null || quotation.ClaimIsNearer))
        {
            // [the US “must leave”]{@k} inside an untagged quotation: the span is the nearer attribution.
            quotation.Attribution = AttributionKind.Inherited;
            quotation.Source = claim.Source;
            quotation.IsSuggested = claim.IsSuggested;
        }
        else if (quotation.Parent is { } parent)
        {
            quotation.Attribution = AttributionKind.Inherited;
            quotation.Source = parent.Source;
            quotation.IsSuggested = parent.IsSuggested;
        }
        else
        {
            quotation.Attribution = AttributionKind.None;
        }
    }

    private LinePosition Position(int offset) => _tree.Text.GetLinePosition(offset);
}
