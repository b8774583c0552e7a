using System;
using System.Collections.Generic;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Rules;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;

namespace NewsDsl.Language;

/// <summary>
/// What one check found with the block-local rules, block by block, kept with its result so that the
/// check of the next version (<see cref="NewsChecker.Recheck"/>) takes the findings of every unchanged
/// block from here (moved to where the block is now) and runs those rules only on the blocks that changed.
/// </summary>
/// <remarks>
/// A rule is block-local when what it finds in a block depends on that block's text and inlines alone
/// (NEWS101 and NEWS105: the sentences of the block), or on those and the declared sources (NEWS103, reused
/// only while no declaration and not the front matter changed). "Unchanged" is the green form of the block
/// being the very same object in both trees (<see cref="NewsSyntaxTree.GreenAt"/>): the incremental parse
/// keeps a block's green form only where its text is the same. The raw findings are kept (before
/// suppressions and severities, which are applied to the whole list on every check).
/// </remarks>
internal sealed class BlockFindings
{
    /// <summary>The block-local rules, by ID; those that also read the declared sources are marked.</summary>
    private static readonly (string Id, bool ReadsSources)[] s_rules =
    {
        ("NEWS101", false),
        ("NEWS103", true),
        ("NEWS105", false),
    };

    // Per rule (as in s_rules): its findings in block order, and where block b's begin (null: the rule did not run).
    private readonly NewsDiagnostic[]?[] _findings = new NewsDiagnostic[]?[s_rules.Length];
    private readonly int[]?[] _from = new int[]?[s_rules.Length];

    // NEWS106's findings in the order the rule reported them (null: it did not run), and the model they are of.
    private NewsDiagnostic[]? _figureFindings;

    public BlockFindings(NewsSyntaxTree syntax, ArticleModel model)
    {
        Syntax = syntax;
        Model = model;
    }

    /// <summary>The tree whose blocks the findings are in.</summary>
    public NewsSyntaxTree Syntax { get; }

    /// <summary>The model the findings were found in (NEWS106's figures are compared with the next version's).</summary>
    public ArticleModel Model { get; }

    /// <summary>
    /// NEWS103's index of the declared names, when it made one: the next version's check uses it again while no
    /// declaration (and not the front matter) changed, as it reuses NEWS103's findings (the index is not changed
    /// once made). Set while the result is made.
    /// </summary>
    public NameIndex? Names { get; set; }

    /// <summary>Records what NEWS106 found in this version: <paramref name="findings"/>[<paramref name="from"/>..<paramref name="to"/>), in the order it reported them.</summary>
    public void RecordFigures(List<NewsDiagnostic> findings, int from, int to)
    {
        var ordered = new NewsDiagnostic[to - from];
        findings.CopyTo(from, ordered, 0, ordered.Length);
        _figureFindings = ordered;
    }

    /// <summary>The slot of a block-local rule, or -1 for a rule that is not one.</summary>
    public static int SlotOf(string id)
    {
        for (var i = 0; i < s_rules.Length; i++)
        {
            if (s_rules[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>What the rule in <paramref name="slot"/> found, in block order (empty when it did not run or is not reusable).</summary>
    public IReadOnlyList<NewsDiagnostic> FindingsOf(int slot) => (IReadOnlyList<NewsDiagnostic>?)_findings[slot] ?? Array.Empty<NewsDiagnostic>();

    /// <summary>Records what the rule in <paramref name="slot"/> found in this tree: <paramref name="findings"/>, each inside one block.</summary>
    public void Record(int slot, List<NewsDiagnostic> findings, int from, int to)
    {
        var ordered = new NewsDiagnostic[to - from];
        findings.CopyTo(from, ordered, 0, ordered.Length);
        foreach (var finding in ordered)
        {
            // A finding that points elsewhere too may point into another block: such a rule is not local.
            if (finding.AdditionalLocations.Count > 0)
            {
                return;
            }
        }

        // Stable by position: findings at the same offset keep the order the rule reported them in.
        var keys = new long[ordered.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = ((long)ordered[i].Span.Start << 32) | (uint)i;
        }

        Array.Sort(keys, ordered);

        // Each finding's block by a search (a keystroke's check records a few hundred findings over thousands of blocks).
        var blocks = Syntax.BlockCount;
        var starts = new int[blocks + 1];
        var b = 0;
        for (var f = 0; f < ordered.Length; f++)
        {
            var block = BlockAt(ordered[f].Span.Start);
            var blockStart = block < 0 ? 0 : Syntax.BlockStart(block);

            // Only a finding inside its block moves with it: one elsewhere makes the rule's findings not reusable.
            if (block < 0 || ordered[f].Span.End > blockStart + Syntax.GreenAt(block).Span.Length)
            {
                return;
            }

            while (b <= block)
            {
                starts[b++] = f;
            }
        }

        while (b < blocks)
        {
            starts[b++] = ordered.Length;
        }

        starts[blocks] = ordered.Length;
        _findings[slot] = ordered;
        _from[slot] = starts;
    }

    /// <summary>The last block that starts at or before <paramref name="position"/> (whose findings those at it are, as the rules report them), or -1.</summary>
    private int BlockAt(int position)
    {
        int low = 0, high = Syntax.BlockCount - 1, found = -1;
        while (low <= high)
        {
            var mid = (low + high) >> 1;
            if (Syntax.BlockStart(mid) <= position)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return found;
    }

    /// <summary>
    /// How <paramref name="syntax"/>, a later version, relates to this one: which of its blocks are unchanged
    /// (and where each was), and whether the declared sources may differ. Null when nothing can be reused.
    /// </summary>
    public ReusePlan? PlanFor(NewsSyntaxTree syntax)
    {
        var old = Syntax;
        if (!old.IsParsed || !syntax.IsParsed || old.Text.Path != syntax.Text.Path)
        {
            return null;
        }

        int oldCount = old.BlockCount, count = syntax.BlockCount;
        var prefix = 0;
        while (prefix < count && prefix < oldCount && ReferenceEquals(syntax.GreenAt(prefix), old.GreenAt(prefix)))
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < count - prefix && suffix < oldCount - prefix && ReferenceEquals(syntax.GreenAt(count - 1 - suffix), old.GreenAt(oldCount - 1 - suffix)))
        {
            suffix++;
        }

        if (prefix + suffix == 0)
        {
            return null;
        }

        var sourcesMayDiffer = !ReferenceEquals(old.FrontMatter, syntax.FrontMatter)
            || DeclaresSources(old, prefix, oldCount - suffix)
            || DeclaresSources(syntax, prefix, count - suffix);
        return new ReusePlan(this, syntax, prefix, suffix, sourcesMayDiffer);
    }

    private static bool DeclaresSources(NewsSyntaxTree tree, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (tree.GreenAt(i) is SourceDeclarationSyntax)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Which blocks of a new version are unchanged since a previous check, and what that check found in them.</summary>
    internal sealed class ReusePlan
    {

        private readonly BlockFindings _previous;
        private readonly NewsSyntaxTree _syntax;
        private readonly int _prefix;
        private readonly int _suffix;
        private readonly bool _sourcesMayDiffer;

        public ReusePlan(BlockFindings previous, NewsSyntaxTree syntax, int prefix, int suffix, bool sourcesMayDiffer)
        {
            _previous = previous;
            _syntax = syntax;
            _prefix = prefix;
            _suffix = suffix;
            _sourcesMayDiffer = sourcesMayDiffer;
            var count = syntax.BlockCount;
            Unchanged = new bool[count];
            for (var i = 0; i < count; i++)
            {
                Unchanged[i] = i < prefix || i >= count - suffix;
            }
        }

        /// <summary>True for each block of the new version that is unchanged (its findings are reused).</summary>
        public bool[] Unchanged { get; }

        /// <summary>The previous version's index of declared names, when it made one and the declarations are the same; else null.</summary>
        public NameIndex? Names => _sourcesMayDiffer ? null : _previous.Names;

        /// <summary>
        /// NEWS106 (figures that disagree) reads every figure of the article, so it is not block-local; but what it
        /// finds is decided by the figures alone (each group's <c>about</c>, and per figure its value, who states it,
        /// its line and its tag's place). When every figure of <paramref name="model"/> is the previous version's
        /// figure at the same index of the same group in those respects, its tag in an unchanged block moved only
        /// as that block moved, the findings are the previous ones with their places moved: they are added to
        /// <paramref name="found"/> (in the order the rule reports them) and true is returned. Otherwise nothing is
        /// added and the rule must run.
        /// </summary>
        public bool TryAddFigureFindings(ArticleModel model, List<NewsDiagnostic> found)
        {
            var previous = _previous._figureFindings;
            var oldGroups = _previous.Model.Figures;
            var groups = model.Figures;
            if (previous is null || oldGroups.Count != groups.Count)
            {
                return false;
            }

            for (var g = 0; g < groups.Count; g++)
            {
                var oldFigures = oldGroups[g].Figures;
                var figures = groups[g].Figures;
                if (oldFigures.Count != figures.Count)
                {
                    return false;
                }

                for (var i = 0; i < figures.Count; i++)
                {
                    if (!SameFigure(oldFigures[i], figures[i]))
                    {
                        return false;
                    }
                }
            }

            // Every finding is at a figure's tag, with one related place at another's: both moved with their blocks.
            var text = _syntax.Text;
            var first = found.Count;
            TextSpan? lastRelated = null;
            var lastRelatedPlace = default((LinePosition, LinePosition));
            foreach (var finding in previous)
            {
                if (finding.AdditionalLocations.Count != 1 || Map(finding.Span) is not { } span
                    || finding.AdditionalLocations[0] is not { } location || Map(location.Span) is not { } relatedSpan)
                {
                    // Not the shape NEWS106 reports: run the rule.
                    found.RemoveRange(first, found.Count - first);
                    return false;
                }

                var (start, end) = Place(text, span);

                // Most findings point at the same few earlier figures: their places are looked up once.
                if (relatedSpan != lastRelated)
                {
                    lastRelated = relatedSpan;
                    lastRelatedPlace = Place(text, relatedSpan);
                }

                var (relatedStart, relatedEnd) = lastRelatedPlace;
                if (span == finding.Span && start == finding.Start && end == finding.End
                    && relatedSpan == location.Span && relatedStart == location.Start && relatedEnd == location.End)
                {
                    found.Add(finding);
                    continue;
                }

                var related = new NewsRelatedLocation(location.Path, relatedSpan, relatedStart, relatedEnd, location.Message);
                found.Add(new NewsDiagnostic(finding.Descriptor, finding.Severity, finding.Path, span, start, end, finding.Message, new[] { related }));
            }

            return true;
        }

        /// <summary>
        /// The lines and columns of <paramref name="span"/> in <paramref name="text"/>: its end is found from its start when
        /// no line break lies in it (a finding's span is a few words on one line), so a moved finding costs one search of
        /// the line starts, not two.
        /// </summary>
        private static (LinePosition Start, LinePosition End) Place(NewsText text, TextSpan span)
        {
            var start = text.GetLinePosition(span.Start);
            if (span.Length == 0)
            {
                return (start, start);
            }

            // A CR or LF (the breaks NewsText counts) inside the span: search for the end too.
            if (text.Content.AsSpan(span.Start, span.Length).IndexOfAny('\r', '\n') >= 0)
            {
                return (start, text.GetLinePosition(span.End));
            }

            return (start, new LinePosition(start.Line, start.Character + span.Length));
        }

        // The same figure as far as NEWS106 can tell (what its message says and where it points), its tag moved with its block.
        private bool SameFigure(Figure old, Figure figure) =>
            string.Equals(old.About, figure.About, StringComparison.Ordinal)
            && string.Equals(old.Value?.Text, figure.Value?.Text, StringComparison.Ordinal)
            && string.Equals(ConflictingFiguresRule.Who(old), ConflictingFiguresRule.Who(figure), StringComparison.Ordinal)
            && old.Start.Line == figure.Start.Line
            && Map(old.TagView.Span) == figure.TagView.Span;

        /// <summary>
        /// Where the span <paramref name="old"/> of the previous version would be now if the edit only moved what
        /// follows the first changed block (by the change in length); null for a span in a changed block. Any
        /// function would keep <see cref="TryAddFigureFindings"/> exact, because the figures it maps are compared
        /// with the new ones in everything NEWS106 reads (their new tags must be where it maps the old ones), and
        /// the reused findings are moved by the same function; this one maps the figures outside the edit without
        /// searching for their blocks. (An edit to the front matter moves every block: no figure maps, the rule runs.)
        /// </summary>
        private TextSpan? Map(TextSpan old)
        {
            var tree = _previous.Syntax;
            int count = _syntax.BlockCount, oldCount = tree.BlockCount;
            var changedFrom = _prefix < oldCount ? tree.BlockStart(_prefix) : tree.Text.Length;
            if (old.End <= changedFrom)
            {
                return old;
            }

            var suffixFrom = _suffix > 0 ? tree.BlockStart(oldCount - _suffix) : int.MaxValue;
            return old.Start >= suffixFrom ? new TextSpan(old.Start + _syntax.BlockStart(count - _suffix) - suffixFrom, old.Length) : null;
        }

        /// <summary>True when the rule in <paramref name="slot"/> ran on the previous version and its findings there still hold.</summary>
        public bool CanReuse(int slot) => _previous._findings[slot] is not null && !(s_rules[slot].ReadsSources && _sourcesMayDiffer);

        /// <summary>Adds to <paramref name="found"/> the previous findings of the rule in <paramref name="slot"/> in every unchanged block, moved to where the block is now.</summary>
        public void AddReused(int slot, List<NewsDiagnostic> found)
        {
            var findings = _previous._findings[slot]!;
            var from = _previous._from[slot]!;
            var old = _previous.Syntax;
            var text = _syntax.Text;
            int count = _syntax.BlockCount, oldCount = old.BlockCount;
            for (var b = 0; b < count; b++)
            {
                if (b >= _prefix && b < count - _suffix)
                {
                    continue;
                }

                var oldBlock = b < _prefix ? b : b - count + oldCount;
                var delta = _syntax.BlockStart(b) - old.BlockStart(oldBlock);
                for (var f = from[oldBlock]; f < from[oldBlock + 1]; f++)
                {
                    found.Add(Move(findings[f], delta, text));
                }
            }
        }

        /// <summary>The finding <paramref name="delta"/> characters on, with its lines and columns in <paramref name="text"/>; itself when nothing moved.</summary>
        private static NewsDiagnostic Move(NewsDiagnostic finding, int delta, NewsText text)
        {
            var span = new TextSpan(finding.Span.Start + delta, finding.Span.Length);
            var (start, end) = Place(text, span);
            if (delta == 0 && start == finding.Start && end == finding.End)
            {
                return finding;
            }

            return new NewsDiagnostic(finding.Descriptor, finding.Severity, finding.Path, span, start, end, finding.Message);
        }
    }
}
