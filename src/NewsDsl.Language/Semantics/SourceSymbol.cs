using System.Collections.Generic;
using NewsDsl.Language.Syntax;

namespace NewsDsl.Language.Semantics;

/// <summary>A declared source, as the binder resolved it.</summary>
public sealed class SourceSymbol
{
    public SourceSymbol(string id, SourceKind kind, string name, string? title, string? reason, IReadOnlyList<string> aliases, SourceDeclarationSyntax declaration)
    {
        Id = id;
        Kind = kind;
        Name = name;
        Title = title;
        Reason = reason;
        Aliases = aliases;
        Declaration = declaration;
    }

    public string Id { get; }

    public SourceKind Kind { get; }

    /// <summary>The display name (<c>name="…"</c>); the id when the declaration lacks one (NEWS004 reported).</summary>
    public string Name { get; }

    public string? Title { get; }

    /// <summary>Why the source is anonymous (<c>reason="…"</c>).</summary>
    public string? Reason { get; }

    /// <summary>Other names the article uses for the source (<c>aka="…"</c>, comma-separated).</summary>
    public IReadOnlyList<string> Aliases { get; }

    public SourceDeclarationSyntax Declaration { get; }

    public override string ToString() => Id;
}
