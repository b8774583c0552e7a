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
    private int _lineHint;
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
            claim.Source = Resolve(claim.TagView);
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
                figures.Add((claim.Span.Start, new Figure(about.Trim(), claim.Value, claim.Source, claim.TagView, claim, claim.Start)));
            }
        }

        foreach (var quotation in _quotations)
        {
            if (quotation.HasTag && quotation.About is { } about && about.Trim().Length > 0)
            {
                figures.Add((quotation.OpeningMark.Start, new Figure(about.Trim(), quotation.Value, quotation.Source, quotation.TagView, quotation, quotation.Start)));
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
                    for (var i = 0; i < heading.InlineCount; i++)
                    {
                        BindInline(heading.InlineAt(i), null, null, claimIsNearer: false, inHeading: true);
                    }

                    break;
                default:
                    pending = null;
                    break;
            }
        }
    }

    private Quotation? BindParagraph(ParagraphSyntax paragraph, Quotation? pending)
    {
        // The inlines are read as views of the block's green table: binding makes no syntax node.
        var count = paragraph.InlineCount;
        var first = 0;
        if (pending is not null
            && count > 0
            && paragraph.InlineAt(0) is { Kind: GreenKind.Quotation } continuation
            && continuation.Span.Start == paragraph.ContentSpan.Start)
        {
            // The news convention: a quotation over several paragraphs leaves each one open
            // and starts the next with an opening mark (any opening mark, as the contract says);
            // it is one quotation with several parts.
            pending.AddPart(continuation);
            BindChildren(continuation, pending, pending.EnclosingClaim, claimIsNearer: false, inHeading: false);
            AddCitation(continuation);
            first = 1;
            if (continuation.IsClosed || count > 1)
            {
                pending = null;
            }
        }
        else
        {
            pending = null;
        }

        for (var i = first; i < count; i++)
        {
            BindInline(paragraph.InlineAt(i), null, null, claimIsNearer: false, inHeading: false);
        }

        if (pending is null && count > 0 && paragraph.InlineAt(count - 1) is { Kind: GreenKind.Quotation, IsClosed: false } last && CanContinue(last.Family))
        {
            pending = FindQuotation(last);
        }

        return pending;
    }

    private static bool CanContinue(QuotationMarkFamily family) => family is QuotationMarkFamily.Double or QuotationMarkFamily.Guillemet;

    private Quotation? FindQuotation(InlineView syntax)
    {
        for (var i = _quotations.Count - 1; i >= 0; i--)
        {
            var first = _quotations[i].FirstView;
            if (ReferenceEquals(first.Owner, syntax.Owner) && first.Row == syntax.Row)
            {
                return _quotations[i];
            }
        }

        return null;
    }

    private void BindChildren(InlineView node, Quotation? parent, Claim? claim, bool claimIsNearer, bool inHeading)
    {
        var count = node.ChildCount;
        for (var i = 0; i < count; i++)
        {
            BindInline(node.Child(i), parent, claim, claimIsNearer, inHeading);
        }
    }

    private void BindInline(InlineView node, Quotation? parent, Claim? claim, bool claimIsNearer, bool inHeading)
    {
        switch (node.Kind)
        {
            case GreenKind.Quotation:
                var quotation = new Quotation(_text, node, parent, claim, claimIsNearer, inHeading, Position(node.OpeningMark.Start));
                _quotations.Add(quotation);
                parent?.AddNested(quotation);
                BindChildren(node, quotation, claim, claimIsNearer: false, inHeading);
                AddCitation(node);
                break;
            case GreenKind.Span:
                var spanClaim = new Claim(_text, node, Position(node.Span.Start), claim);
                _claims.Add(spanClaim);
                BindChildren(node, parent, spanClaim, claimIsNearer: true, inHeading);
                AddCitation(node);
                break;
            case GreenKind.Tag:
                AddTagCitation(node);
                break;
        }
    }

    /// <summary>The citation of a quotation's or span's tag, if it has one.</summary>
    private void AddCitation(InlineView node)
    {
        if (node.HasTag)
        {
            AddTagCitation(node.Tag);
        }
    }

    private void AddTagCitation(InlineView tag)
    {
        if (tag.TagKind == TagKind.Source && tag.SourceId is { } id)
        {
            _citations.Add(new Citation(tag, _sourcesById.TryGetValue(id, out var source) ? source : null));
        }
    }

    private SourceSymbol? Resolve(InlineView tag) =>
        tag.TagKind == TagKind.Source && tag.SourceId is { } id && _sourcesById.TryGetValue(id, out var source) ? source : null;

    private void Attribute(Quotation quotation)
    {
        if (quotation.HasTag)
        {
            var tag = quotation.TagView;
            quotation.Attribution = tag.TagKind switch
            {
                TagKind.Source => AttributionKind.Tagged,
                TagKind.Title => AttributionKind.Title,
                TagKind.Term => AttributionKind.Term,
                _ => AttributionKind.None,
            };
            quotation.Source = Resolve(tag);
            quotation.IsSuggested = tag.TagKind == TagKind.Source && tag.IsSuggested;
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

    // Blocks are bound in order, so each position is at or a little after the previous one: start from its line.
    private LinePosition Position(int offset) => _tree.Text.GetLinePosition(offset, ref _lineHint);
}
