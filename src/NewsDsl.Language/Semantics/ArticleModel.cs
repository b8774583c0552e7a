using System;
using System.Collections.Generic;
using System.Threading;
using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Semantics;

/// <summary>The semantic model of one article: metadata, sources, quotations, claims and citations, all resolved.</summary>
public sealed class ArticleModel
{
    // Lazy caches. Each is built whole, then published with one reference write, so a model can be
    // read from many threads at once: a thread sees either nothing (and builds an equal copy) or a
    // finished object. The cited list and set travel together so they can never be seen half-set.
    private Dictionary<QuotationSyntax, Quotation>? _byLaterPart;
    private List<Quotation>? _severalParts;
    private CitedSet? _cited;

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
    public IReadOnlyList<SourceSymbol> CitedSources => Cited.List;

    /// <summary>Whether any tag cites <paramref name="source"/>.</summary>
    public bool IsCited(SourceSymbol source) => Cited.Set.Contains(source);

    private CitedSet Cited => Volatile.Read(ref _cited) ?? Publish(ref _cited, FindCitedSources());

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
        if (FirstPartAt(part.Span.Start, part, default) is { } byFirstPart)
        {
            return byFirstPart;
        }

        var byLaterPart = Volatile.Read(ref _byLaterPart);
        if (byLaterPart is null)
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

            byLaterPart = Publish(ref _byLaterPart, map);
        }

        if (byLaterPart.TryGetValue(part, out var found))
        {
            return found;
        }

        // Not where the order says (a tree bound twice, or a part of another tree): look everywhere, as before.
        for (var i = 0; i < quotations.Count; i++)
        {
            if (quotations[i].FirstView.Is(part))
            {
                return quotations[i];
            }
        }

        return null;
    }

    /// <summary>
    /// The quotation whose first part is <paramref name="node"/> (or, when it is null, <paramref name="view"/>), found
    /// by a binary search of the quotations by their first part's start; null when no first part is it.
    /// </summary>
    private Quotation? FirstPartAt(int start, QuotationSyntax? node, InlineView view)
    {
        var quotations = Quotations;
        int low = 0, high = quotations.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) >> 1;
            var first = quotations[mid].FirstView;
            if (node is null ? first.SameAs(view) : first.Is(node))
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

        return null;
    }

    /// <summary>
    /// The quotation a part read from a green table belongs to, found without making any node: by position for
    /// a first part, else among the later parts of the (few) quotations over paragraphs.
    /// </summary>
    internal Quotation? FindQuotation(InlineView part)
    {
        var quotations = Quotations;
        if (FirstPartAt(part.Span.Start, null, part) is { } byFirstPart)
        {
            return byFirstPart;
        }

        var severalParts = Volatile.Read(ref _severalParts);
        if (severalParts is null)
        {
            var list = new List<Quotation>();
            for (var i = 0; i < quotations.Count; i++)
            {
                if (quotations[i].HasSeveralParts)
                {
                    list.Add(quotations[i]);
                }
            }

            severalParts = Publish(ref _severalParts, list);
        }

        foreach (var quotation in severalParts)
        {
            if (quotation.HasLaterPart(part))
            {
                return quotation;
            }
        }

        return null;
    }

    /// <summary>
    /// Every place <paramref name="sourceId"/> is written: its declarations and the tags that cite it,
    /// resolved or not (so renaming an undeclared id finds its tags too).
    /// </summary>
    public SourceReferences FindReferences(string sourceId)
    {
        if (sourceId is null)
        {
            throw new ArgumentNullException(nameof(sourceId));
        }

        var declarations = new List<TextSpan>();
        foreach (var block in Syntax.Blocks)
        {
            if (block is SourceDeclarationSyntax declaration && declaration.Id == sourceId)
            {
                declarations.Add(declaration.IdSpan);
            }
        }

        var references = new List<TextSpan>();
        var citations = new List<Citation>();
        for (var i = 0; i < Citations.Count; i++)
        {
            var citation = Citations[i];
            if (citation.TagView.SourceId == sourceId)
            {
                references.Add(citation.TagView.SourceIdSpan);
                citations.Add(citation);
            }
        }

        // Citations are in binding order (a quotation's tag after its nested ones); the contract is document order.
        if (!IsSorted(references))
        {
            var order = new List<int>(references.Count);
            for (var i = 0; i < references.Count; i++)
            {
                order.Add(i);
            }

            order.Sort((a, b) => references[a].Start.CompareTo(references[b].Start));
            var sortedReferences = new List<TextSpan>(references.Count);
            var sortedCitations = new List<Citation>(references.Count);
            foreach (var index in order)
            {
                sortedReferences.Add(references[index]);
                sortedCitations.Add(citations[index]);
            }

            references = sortedReferences;
            citations = sortedCitations;
        }

        return new SourceReferences(sourceId, FindSource(sourceId), declarations.AsReadOnly(), references.AsReadOnly(), citations.AsReadOnly());
    }

    /// <summary>
    /// The source id written at <paramref name="position"/> (a UTF-16 offset): on a declaration's id
    /// or a tag's id, end included so that a cursor right after the id counts; else null.
    /// </summary>
    public string? FindSourceIdAt(int position) =>
        IdAt(Syntax.FindNode(position), position) ?? (position > 0 ? IdAt(Syntax.FindNode(position - 1), position) : null);

    /// <summary>The claim an attributed span is, or null when the span is not of this model.</summary>
    public Claim? FindClaim(AttributedSpanSyntax span)
    {
        for (var i = 0; i < Claims.Count; i++)
        {
            if (Claims[i].View.Is(span))
            {
                return Claims[i];
            }
        }

        return null;
    }

    /// <summary>The citation a <c>{@id}</c> tag makes, or null (a title/term/own tag, or a tag of another model).</summary>
    public Citation? FindCitation(TagSyntax tag)
    {
        for (var i = 0; i < Citations.Count; i++)
        {
            if (Citations[i].TagView.Is(tag))
            {
                return Citations[i];
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

    private static string? IdAt(NewsSyntaxNode? node, int position) => node switch
    {
        SourceDeclarationSyntax declaration when declaration.Id.Length > 0 && Touches(declaration.IdSpan, position) => declaration.Id,
        TagSyntax { SourceId: { } id } tag when Touches(tag.SourceIdSpan, position) => id,
        _ => null,
    };

    private static bool Touches(TextSpan span, int position) => position >= span.Start && position <= span.End;

    private static bool IsSorted(List<TextSpan> spans)
    {
        for (var i = 1; i < spans.Count; i++)
        {
            if (spans[i].Start < spans[i - 1].Start)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Publishes a finished cache; when another thread won the race, its (equal) copy is kept.</summary>
    private static T Publish<T>(ref T? field, T value)
        where T : class =>
        Interlocked.CompareExchange(ref field, value, null) ?? value;

    private CitedSet FindCitedSources()
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

        return new CitedSet(list.AsReadOnly(), set);
    }

    private sealed class CitedSet
    {
        public CitedSet(IReadOnlyList<SourceSymbol> list, HashSet<SourceSymbol> set)
        {
            List = list;
            Set = set;
        }

        public IReadOnlyList<SourceSymbol> List { get; }

        public HashSet<SourceSymbol> Set { get; }
    }
}
