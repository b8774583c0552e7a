using System.Collections.Generic;
using NewsDsl.Language.Syntax;
using NewsDsl.LanguageServer.Protocol;

namespace NewsDsl.LanguageServer.Features;

/// <summary>Folds: the front matter, each run of source declarations, and quotations over several paragraphs.</summary>
internal static class FoldingRangeProvider
{
    public static FoldingRange[] Build(DocumentSnapshot snapshot)
    {
        var ranges = new List<FoldingRange>();
        if (snapshot.Syntax.FrontMatter is { } frontMatter)
        {
            Add(ranges, snapshot, frontMatter.Span.Start, frontMatter.Span.End, "region");
        }

        // The source block: consecutive declarations (editor's notes between them do not break it).
        int? runStart = null;
        var runEnd = 0;
        foreach (var block in snapshot.Syntax.Blocks)
        {
            if (block is SourceDeclarationSyntax)
            {
                runStart ??= block.Span.Start;
                runEnd = block.Span.End;
            }
            else if (block is not CommentSyntax && runStart is { } start)
            {
                Add(ranges, snapshot, start, runEnd, "region");
                runStart = null;
            }
        }

        if (runStart is { } last)
        {
            Add(ranges, snapshot, last, runEnd, "region");
        }

        foreach (var quotation in snapshot.Model.Quotations)
        {
            if (quotation.Parts.Count > 1)
            {
                Add(ranges, snapshot, quotation.Parts[0].Span.Start, quotation.LastPart.Span.End, null);
            }
        }

        ranges.Sort((a, b) => a.StartLine != b.StartLine ? a.StartLine.CompareTo(b.StartLine) : b.EndLine.CompareTo(a.EndLine));
        return ranges.ToArray();
    }

    private static void Add(List<FoldingRange> ranges, DocumentSnapshot snapshot, int start, int end, string? kind)
    {
        var first = snapshot.Text.GetLinePosition(start).Line;
        var endPosition = snapshot.Text.GetLinePosition(end);

        // A span that ends with its line break ends on the line before.
        var lastLine = endPosition.Character == 0 && endPosition.Line > first ? endPosition.Line - 1 : endPosition.Line;
        if (lastLine > first)
        {
            ranges.Add(new FoldingRange(first, lastLine, kind));
        }
    }
}
