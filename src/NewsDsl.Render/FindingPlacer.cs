using System.Collections.Generic;
using System.Linq;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Syntax;

namespace NewsDsl.Render;

/// <summary>
/// Decides where each finding is shown: those on the front matter in the article's header, those
/// on a source's declaration in that source's entry of the panel, every other one in the article's
/// flow at its offset (inside a paragraph where it points into one). Every finding is shown exactly
/// once inline and gets a stable element id the findings list links to.
/// </summary>
internal sealed class FindingPlacer
{
    private readonly List<PlacedFinding> _flow = new();
    private readonly List<PlacedFinding> _header = new();
    private readonly List<PlacedFinding>?[] _bySource;
    private int _next;

    public FindingPlacer(IReadOnlyList<NewsDiagnostic> diagnostics, NewsSyntaxTree syntax, IReadOnlyList<SourceDeclarationSyntax> panelDeclarations)
    {
        var declarations = panelDeclarations;
        _bySource = new List<PlacedFinding>?[declarations.Count];

        var frontMatterEnd = syntax.FrontMatter?.Span.End ?? 0;
        var firstBlock = syntax.Blocks.Count > 0 ? syntax.Blocks[0].Span.Start : int.MaxValue;
        All = new List<(NewsDiagnostic, string)>(diagnostics.Count);
        var placed = new List<PlacedFinding>(diagnostics.Count);
        for (var i = 0; i < diagnostics.Count; i++)
        {
            var diagnostic = diagnostics[i];
            var id = ElementIdOf(i);
            All.Add((diagnostic, id));
            placed.Add(new PlacedFinding(diagnostic, id, diagnostic.Span.Start, IsAnchor: false));

            // The places a finding's rule named besides its own (AdditionalLocations) in this article get an
            // anchor the finding links to; those in another article are named, not linked (see RelatedLinks).
            for (var k = 0; k < diagnostic.AdditionalLocations.Count; k++)
            {
                if (IsInThisArticle(diagnostic, diagnostic.AdditionalLocations[k]))
                {
                    placed.Add(new PlacedFinding(diagnostic, RelatedIdOf(id, k), diagnostic.AdditionalLocations[k].Span.Start, IsAnchor: true));
                }
            }
        }

        // Stable: findings come sorted by position, and an anchor follows the findings at its offset.
        foreach (var entry in placed.OrderBy(p => p.Offset))
        {
            var start = entry.Offset;
            if (start < frontMatterEnd || (syntax.FrontMatter is null && start < firstBlock && start == 0))
            {
                _header.Add(entry);
            }
            else if (FindDeclaration(declarations, start) is var owner && owner >= 0)
            {
                (_bySource[owner] ??= new List<PlacedFinding>()).Add(entry);
            }
            else
            {
                _flow.Add(entry);
            }
        }
    }

    /// <summary>Every finding with its element id, in position order (the findings list).</summary>
    public List<(NewsDiagnostic Diagnostic, string ElementId)> All { get; }

    public IReadOnlyList<PlacedFinding> Header => _header;

    /// <summary>The id of the anchor for additional location <paramref name="index"/> of the finding whose element is <paramref name="findingId"/>.</summary>
    public static string RelatedIdOf(string findingId, int index) =>
        findingId + "-related-" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Whether an additional location is in the article the finding (and so the page) is about.</summary>
    public static bool IsInThisArticle(NewsDiagnostic diagnostic, NewsRelatedLocation location) =>
        string.Equals(location.Path, diagnostic.Path, System.StringComparison.Ordinal);

    /// <summary>The findings and anchors on the declaration of the source at <paramref name="index"/> (in the order given to the constructor).</summary>
    public IReadOnlyList<PlacedFinding> ForDeclaration(int index) =>
        (IReadOnlyList<PlacedFinding>?)_bySource[index] ?? System.Array.Empty<PlacedFinding>();

    /// <summary>The offset of the next finding or anchor still to show in the flow, or <see cref="int.MaxValue"/>.</summary>
    public int NextOffset => _next < _flow.Count ? _flow[_next].Offset : int.MaxValue;

    /// <summary>Takes the next flow finding or anchor if it starts before <paramref name="offset"/>.</summary>
    public bool TryTakeBefore(int offset, out PlacedFinding finding)
    {
        if (_next < _flow.Count && _flow[_next].Offset < offset)
        {
            finding = _flow[_next++];
            return true;
        }

        finding = default;
        return false;
    }

    private static string ElementIdOf(int index) => "finding-" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static int FindDeclaration(IReadOnlyList<SourceDeclarationSyntax> declarations, int offset)
    {
        for (var i = 0; i < declarations.Count; i++)
        {
            if (declarations[i].Span.Contains(offset))
            {
                return i;
            }
        }

        return -1;
    }
}
