using System.Collections.Generic;
using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Parsing;

/// <summary>
/// The inline parser's stack of open quotation marks and brackets, and the nodes collected under
/// each. Frames are reused, so a paragraph's marks cost no allocation each; the depth is capped at
/// <see cref="MaxNesting"/> so hostile input still parses in linear time.
/// </summary>
internal sealed class InlineFrameStack
{
    /// <summary>
    /// Real prose nests a handful of levels; the cap keeps every stack search bounded so hostile
    /// input (thousands of opening marks) still parses in linear time.
    /// </summary>
    public const int MaxNesting = 64;

    /// <summary>The overflow slot of brackets (quotation families use their own number).</summary>
    public const int BracketOverflow = 4;

    private readonly string _text;
    private readonly List<SyntaxError> _errors;
    private readonly List<Frame> _stack = new();

    // Frames popped and done with, reused by the next push.
    private readonly List<Frame> _free = new();

    // The paragraph's top-level inlines (rows of the green table) while it is scanned.
    private readonly List<int> _root = new();

    // Opening marks and brackets read as text past MaxNesting, per family (brackets last): as many
    // closing ones are read as text too, so the marks around a too-deep run still pair up.
    private readonly int[] _overflow = new int[5];
    private bool _reportedNesting;

    public InlineFrameStack(string text, List<SyntaxError> errors, GreenInlineBuilder green)
    {
        _text = text;
        _errors = errors;
        Green = green;
    }

    /// <summary>Where the paragraph's nodes go.</summary>
    public GreenInlineBuilder Green { get; }

    /// <summary>Quotation nodes made so far (closed and unclosed).</summary>
    public int QuotationCount { get; private set; }

    /// <summary>Attributed span nodes made so far.</summary>
    public int SpanCount { get; private set; }

    /// <summary>Tag nodes made so far.</summary>
    public int TagCount { get; private set; }

    public int Count => _stack.Count;

    public Frame this[int index] => _stack[index];

    /// <summary>Starts a paragraph or heading.</summary>
    public void Reset()
    {
        _root.Clear();
        _stack.Clear();
        Green.Reset();
        _reportedNesting = false;
        System.Array.Clear(_overflow, 0, _overflow.Length);
    }

    /// <summary>The paragraph's green table, handed out; the stack is ready for the next paragraph.</summary>
    public GreenInlineTable TakeRoot()
    {
        var result = Green.Take(_root);
        _root.Clear();
        return result ?? default;
    }

    /// <summary>A closing mark or bracket that matches one read as text past the cap is text too.</summary>
    public bool ConsumeOverflow(int slot)
    {
        if (_overflow[slot] == 0)
        {
            return false;
        }

        _overflow[slot]--;
        return true;
    }

    /// <summary>Takes the frame at <paramref name="index"/> out of the stack, its children going to the frame below.</summary>
    public void Dissolve(int index)
    {
        var frame = _stack[index];
        _stack.RemoveAt(index);
        AddAll(frame.Children, index);
        Release(frame);
    }

    /// <summary>The opening mark of the innermost open quotation of a family, or '\0'.</summary>
    public char InnermostMark(QuotationMarkFamily family)
    {
        for (var k = _stack.Count - 1; k >= 0; k--)
        {
            var frame = _stack[k];
            if (frame.Kind == FrameKind.Quotation && frame.Family == family)
            {
                return frame.Mark;
            }
        }

        return '\0';
    }

    public int FindFrame(FrameKind kind, QuotationMarkFamily family)
    {
        for (var k = _stack.Count - 1; k >= 0; k--)
        {
            var frame = _stack[k];
            if (frame.Kind == kind && (kind == FrameKind.Bracket || frame.Family == family))
            {
                return k;
            }
        }

        return -1;
    }

    public void Push(FrameKind kind, QuotationMarkFamily family, char mark, int position, int length)
    {
        if (_stack.Count < MaxNesting)
        {
            Frame frame;
            if (_free.Count > 0)
            {
                frame = _free[_free.Count - 1];
                _free.RemoveAt(_free.Count - 1);
                frame.Reset(kind, family, mark, position, length);
            }
            else
            {
                frame = new Frame(kind, family, mark, position, length);
            }

            _stack.Add(frame);
            return;
        }

        _overflow[kind == FrameKind.Bracket ? BracketOverflow : (int)family]++;
        if (!_reportedNesting)
        {
            _reportedNesting = true;
            _errors.Add(new SyntaxError(
                new TextSpan(position, 1),
                $"Quotations and brackets are nested more than {MaxNesting} levels deep here; deeper marks are read as plain text: close some, or escape them with \\"));
        }
    }

    /// <summary>Hands a popped frame back for reuse; its children now belong to a node or to the frame below.</summary>
    public void Release(Frame frame)
    {
        frame.Children?.Clear();
        _free.Add(frame);
    }

    public Frame Pop()
    {
        var frame = _stack[_stack.Count - 1];
        _stack.RemoveAt(_stack.Count - 1);
        return frame;
    }

    /// <summary>Closes the top frame without a closing mark: a bracket becomes text, a quotation an unclosed node.</summary>
    public void PopAsUnclosed(int end)
    {
        var frame = Pop();
        if (frame.Kind == FrameKind.Bracket)
        {
            AddAll(frame.Children, _stack.Count);
            Release(frame);
            return;
        }

        var contentEnd = end;
        while (contentEnd > frame.Start + frame.MarkLength && CharacterClasses.IsSpaceOrNone(_text[contentEnd - 1]))
        {
            contentEnd--;
        }

        Add(Green.AddQuotation(TextSpan.FromBounds(frame.Start, contentEnd), frame.Family, frame.MarkLength, null, frame.Children, -1));
        Release(frame);
    }

    /// <summary>Adds row <paramref name="node"/> of the green table to the innermost open frame (or the top level).</summary>
    public void Add(int node)
    {
        switch (Green.KindOf(node))
        {
            case GreenKind.Quotation:
                QuotationCount++;
                TagCount += Green.TagOf(node) < 0 ? 0 : 1;
                break;
            case GreenKind.Span:
                SpanCount++;
                TagCount++;
                break;
            default:
                TagCount++;
                break;
        }

        if (_stack.Count == 0)
        {
            _root.Add(node);
        }
        else
        {
            (_stack[_stack.Count - 1].Children ??= new List<int>()).Add(node);
        }
    }

    /// <summary>Hands a removed frame's children to whatever is below position <paramref name="index"/>.</summary>
    public void AddAll(List<int>? children, int index)
    {
        if (children is null)
        {
            return;
        }

        var target = index == 0 ? _root : (_stack[index - 1].Children ??= new List<int>());
        // Order is kept by appending: everything the frame below already holds lies before the removed frame's opening.
        target.AddRange(children);
    }

    /// <summary>An open quotation mark or bracket, and the nodes found inside it so far.</summary>
    internal sealed class Frame
    {
        public Frame(FrameKind kind, QuotationMarkFamily family, char mark, int start, int markLength)
        {
            Reset(kind, family, mark, start, markLength);
        }

        public FrameKind Kind { get; private set; }

        public QuotationMarkFamily Family { get; private set; }

        public char Mark { get; private set; }

        public int Start { get; private set; }

        /// <summary>1, or 2 for the wire-copy marks <c>''</c> and <c>``</c>.</summary>
        public int MarkLength { get; private set; }

        public void Reset(FrameKind kind, QuotationMarkFamily family, char mark, int start, int markLength)
        {
            Kind = kind;
            Family = family;
            Mark = mark;
            Start = start;
            MarkLength = markLength;
            Children?.Clear();
        }

        /// <summary>Rows of the green table.</summary>
        public List<int>? Children { get; set; }
    }
}

/// <summary>What an open frame is: a quotation mark or a bracket.</summary>
internal enum FrameKind
{
    Quotation,
    Bracket,
}
