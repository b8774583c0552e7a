using System.Collections.Generic;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Fixes;

/// <summary>What a fix provider sees: the checked article, the finding, and line arithmetic on the text.</summary>
internal sealed class FixContext
{
    private readonly List<NewsFix> _fixes;

    public FixContext(NewsCheckResult result, NewsDiagnostic diagnostic, bool safeOnly, List<NewsFix> fixes)
    {
        Result = result;
        Diagnostic = diagnostic;
        SafeOnly = safeOnly;
        _fixes = fixes;
    }

    public NewsCheckResult Result { get; }

    public ArticleModel Model => Result.Model;

    public NewsText Text => Result.Syntax.Text;

    public string Content => Text.Content;

    public NewsDiagnostic Diagnostic { get; }

    public TextSpan Span => Diagnostic.Span;

    /// <summary>True when only safe fixes are wanted (fix-all): providers skip the work of the others.</summary>
    public bool SafeOnly { get; }

    public void Add(string title, IEnumerable<NewsTextEdit> edits, bool isSafe, string equivalenceKey, string? detail = null)
    {
        if (isSafe || !SafeOnly)
        {
            _fixes.Add(new NewsFix(title, edits, isSafe, Diagnostic, equivalenceKey, detail));
        }
    }

    public void Add(string title, NewsTextEdit edit, bool isSafe, string equivalenceKey, string? detail = null) =>
        Add(title, new[] { edit }, isSafe, equivalenceKey, detail);

    public int LineCount => Text.LineCount;

    public int LineOf(int offset) => Text.GetLinePosition(offset).Line;

    public int LineStart(int line) => Text.LineStartOffsets[line];

    /// <summary>Where the line's text ends, before its line break.</summary>
    public int LineContentEnd(int line)
    {
        if (line + 1 >= LineCount)
        {
            return Content.Length;
        }

        var next = LineStart(line + 1);
        var end = next - 1;
        if (end > LineStart(line) && Content[end] == '\n' && Content[end - 1] == '\r')
        {
            end--;
        }

        return end;
    }

    /// <summary>The line break that ends <paramref name="line"/>; for the last line, the file's usual one.</summary>
    public string LineBreakOf(int line) =>
        line + 1 < LineCount ? Content.Substring(LineContentEnd(line), LineStart(line + 1) - LineContentEnd(line)) : PreferredLineBreak();

    /// <summary>The first line break of the file, else <c>\n</c>: what new lines are written with.</summary>
    public string PreferredLineBreak() => LineCount > 1 ? LineBreakOf(0) : "\n";

    /// <summary>Whether the line holds only white space (not counting the code unit at <paramref name="except"/>).</summary>
    public bool IsBlankLine(int line, int except = -1)
    {
        for (var i = LineStart(line); i < LineContentEnd(line); i++)
        {
            if (i != except && !char.IsWhiteSpace(Content[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A line of a paragraph, as the parser classifies lines: not blank, not an editor's note, not a
    /// declaration, not a heading.
    /// </summary>
    public bool IsProseLine(int line)
    {
        var start = LineStart(line);
        return NewsSyntaxFacts.ClassifyLine(Content, start, LineContentEnd(line) - start) == NewsLineKind.Prose;
    }

    public bool IsCommentLine(int line)
    {
        var start = LineStart(line);
        return NewsSyntaxFacts.ClassifyLine(Content, start, LineContentEnd(line) - start) == NewsLineKind.EditorsNote;
    }

    /// <summary>
    /// True when a <c>{</c> before <paramref name="position"/> on its line is still open there. A tag never
    /// spans lines and ends at the first <c>}</c> (outside quoted values): a brace written at
    /// <paramref name="position"/>, or a line joined to this one, would close that tag instead.
    /// </summary>
    public bool HasOpenBraceBefore(int position)
    {
        var open = false;
        var inValue = false;
        for (var i = LineStart(LineOf(position)); i < position; i++)
        {
            var c = Content[i];
            if (c == '\\')
            {
                i++;
            }
            else if (open && c == '"')
            {
                inValue = !inValue;
            }
            else if (c == '{' && !inValue)
            {
                open = true;
            }
            else if (c == '}' && !inValue)
            {
                open = false;
            }
        }

        return open;
    }

    /// <summary>
    /// An edit that inserts <paramref name="lineText"/> as a whole new line after <paramref name="line"/>,
    /// with the file's line breaks.
    /// </summary>
    public NewsTextEdit InsertLineAfter(int line, string lineText)
    {
        if (line + 1 < LineCount)
        {
            return NewsTextEdit.Insert(LineStart(line + 1), lineText + LineBreakOf(line));
        }

        // The last line has no line break: the new line gets one before it instead.
        return Content.Length == 0
            ? NewsTextEdit.Insert(0, lineText)
            : NewsTextEdit.Insert(Content.Length, PreferredLineBreak() + lineText);
    }

    /// <summary>An edit that puts a new line at the end of the file.</summary>
    public NewsTextEdit InsertLineAtEnd(string lineText)
    {
        if (Content.Length > 0 && LineCount > 1 && LineStart(LineCount - 1) == Content.Length)
        {
            // The file ends with a line break: the new line goes after it and ends with one too.
            return NewsTextEdit.Insert(Content.Length, lineText + LineBreakOf(LineCount - 2));
        }

        return InsertLineAfter(LineCount - 1, lineText);
    }
}
