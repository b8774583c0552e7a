using System;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Syntax;

namespace NewsDsl.Language.Fixes;

/// <summary>
/// NEWS002: correct the id to the nearest declared one (the "did you mean" of the message), or
/// declare the source. Neither is safe: a near id may still be the wrong person, and a new
/// declaration needs its kind and name from the writer.
/// </summary>
internal static class UndeclaredSourceFixes
{
    /// <summary>The placeholder name of a declared source: one word, so no rule mistakes it for a name in the prose.</summary>
    public const string NamePlaceholder = NewsFixes.Placeholder;

    public static void Add(FixContext context)
    {
        if (context.SafeOnly || FindTag(context.Model, context.Span.Start) is not { SourceId: { } id } tag)
        {
            return;
        }

        if (ClosestId(id, context.Model) is { } closest)
        {
            context.Add(
                $"Change to {{@{closest.Id}}} ({closest.Name})",
                NewsTextEdit.Replace(tag.SourceIdSpan, closest.Id),
                isSafe: false,
                "NEWS002.did-you-mean",
                $"'{closest.Id}' is the declared id nearest to '{id}'");
        }

        var declaration = $"@source {id} person name=\"{NamePlaceholder}\"";
        context.Add(
            $"Declare source '{id}'",
            WhereToDeclare(context, declaration),
            isSafe: false,
            "NEWS002.declare-source",
            "declares a person named " + NamePlaceholder + ": set the kind and the name the article gives");
    }

    private static TagSyntax? FindTag(ArticleModel model, int at)
    {
        foreach (var citation in model.Citations)
        {
            if (citation.Source is null && citation.Tag.AtSign.Start == at)
            {
                return citation.Tag;
            }
        }

        return null;
    }

    /// <summary>After the last declaration, else after a closed front matter, else at the end of the file.</summary>
    private static NewsTextEdit WhereToDeclare(FixContext context, string declaration)
    {
        var blocks = context.Model.Syntax.Blocks;
        for (var i = blocks.Count - 1; i >= 0; i--)
        {
            if (blocks[i] is SourceDeclarationSyntax last)
            {
                return context.InsertLineAfter(context.LineOf(last.Span.Start), declaration);
            }
        }

        if (context.Model.Syntax.FrontMatter is { IsClosed: true } frontMatter)
        {
            return context.InsertLineAfter(context.LineOf(frontMatter.Span.End), declaration);
        }

        return context.InsertLineAtEnd(declaration);
    }

    /// <summary>The declared source within two edits of <paramref name="id"/> (the first of the nearest), as the message suggests.</summary>
    internal static SourceSymbol? ClosestId(string id, ArticleModel model)
    {
        SourceSymbol? best = null;
        var bestDistance = 3;
        foreach (var source in model.Sources)
        {
            var distance = EditDistance(id, source.Id, bestDistance);
            if (distance < bestDistance)
            {
                best = source;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>Levenshtein distance, or <paramref name="limit"/> when it is at least that (long ids are not compared).</summary>
    internal static int EditDistance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) >= limit || a.Length > 64 || b.Length > 64)
        {
            return limit;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return Math.Min(previous[b.Length], limit);
    }
}
