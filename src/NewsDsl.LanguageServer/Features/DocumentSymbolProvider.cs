using System.Collections.Generic;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;
using NewsDsl.LanguageServer.Protocol;

namespace NewsDsl.LanguageServer.Features;

/// <summary>The outline: front matter (with its keys), the sources, and the headings.</summary>
internal static class DocumentSymbolProvider
{
    public static DocumentSymbol[] Build(DocumentSnapshot snapshot)
    {
        var map = snapshot.Map;
        var symbols = new List<DocumentSymbol>();
        if (snapshot.Syntax.FrontMatter is { } frontMatter)
        {
            var keys = new List<DocumentSymbol>();
            foreach (var entry in frontMatter.Entries)
            {
                keys.Add(new DocumentSymbol(entry.Key, entry.Value, SymbolKind.Property, map.ToRange(entry.Span), map.ToRange(entry.KeySpan), null));
            }

            var name = snapshot.Model.Metadata.Id ?? "front matter";
            var selection = frontMatter.Find("id") is { } id ? id.ValueSpan : new TextSpan(frontMatter.Span.Start, 0);
            symbols.Add(new DocumentSymbol(name, snapshot.Model.Metadata.Headline, SymbolKind.Module, map.ToRange(frontMatter.Span), map.ToRange(selection), keys));
        }

        foreach (var block in snapshot.Syntax.Blocks)
        {
            switch (block)
            {
                case SourceDeclarationSyntax declaration when declaration.Id.Length > 0:
                    var source = snapshot.Model.FindSource(declaration.Id);
                    var detail = source is null ? declaration.KindText : SourceKinds.ToKeyword(source.Kind) + ": " + source.Name;
                    symbols.Add(new DocumentSymbol(declaration.Id, detail, SymbolKind.Variable, map.ToRange(declaration.Span), map.ToRange(declaration.IdSpan), null));
                    break;
                case HeadingSyntax heading:
                    var title = snapshot.Text.ToString(heading.ContentSpan).Trim();
                    symbols.Add(new DocumentSymbol(title.Length == 0 ? "(heading)" : title, heading.Level == 1 ? "#" : "##", SymbolKind.String, map.ToRange(heading.Span), map.ToRange(heading.ContentSpan), null));
                    break;
            }
        }

        return symbols.ToArray();
    }
}
