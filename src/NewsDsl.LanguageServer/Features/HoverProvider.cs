using System.Globalization;
using System.Text;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Syntax;
using NewsDsl.LanguageServer.Protocol;

namespace NewsDsl.LanguageServer.Features;

/// <summary>Hover: a source's card on its id or a tag; on a quotation, who said it and how.</summary>
internal static class HoverProvider
{
    public static Hover? Hover(DocumentSnapshot snapshot, Position position)
    {
        if (SourceNavigation.At(snapshot, position) is { } found)
        {
            if (found.References.Source is { } symbol)
            {
                return new Hover(MarkupContent.Markdown(Card(snapshot.Model, symbol)), snapshot.Map.ToRange(found.Span));
            }

            var id = found.References.SourceId;
            return new Hover(MarkupContent.Markdown($"**{Escape(id)}**: not declared in this article (NEWS002). Add `@source {id} <kind> name=\"…\"`."), snapshot.Map.ToRange(found.Span));
        }

        // The innermost quotation under the cursor (a cursor right after a quotation's tag still counts).
        var offset = snapshot.Map.ToOffset(position);
        var node = snapshot.Syntax.FindNode(offset) ?? (offset > 0 ? snapshot.Syntax.FindNode(offset - 1) : null);
        for (; node is not null; node = node.Parent)
        {
            if (node is QuotationSyntax part && snapshot.Model.FindQuotation(part) is { } quotation)
            {
                return new Hover(MarkupContent.Markdown(Describe(quotation)), snapshot.Map.ToRange(part.Span));
            }
        }

        return null;
    }

    public static string Card(ArticleModel model, SourceSymbol symbol)
    {
        var citations = model.FindReferences(symbol.Id).Citations.Count;

        var card = new StringBuilder();
        card.Append("**").Append(Escape(symbol.Name)).Append("** (`").Append(symbol.Id).Append("`, ").Append(SourceKinds.ToKeyword(symbol.Kind)).Append(')');
        if (symbol.Title is { Length: > 0 } title)
        {
            card.Append("\n\n").Append(Escape(title));
        }

        if (symbol.Reason is { Length: > 0 } reason)
        {
            card.Append("\n\nAnonymous because: ").Append(Escape(reason));
        }

        if (symbol.Aliases.Count > 0)
        {
            card.Append("\n\nAlso called: ").Append(Escape(string.Join(", ", symbol.Aliases)));
        }

        card.Append("\n\n").Append(citations switch
        {
            0 => "Not cited yet",
            1 => "Cited once",
            _ => string.Create(CultureInfo.InvariantCulture, $"Cited {citations} times"),
        });
        return card.ToString();
    }

    private static string Describe(Quotation quotation)
    {
        var text = new StringBuilder("Quotation: ");
        switch (quotation.Attribution)
        {
            case AttributionKind.Title:
                text.Append("a title, nobody's words");
                break;
            case AttributionKind.Term:
                text.Append("a term, nobody's words");
                break;
            case AttributionKind.None:
                text.Append("**unattributed**: tag it `{@source}` after the closing mark, or `{title}`/`{term}` (NEWS001)");
                break;
            default:
                if (quotation.Source is { } source)
                {
                    text.Append("said by **").Append(Escape(source.Name)).Append("**");
                    if (quotation.Attribution == AttributionKind.Inherited)
                    {
                        text.Append(" (from what encloses it)");
                    }

                    if (quotation.IsSuggested)
                    {
                        text.Append(", *suggested*: remove the `?` from the tag to confirm it");
                    }
                }
                else
                {
                    text.Append("attributed to `").Append(quotation.Tag?.SourceId ?? "?").Append("`, which is not declared");
                }

                break;
        }

        var cue = quotation.Cue ?? quotation.EnclosingClaim?.Cue;
        if (cue is { Length: > 0 })
        {
            text.Append(", cue *").Append(Escape(cue)).Append('*');
        }

        if (quotation.Via is { Length: > 0 } via)
        {
            text.Append(", via ").Append(Escape(via));
        }

        return text.ToString();
    }

    /// <summary>Article text shown as Markdown is text, never markup.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '{' or '}' or '[' or ']' or '<' or '>' or '(' or ')' or '#' or '+' or '!' or '|' or '~')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
