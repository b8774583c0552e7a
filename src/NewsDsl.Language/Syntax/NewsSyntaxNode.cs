using System.Collections.Generic;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Syntax;

/// <summary>
/// Base of every syntax node: each knows exactly which text it covers, its parent and its children.
/// A node is immutable once its tree is built (a parent adopts its children while it is constructed).
/// </summary>
public abstract class NewsSyntaxNode
{
    private static readonly IReadOnlyList<NewsSyntaxNode> s_noChildren = new NewsSyntaxNode[0];

    protected NewsSyntaxNode(TextSpan span)
    {
        Span = span;
    }

    public TextSpan Span { get; }

    /// <summary>
    /// The node this one belongs to; null for the front matter and the blocks of the body (their
    /// container is the <see cref="NewsSyntaxTree"/>), and for a node no parent adopted.
    /// </summary>
    public NewsSyntaxNode? Parent { get; private set; }

    /// <summary>
    /// The direct children in document order: front matter entries, a declaration's or tag's
    /// attributes, a block's inlines, a quotation's or span's nested inlines followed by its tag, a
    /// note's suppression directive, a directive's IDs. (<see cref="QuotationSyntax.Children"/> and
    /// <see cref="AttributedSpanSyntax.Children"/> keep their older meaning: the nested inlines only.)
    /// </summary>
    public IReadOnlyList<NewsSyntaxNode> ChildNodes()
    {
        List<NewsSyntaxNode>? children = null;
        CollectChildren(ref children);
        return (IReadOnlyList<NewsSyntaxNode>?)children ?? s_noChildren;
    }

    /// <summary>Every node under this one, in document order (a parent before its children); not this node.</summary>
    public IEnumerable<NewsSyntaxNode> Descendants()
    {
        var stack = new Stack<IEnumerator<NewsSyntaxNode>>();
        stack.Push(ChildNodes().GetEnumerator());
        while (stack.Count > 0)
        {
            var top = stack.Peek();
            if (!top.MoveNext())
            {
                stack.Pop();
                continue;
            }

            var node = top.Current;
            yield return node;
            stack.Push(node.ChildNodes().GetEnumerator());
        }
    }

    /// <summary>The parent, its parent and so on, nearest first.</summary>
    public IEnumerable<NewsSyntaxNode> Ancestors()
    {
        for (var node = Parent; node is not null; node = node.Parent)
        {
            yield return node;
        }
    }

    /// <summary>
    /// The innermost node at or under this one whose span contains <paramref name="position"/>
    /// (a UTF-16 offset, <c>Span.Start &lt;= position &lt; Span.End</c>), or null when this node does not.
    /// </summary>
    public NewsSyntaxNode? FindNode(int position)
    {
        if (position < Span.Start || position >= Span.End)
        {
            return null;
        }

        var node = this;
        while (true)
        {
            NewsSyntaxNode? inner = null;
            foreach (var child in node.ChildNodes())
            {
                if (position >= child.Span.Start && position < child.Span.End)
                {
                    inner = child;
                    break;
                }
            }

            if (inner is null)
            {
                return node;
            }

            node = inner;
        }
    }

    /// <summary>
    /// A copy of this node and everything under it, <paramref name="delta"/> characters further on: what
    /// an incremental parse keeps of a block after an edit that changed the text's length before it. Null
    /// for a node type this assembly does not know, which makes the incremental parse parse anew.
    /// </summary>
    internal virtual NewsSyntaxNode? MovedBy(int delta) => null;

    private protected static TextSpan Move(TextSpan span, int delta) => new(span.Start + delta, span.Length);

    private protected static TextSpan? Move(TextSpan? span, int delta) => span is { } value ? new TextSpan(value.Start + delta, value.Length) : null;

    /// <summary>Moved copies of <paramref name="nodes"/>, or null when one of them cannot be moved.</summary>
    private protected static IReadOnlyList<T>? MoveAll<T>(IReadOnlyList<T> nodes, int delta)
        where T : NewsSyntaxNode
    {
        if (nodes.Count == 0)
        {
            return nodes;
        }

        var moved = new T[nodes.Count];
        for (var i = 0; i < moved.Length; i++)
        {
            if (nodes[i].MovedBy(delta) is not T copy)
            {
                return null;
            }

            moved[i] = copy;
        }

        return moved;
    }

    /// <summary>Adds the direct children in document order (making the list only when there is one).</summary>
    internal virtual void CollectChildren(ref List<NewsSyntaxNode>? children)
    {
    }

    /// <summary>Makes this node the parent of <paramref name="child"/>; called by constructors only.</summary>
    private protected void Adopt(NewsSyntaxNode? child)
    {
        if (child is not null)
        {
            child.Parent = this;
        }
    }

    private protected void AdoptAll<T>(IReadOnlyList<T> children)
        where T : NewsSyntaxNode
    {
        for (var i = 0; i < children.Count; i++)
        {
            children[i].Parent = this;
        }
    }

    private protected static void Add(ref List<NewsSyntaxNode>? children, NewsSyntaxNode? child)
    {
        if (child is not null)
        {
            (children ??= new List<NewsSyntaxNode>()).Add(child);
        }
    }

    private protected static void AddAll<T>(ref List<NewsSyntaxNode>? children, IReadOnlyList<T> items)
        where T : NewsSyntaxNode
    {
        for (var i = 0; i < items.Count; i++)
        {
            (children ??= new List<NewsSyntaxNode>(items.Count)).Add(items[i]);
        }
    }
}
