using System.Collections.Generic;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Syntax;

/// <summary><c>@source &lt;id&gt; &lt;kind&gt; name="…" [title="…"] [reason="…"] [aka="…"]</c>.</summary>
public sealed class SourceDeclarationSyntax : BlockSyntax
{
    public SourceDeclarationSyntax(TextSpan span, string id, TextSpan idSpan, string kindText, TextSpan kindSpan, IReadOnlyList<AttributeSyntax> attributes)
        : base(span)
    {
        Id = id;
        IdSpan = idSpan;
        KindText = kindText;
        KindSpan = kindSpan;
        Attributes = attributes;
        AdoptAll(attributes);
    }

    /// <summary>The id as written (empty when missing).</summary>
    public string Id { get; }

    public TextSpan IdSpan { get; }

    /// <summary>The kind as written (empty when missing).</summary>
    public string KindText { get; }

    public TextSpan KindSpan { get; }

    public IReadOnlyList<AttributeSyntax> Attributes { get; }

    public AttributeSyntax? GetAttribute(string name)
    {
        // An index loop: foreach over the interface would allocate an enumerator per lookup.
        var attributes = Attributes;
        for (var i = 0; i < attributes.Count; i++)
        {
            var attribute = attributes[i];
            if (attribute.Name == name)
            {
                return attribute;
            }
        }

        return null;
    }

    internal override NewsSyntaxNode? MovedBy(int delta) =>
        MoveAll(Attributes, delta) is { } attributes
            ? new SourceDeclarationSyntax(Move(Span, delta), Id, Move(IdSpan, delta), KindText, Move(KindSpan, delta), attributes)
            : null;

    internal override void CollectChildren(ref List<NewsSyntaxNode>? children) => AddAll(ref children, Attributes);
}
