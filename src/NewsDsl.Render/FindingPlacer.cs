using System.Collections.Generic;
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
    private readonly List<(NewsDiagnostic Diagnostic, string ElementId)> _flow = new();
    private readonly List<(NewsDiagnostic Diagnostic, string ElementId)> _header = new();
    private readonly List<(NewsDiagnostic, string)>?[] _bySource;
    private int _next;

    public FindingPlacer(IReadOnlyList<NewsDiagnostic> diagnostics, NewsSyntaxTree syntax, IReadOnlyList<SourceDeclarationSyntax> panelDeclarations)
    {
        var declarations = panelDeclarations;
        _bySource = new List<(NewsDiagnostic, string)>?[declarations.Count];

        var frontMatterEnd = syntax.FrontMatter?.Span.End ?? 0;
        var firstBlock = syntax.Blocks.Count > 0 ? syntax.Blocks[0].Span.Start : int.MaxValue;
        All = new List<(NewsDiagnostic, string)>(diagnostics.Count);
        for (var i = 0; i < diagnostics.Count; i++)
        {
            var diagnostic = diagnostics[i];
            var entry = (diagnostic, "finding-" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            All.Add(entry);
            var start = diagnostic.Span.Start;
            if (start < frontMatterEnd || (syntax.FrontMatter is null && start < firstBlock && start == 0))
            {
                _header.Add(entry);
            }
            else if (FindDeclaration(declarations, start) is var owner && owner >= 0)
            {
                (_bySource[owner] ??= new List<(NewsDiagnostic, string)>()).Add(entry);
            }
            else
            {
                _flow.Add(entry);
            }
        }

        // Diagnostics come sorted by position; the flow keeps that order.
    }

    /// <summary>Every finding with its element id, in position order (the findings list).</summary>
    public List<(NewsDiagnostic Diagnostic, string ElementId)> All { get; }

    public IReadOnlyList<(NewsDiagnostic Diagnostic, string ElementId)> Header => _header;

    /// <summary>The findings on the declaration of the source at <paramref name="index"/> (in the order given to the constructor).</summary>
    public IReadOnlyList<(NewsDiagnostic Diagnostic, string ElementId)> ForDeclaration(int index) =>
        (IReadOnlyList<(NewsDiagnostic, string)>?)_bySource[index] ?? System.Array.Empty<(NewsDiagnostic, string)>();

    /// <summary>The offset of the next finding still to show in the flow, or <see cref="int.MaxValue"/>.</summary>
    public int NextOffset => _next < _flow.Count ? _flow[_next].Diagnostic.Span.Start : int.MaxValue;

    /// <summary>Takes the next flow finding if it starts before <paramref name="offset"/>.</summary>
    public bool TryTakeBefore(int offset, out (NewsDiagnostic Diagnostic, string ElementId) finding)
    {
        if (_next < _flow.Count && _flow[_next].Diagnostic.Span.Start < offset)
        {
            finding = _flow[_next++];
            return true;
        }

        finding = default;
        return false;
    }

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
