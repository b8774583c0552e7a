using System;
using System.Collections.Generic;
using NewsDsl.Language;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Syntax;
using NewsDsl.LanguageServer.Protocol;

namespace NewsDsl.LanguageServer.Features;

/// <summary>
/// Completion from the text before the cursor on its line (it works on half-typed text the parser
/// could not make sense of yet): source ids after <c>{@</c>, kinds and attributes in <c>@source</c>
/// lines, tag attributes and their common values, front matter keys.
/// </summary>
internal static class CompletionProvider
{
    public static readonly string[] FrontMatterKeys = { "id", "headline", "published", "byline", "desk", "deck", "dateline", "contributors" };
    public static readonly string[] DeclarationAttributes = { "name", "title", "reason", "aka" };
    public static readonly string[] TagAttributes = { "cue", "via", "about", "value" };

    private static readonly string[] s_cues = { "said", "told", "added", "stated", "wrote", "announced", "reported", "explained", "asked", "replied", "according to" };
    private static readonly string[] s_vias = { "a statement", "a news conference", "an interview", "television", "Twitter", "X", "email", "radio" };

    private static readonly CompletionList s_none = new(false, Array.Empty<CompletionItem>());

    public static CompletionList Complete(DocumentSnapshot snapshot, Position position)
    {
        var offset = snapshot.Map.ToOffset(position);
        var content = snapshot.Text.Content;
        var lineStart = snapshot.Text.LineStartOffsets[snapshot.Text.GetLinePosition(offset).Line];
        var before = content.AsSpan(lineStart, offset - lineStart);

        if (snapshot.Syntax.FrontMatter is { } frontMatter && offset > frontMatter.Span.Start && offset < frontMatter.Span.End && lineStart > frontMatter.Span.Start)
        {
            return FrontMatter(snapshot, frontMatter, before, offset);
        }

        if (before.StartsWith("@source ", StringComparison.Ordinal))
        {
            return Declaration(snapshot, before.Slice("@source ".Length).ToString(), offset);
        }

        if (before.StartsWith("%%", StringComparison.Ordinal))
        {
            return s_none;
        }

        var open = before.LastIndexOf('{');
        if (open >= 0 && before.Slice(open).IndexOf('}') < 0 && (open == 0 || before[open - 1] != '\\'))
        {
            return Tag(snapshot, before.Slice(open + 1).ToString(), offset);
        }

        return s_none;
    }

    private static CompletionList FrontMatter(DocumentSnapshot snapshot, FrontMatterSyntax frontMatter, ReadOnlySpan<char> before, int offset)
    {
        if (before.IndexOf(':') >= 0 || before.StartsWith("---", StringComparison.Ordinal))
        {
            return s_none;
        }

        var items = new List<CompletionItem>();
        foreach (var key in FrontMatterKeys)
        {
            if (frontMatter.Find(key) is null && key.StartsWith(before.Trim().ToString(), StringComparison.Ordinal))
            {
                items.Add(Item(snapshot, key, key + ": ", CompletionItemKind.Property, key is "id" or "headline" ? "required" : "optional", offset - before.Length, offset));
            }
        }

        return new CompletionList(false, items);
    }

    private static CompletionList Declaration(DocumentSnapshot snapshot, string afterKeyword, int offset)
    {
        var parts = afterKeyword.Split(' ');
        if (parts.Length == 2)
        {
            // "@source <id> <kind-so-far>"
            var partial = parts[1];
            var items = new List<CompletionItem>();
            foreach (var kind in NewsSyntaxFacts.SourceKindKeywords)
            {
                if (kind.StartsWith(partial, StringComparison.Ordinal))
                {
                    items.Add(Item(snapshot, kind, kind + " ", CompletionItemKind.EnumMember, kind == "anonymous" ? "needs reason=\"…\"" : "source kind", offset - partial.Length, offset));
                }
            }

            return new CompletionList(false, items);
        }

        if (parts.Length > 2 && !InsideQuotedValue(afterKeyword))
        {
            var partial = parts[parts.Length - 1];
            var present = new HashSet<string>(StringComparer.Ordinal);
            foreach (var part in parts)
            {
                var equals = part.IndexOf('=');
                if (equals > 0)
                {
                    present.Add(part.Substring(0, equals));
                }
            }

            var items = new List<CompletionItem>();
            foreach (var attribute in DeclarationAttributes)
            {
                if (!present.Contains(attribute) && attribute.StartsWith(partial, StringComparison.Ordinal))
                {
                    items.Add(Item(snapshot, attribute, attribute + "=\"", CompletionItemKind.Property, "source attribute", offset - partial.Length, offset));
                }
            }

            return new CompletionList(false, items);
        }

        return s_none;
    }

    private static CompletionList Tag(DocumentSnapshot snapshot, string inside, int offset)
    {
        var model = snapshot.Model;
        if (inside.Length == 0 || (inside[0] == '@' && IsIdPrefix(inside.AsSpan(1))))
        {
            // "{@zar|" or "{|": source ids (and, right after the brace, the other tag kinds).
            var partial = inside.Length == 0 ? string.Empty : inside.Substring(1);
            var replaceFrom = offset - partial.Length;
            var items = new List<CompletionItem>();
            foreach (var source in model.Sources)
            {
                if (source.Id.StartsWith(partial, StringComparison.Ordinal))
                {
                    var item = Item(snapshot, source.Id, (inside.Length == 0 ? "@" : string.Empty) + source.Id, CompletionItemKind.Reference, source.Title is { Length: > 0 } title ? source.Name + ", " + title : source.Name, replaceFrom, offset);
                    items.Add(item with { Documentation = MarkupContent.Markdown(HoverProvider.Card(model, source)), FilterText = (inside.Length == 0 ? "@" : string.Empty) + source.Id });
                }
            }

            if (inside.Length == 0)
            {
                items.Add(Item(snapshot, "title", "title", CompletionItemKind.Keyword, "a title: nobody's words", offset, offset));
                items.Add(Item(snapshot, "term", "term", CompletionItemKind.Keyword, "a term or scare quote: nobody's words", offset, offset));
            }

            return new CompletionList(false, items);
        }

        if (inside[0] != '@' || inside.IndexOf(' ') < 0)
        {
            return s_none;
        }

        if (InsideQuotedValue(inside))
        {
            // cue="sa|": common values, and those this article already uses for the attribute.
            var quote = inside.LastIndexOf('"');
            var partial = inside.Substring(quote + 1);
            var nameEnd = quote - 1;
            if (nameEnd < 1 || inside[nameEnd] != '=')
            {
                return s_none;
            }

            var nameStart = inside.LastIndexOf(' ', nameEnd) + 1;
            var name = inside.Substring(nameStart, nameEnd - nameStart);
            var values = new List<string>();
            AddUsedValues(model, name, values);
            foreach (var common in name switch { "cue" => s_cues, "via" => s_vias, _ => Array.Empty<string>() })
            {
                if (!values.Contains(common))
                {
                    values.Add(common);
                }
            }

            var items = new List<CompletionItem>();
            foreach (var value in values)
            {
                if (value.StartsWith(partial, StringComparison.OrdinalIgnoreCase))
                {
                    items.Add(Item(snapshot, value, value, CompletionItemKind.Value, name, offset - partial.Length, offset));
                }
            }

            return new CompletionList(false, items);
        }

        var last = inside.Substring(inside.LastIndexOf(' ') + 1);
        if (last.IndexOf('=') >= 0)
        {
            return s_none;
        }

        var attributeItems = new List<CompletionItem>();
        foreach (var attribute in TagAttributes)
        {
            if (attribute.StartsWith(last, StringComparison.Ordinal) && !inside.Contains(" " + attribute + "=", StringComparison.Ordinal))
            {
                attributeItems.Add(Item(snapshot, attribute, attribute + "=\"", CompletionItemKind.Property, "tag attribute", offset - last.Length, offset));
            }
        }

        return new CompletionList(false, attributeItems);
    }

    private static void AddUsedValues(ArticleModel model, string name, List<string> values)
    {
        foreach (var citation in model.Citations)
        {
            if (citation.Tag.GetAttribute(name) is { Length: > 0 } value && !values.Contains(value))
            {
                values.Add(value);
            }
        }

        if (name == "about")
        {
            foreach (var group in model.Figures)
            {
                if (!values.Contains(group.About))
                {
                    values.Add(group.About);
                }
            }
        }
    }

    /// <summary>True when an odd number of unescaped double quotes precede the cursor: it is inside a value.</summary>
    private static bool InsideQuotedValue(string text)
    {
        var inside = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == '"')
            {
                inside = !inside;
            }
        }

        return inside;
    }

    private static bool IsIdPrefix(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!NewsSyntaxFacts.IsIdCharacter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static CompletionItem Item(DocumentSnapshot snapshot, string label, string insert, int kind, string? detail, int from, int to) => new()
    {
        Label = label,
        Kind = kind,
        Detail = detail,
        TextEdit = new TextEdit(new Protocol.Range(snapshot.Map.ToPosition(from), snapshot.Map.ToPosition(to)), insert),
    };
}
