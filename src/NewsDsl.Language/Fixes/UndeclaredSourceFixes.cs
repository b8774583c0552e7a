using System;
using NewsDsl.Language.Rules;
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

        if (UndeclaredSourceRule.ClosestSource(id, context.Model) is { } closest)
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
}
