using NewsDsl.Language.Semantics;

namespace NewsDsl.Language.Fixes;

/// <summary>
/// NEWS005: add a <c>reason="…"</c> placeholder (or fill an empty one). Never safe: the reason is the
/// writer's to state, and the placeholder would otherwise silence the finding with nothing said.
/// </summary>
internal static class AnonymousWithoutReasonFixes
{
    public const string ReasonPlaceholder = NewsFixes.Placeholder + ": say why the source cannot be named";

    public static void Add(FixContext context)
    {
        if (context.SafeOnly || Find(context.Model, context.Span.Start) is not { } source)
        {
            return;
        }

        var declaration = source.Declaration;
        var content = context.Content;
        NewsTextEdit edit;
        if (declaration.GetAttribute("reason") is { } empty)
        {
            // reason="" (or blank) counts as none: fill it in place.
            edit = NewsTextEdit.Replace(empty.ValueSpan, ReasonPlaceholder);
        }
        else
        {
            var after = declaration.KindSpan.End;
            foreach (var attribute in declaration.Attributes)
            {
                after = attribute.Span.End;
            }

            // After an unclosed value the new attribute would land inside it: that line needs its quote first.
            if (declaration.Attributes.Count > 0 && content[after - 1] != '"')
            {
                return;
            }

            edit = NewsTextEdit.Insert(after, $" reason=\"{ReasonPlaceholder}\"");
        }

        context.Add("Add reason=\"…\" for the anonymity", edit, isSafe: false, "NEWS005.add-reason", "the placeholder must be replaced by the reason the story gives readers");
    }

    private static SourceSymbol? Find(ArticleModel model, int at)
    {
        foreach (var source in model.Sources)
        {
            if (source.Declaration.IdSpan.Start == at && source.Kind == SourceKind.Anonymous && source.Reason is null)
            {
                return source;
            }
        }

        return null;
    }
}
