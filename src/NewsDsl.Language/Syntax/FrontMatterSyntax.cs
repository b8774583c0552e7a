using System.Collections.Generic;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Syntax;

/// <summary>The <c>---</c> fenced block of <c>key: value</c> lines that opens an article.</summary>
public sealed class FrontMatterSyntax : NewsSyntaxNode
{
    public FrontMatterSyntax(TextSpan span, IReadOnlyList<FrontMatterEntrySyntax> entries, bool isClosed)
        : base(span)
    {
        Entries = entries;
        IsClosed = isClosed;
        AdoptAll(entries);
    }

    public IReadOnlyList<FrontMatterEntrySyntax> Entries { get; }

    /// <summary>False when no closing <c>---</c> was found (a syntax error was reported).</summary>
    public bool IsClosed { get; }

    /// <summary>The first entry with this key, or null.</summary>
    public FrontMatterEntrySyntax? Find(string key)
    {
        foreach (var entry in Entries)
        {
            if (entry.Key == key)
            {
                return entry;
            }
        }

        return null;
    }

    internal override void CollectChildren(ref List<NewsSyntaxNode>? children) => AddAll(ref children, Entries);
}
