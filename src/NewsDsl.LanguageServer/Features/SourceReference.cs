using NewsDsl.Language.Semantics;
using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;

namespace NewsDsl.LanguageServer.Features;

/// <summary>A source id under the cursor: in a declaration or in a <c>{@id}</c> tag, and what it resolves to.</summary>
internal sealed record SourceReference(string Id, TextSpan Span, SourceSymbol? Symbol, bool IsDeclaration, TagSyntax? Tag)
{
    public static SourceReference? At(DocumentSnapshot snapshot, int offset)
    {
        var model = snapshot.Model;
        var block = SyntaxLookup.BlockAt(snapshot.Syntax, offset);
        if (block is SourceDeclarationSyntax declaration)
        {
            if (declaration.Id.Length > 0 && offset >= declaration.IdSpan.Start && offset <= declaration.IdSpan.End)
            {
                var symbol = model.FindSource(declaration.Id);
                return new SourceReference(declaration.Id, declaration.IdSpan, symbol is not null && ReferenceEquals(symbol.Declaration, declaration) ? symbol : symbol, true, null);
            }

            return null;
        }

        var path = SyntaxLookup.InlinesAt(snapshot.Syntax, offset);
        if (path.Count > 0 && path[path.Count - 1] is TagSyntax { Kind: TagKind.Source, SourceId: { Length: > 0 } id } tag
            && offset >= tag.AtSign.Start && offset <= tag.SourceIdSpan.End)
        {
            return new SourceReference(id, tag.SourceIdSpan, model.FindSource(id), false, tag);
        }

        return null;
    }
}
