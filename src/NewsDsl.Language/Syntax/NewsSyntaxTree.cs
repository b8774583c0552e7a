using System.Collections;
using System.Collections.Generic;
using System.Threading;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Syntax;

/// <summary>The parsed form of one article: front matter, body blocks and the syntax errors found.</summary>
/// <remarks>
/// The body is kept the Roslyn way, at block granularity. Each block's green form is the block as the
/// parse that made it built it (its template, at the offset it was parsed at); the tree records where
/// each block starts now. A block an edit did not touch keeps its green form from version to version,
/// however far an edit before it moved it, so "unchanged" is a reference comparison and nothing is
/// copied when the text's length changes. The public <see cref="Blocks"/> (red nodes, with absolute
/// spans) are made from the green forms on first access, one block at a time, and cached: the block
/// of a version whose start did not move is the template itself.
/// </remarks>
public sealed class NewsSyntaxTree
{
    // Green forms (templates) of the blocks (the parser's own list: a full parse copies nothing), where each
    // starts now and the red blocks made so far (both null when every block is at its template's own offset,
    // so that the green forms are the red ones).
    private readonly List<BlockSyntax> _greens;
    private readonly int[]? _starts;
    private readonly BlockSyntax?[]? _reds;
    private readonly BlockList _blocks;

    public NewsSyntaxTree(NewsText text, FrontMatterSyntax? frontMatter, IReadOnlyList<BlockSyntax> blocks, IReadOnlyList<SyntaxError> errors)
        : this(text, frontMatter, new List<BlockSyntax>(blocks), null, null, errors)
    {
    }

    /// <summary>
    /// A tree over green blocks: <paramref name="greens"/>[i] starts at <paramref name="starts"/>[i] (null: at
    /// its own offset, the green forms being the red blocks); <paramref name="reds"/> holds red blocks already
    /// made for these positions (null entries for those not made yet).
    /// </summary>
    internal NewsSyntaxTree(NewsText text, FrontMatterSyntax? frontMatter, List<BlockSyntax> greens, int[]? starts, BlockSyntax?[]? reds, IReadOnlyList<SyntaxError> errors)
    {
        Text = text;
        FrontMatter = frontMatter;
        _greens = greens;
        _starts = starts;
        _reds = starts is null ? null : reds ?? new BlockSyntax?[greens.Count];
        _blocks = new BlockList(this);
        Errors = errors;
        SuppressionDirectives = CollectDirectives();
    }

    /// <summary>
    /// A new version of <paramref name="previous"/>: its blocks before <paramref name="keepBefore"/> where they
    /// were, then the green forms <paramref name="parsed"/> at <paramref name="parsedStarts"/>, then its blocks from <paramref name="keepFrom"/> on,
    /// <paramref name="delta"/> characters further on. Kept blocks keep their green forms, and their red ones
    /// where they did not move; nothing is copied.
    /// </summary>
    internal static NewsSyntaxTree Splice(NewsText text, FrontMatterSyntax? frontMatter, NewsSyntaxTree previous, int keepBefore, int keepFrom, List<BlockSyntax> parsed, int[] parsedStarts, int delta, IReadOnlyList<SyntaxError> errors)
    {
        var oldCount = previous._greens.Count;
        var count = keepBefore + parsed.Count + (oldCount - keepFrom);
        var greens = new List<BlockSyntax>(count);
        var starts = new int[count];
        var reds = new BlockSyntax?[count];
        var at = 0;
        for (var i = 0; i < keepBefore; i++, at++)
        {
            greens.Add(previous._greens[i]);
            starts[at] = previous.BlockStart(i);
            reds[at] = previous.MadeBlockAt(i);
        }

        for (var i = 0; i < parsed.Count; i++, at++)
        {
            greens.Add(parsed[i]);
            starts[at] = parsedStarts[i];
            reds[at] = GreenOrigin(parsed[i]) == parsedStarts[i] ? parsed[i] : null;
        }

        for (var i = keepFrom; i < oldCount; i++, at++)
        {
            greens.Add(previous._greens[i]);
            starts[at] = previous.BlockStart(i) + delta;
            reds[at] = delta == 0 ? previous.MadeBlockAt(i) : null;
        }

        return new NewsSyntaxTree(text, frontMatter, greens, starts, reds, errors);
    }

    /// <summary>Every suppression comment (<c>%% newsdsl-…</c>) in document order.</summary>
    public IReadOnlyList<SuppressionDirectiveSyntax> SuppressionDirectives { get; }

    public NewsText Text { get; }

    /// <summary>Null when the file does not start with <c>---</c>.</summary>
    public FrontMatterSyntax? FrontMatter { get; }

    /// <summary>The body's blocks in document order; each is made from its green form on first access.</summary>
    public IReadOnlyList<BlockSyntax> Blocks => _blocks;

    public IReadOnlyList<SyntaxError> Errors { get; }

    /// <summary>How many quotation parts, attributed spans and tags the parser made (0 for a tree built elsewhere): the binder sizes its lists with them.</summary>
    internal (int Quotations, int Spans, int Tags) NodeCounts { get; set; }

    /// <summary>True for a tree the parser made (whole or incrementally): only such a tree is the parse of its text, which an incremental parse relies on.</summary>
    internal bool IsParsed { get; set; }

    /// <summary>How many blocks the body has (without making any).</summary>
    internal int BlockCount => _greens.Count;

    /// <summary>
    /// The green form of block <paramref name="index"/>: the same object in every version in which the block
    /// is unchanged, wherever it starts. Its spans are those of the parse that made it, at <see cref="GreenOrigin"/>.
    /// </summary>
    internal BlockSyntax GreenAt(int index) => _greens[index];

    /// <summary>Where the green form of a block was parsed: its spans are relative to this.</summary>
    internal static int GreenOrigin(BlockSyntax green) => green.Span.Start;

    /// <summary>Where block <paramref name="index"/> starts in this version (without making its red node).</summary>
    internal int BlockStart(int index) => _starts is null ? _greens[index].Span.Start : _starts[index];

    /// <summary>The red block at <paramref name="index"/> if it has been made already, else null (for a tree that shares it).</summary>
    internal BlockSyntax? MadeBlockAt(int index) => _reds is null ? _greens[index] : _reds[index];

    private BlockSyntax BlockAt(int index)
    {
        var reds = _reds;
        if (reds is null)
        {
            return _greens[index];
        }

        var red = reds[index];
        if (red is not null)
        {
            return red;
        }

        var green = _greens[index];
        var delta = _starts![index] - GreenOrigin(green);

        // Only a tree the parser made has moved blocks, and every block type it makes can be moved.
        var made = delta == 0 ? green : (BlockSyntax)green.MovedBy(delta)!;

        // Two threads may make the same block at once: both then use the one stored first.
        return Interlocked.CompareExchange(ref reds[index], made, null) ?? made;
    }

    private IReadOnlyList<SuppressionDirectiveSyntax> CollectDirectives()
    {
        // The green form tells which blocks hold a directive: only those are made.
        List<SuppressionDirectiveSyntax>? directives = null;
        for (var i = 0; i < _greens.Count; i++)
        {
            if (_greens[i] is CommentSyntax { Directive: not null } && BlockAt(i) is CommentSyntax { Directive: { } directive })
            {
                (directives ??= new List<SuppressionDirectiveSyntax>()).Add(directive);
            }
        }

        return (IReadOnlyList<SuppressionDirectiveSyntax>?)directives ?? System.Array.Empty<SuppressionDirectiveSyntax>();
    }

    /// <summary>The front matter (when present) and the body's blocks, in document order: the tree's top-level nodes.</summary>
    public IEnumerable<NewsSyntaxNode> TopLevelNodes()
    {
        if (FrontMatter is not null)
        {
            yield return FrontMatter;
        }

        for (var i = 0; i < _greens.Count; i++)
        {
            yield return BlockAt(i);
        }
    }

    /// <summary>Every node of the tree in document order, each parent before its children.</summary>
    public IEnumerable<NewsSyntaxNode> Descendants()
    {
        foreach (var top in TopLevelNodes())
        {
            yield return top;
            foreach (var node in top.Descendants())
            {
                yield return node;
            }
        }
    }

    /// <summary>
    /// The innermost node whose span contains <paramref name="position"/>, a UTF-16 offset
    /// (<c>Span.Start &lt;= position &lt; Span.End</c>), or null where there is none (a blank line, the
    /// plain text of the front matter's fences). Blocks are found by binary search, and only the one found is made.
    /// </summary>
    public NewsSyntaxNode? FindNode(int position)
    {
        if (FrontMatter?.FindNode(position) is { } inFrontMatter)
        {
            return inFrontMatter;
        }

        int low = 0, high = _greens.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) >> 1;
            var start = BlockStart(mid);
            if (position < start)
            {
                high = mid - 1;
            }
            else if (position >= start + _greens[mid].Span.Length)
            {
                low = mid + 1;
            }
            else
            {
                return BlockAt(mid).FindNode(position);
            }
        }

        return null;
    }

    /// <summary>The blocks as a list that makes each red block on first access.</summary>
    private sealed class BlockList : IReadOnlyList<BlockSyntax>
    {
        private readonly NewsSyntaxTree _tree;

        public BlockList(NewsSyntaxTree tree)
        {
            _tree = tree;
        }

        public int Count => _tree._greens.Count;

        public BlockSyntax this[int index] => _tree.BlockAt(index);

        public IEnumerator<BlockSyntax> GetEnumerator()
        {
            for (var i = 0; i < _tree._greens.Count; i++)
            {
                yield return _tree.BlockAt(i);
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
