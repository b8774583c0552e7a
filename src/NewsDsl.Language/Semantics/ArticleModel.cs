using System;
using System.Collections.Generic;
using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Semantics;

/// <summary>The semantic model of one article: metadata, sources, quotations, claims and citations, all resolved.</summary>
public sealed class ArticleModel
{
    private Dictionary<QuotationSyntax, Quotation>? _byLaterPart;
    private List<SourceSymbol>? _cited;
    private HashSet<SourceSymbol>? _citedSet;

    internal ArticleModel(
        NewsSyntaxTree syntax,
        ArticleMetadata metadata,
        IReadOnlyList<SourceSymbol> sources,
        IReadOnlyList<SourceDeclarationSyntax> duplicateDeclarations,
        IReadOnlyList<Quotation> quotations,
        IReadOnlyList<Quotation> quotes,
        IReadOnlyList<Claim> claims,
        IReadOnlyList<Citation> citations,
        IReadOnlyList<FigureGroup> figures)
    {
        Syntax = syntax;
        Metadata = metadata;
        Sources = sources;
        DuplicateDeclarations = duplicateDeclarations;
        Quotations = quotations;
        Quotes = quotes;
        Claims = claims;
        Citations = citations;
        Figures = figures;
    }

    public NewsSyntaxTree Syntax { get; }

    public NewsText Text => Syntax.Text;

    public ArticleMetadata Metadata { get; }

    /// <summary>Declared sources in order; of an id declared twice, the first.</summary>
    public IReadOnlyList<SourceSymbol> Sources { get; }

    /// <summary>Declarations whose id was already declared (NEWS006).</summary>
    public IReadOnlyList<SourceDeclarationSyntax> DuplicateDeclarations { get; }

    /// <summary>Every quotation in document order: nested ones, {title}/{term} ones and unclosed ones included.</summary>
    public IReadOnlyList<Quotation> Quotations { get; }

    /// <summary>
    /// The quotations that are someone's words, as the contract lists them: not nested in another
    /// quotation, not {title}/{term}; those inside an attributed span carry the span's source.
    /// </summary>
    public IReadOnlyList<Quotation> Quotes { get; }

    /// <summary>Every attributed span in document order.</summary>
    public IReadOnlyList<Claim> Claims { get; }

    /// <summary>Every <c>{@id}</c> tag in document order, resolved or not.</summary>
    public IReadOnlyList<Citation> Citations { get; }

    /// <summary>The declared sources that at least one tag cites, each once, in order of first citation.</summary>
    public IReadOnlyList<SourceSymbol> CitedSources => _cited ??= FindCitedSources();

    /// <summary>Whether any tag cites <paramref name="source"/>.</summary>
    public bool IsCited(SourceSymbol source)
    {
        _ = CitedSources;
        return _citedSet!.Contains(source);
    }

    /// <summary>Figures grouped by what they are about, in order of first appearance.</summary>
    public IReadOnlyList<FigureGroup> Figures { get; }

    /// <summary>The quotation a syntax part belongs to (for a quotation over paragraphs, any of its parts).</summary>
    public Quotation? FindQuotation(QuotationSyntax part)
    {
        if (part is null)
        {
            throw new ArgumentNullException(nameof(part));
        }

        // Quotations are in order of their first part (parents before their nested ones), so a first
        // part is found by position; the later parts of quotations over paragraphs are few and kept aside.
        var quotations = Quotations;
        int low = 0, high = quotations.Count - 1;
        var start = part.Span.Start;
        while (low <= high)
        {
            var mid = (low + high) >> 1;
            var first = quotations[mid].FirstPart;
            if (ReferenceEquals(first, part))
            {
                return quotations[mid];
            }

            if (first.Span.Start < start)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        if (_byLaterPart is null)
        {
            var map = new Dictionary<QuotationSyntax, Quotation>();
            for (var i = 0; i < quotations.Count; i++)
            {
                var quotation = quotations[i];
                if (quotation.HasSeveralParts)
                {
                    var parts = quotation.Parts;
                    for (var k = 1; k < parts.Count; k++)
                    {
                        map[parts[k]] = quotation;
                    }
                }
            }

            _byLaterPart = map;
        }

        if (_byLaterPart.TryGetValue(part, out var found))
        {
            return found;
        }

        // Not where the order says (a tree bound twice, or a part of another tree): look everywhere, as before.
        for (var i = 0; i < quotations.Count; i++)
        {
            if (ReferenceEquals(quotations[i].FirstPart, part))
            {
                return quotations[i];
            }
        }

        return null;
    }

    public SourceSymbol? FindSource(string id)
    {
        foreach (var source in Sources)
        {
            if (source.Id == id)
            {
                return source;
            }
        }

        return null;
    }

    private List<SourceSymbol> FindCitedSources()
    {
        var set = new HashSet<SourceSymbol>();
        var list = new List<SourceSymbol>();
        for (var i = 0; i < Citations.Count; i++)
        {
            if (Citations[i].Source is { } source && set.Add(source))
            {
                list.Add(source);
            }
        }

        _citedSet = set;
        return list;
    }
}
