using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NewsDsl.Language;

namespace NewsDsl.Render;

/// <summary>
/// The one way the review page is written. Element and attribute names are the renderer's own
/// constants (checked); every value and every piece of text goes through <see cref="Text(string)"/>
/// or <see cref="Attribute(string, string?)"/>, which encode it, so article text can never become markup or script.
/// Characters that could make text read differently from what it says (bidirectional controls,
/// invisible characters, C0/C1 controls) are shown as a visible code such as <c>[U+202E]</c>.
/// </summary>
internal sealed class HtmlWriter
{
    // Written so far and not yet handed to the sink; with a sink it is emptied as it fills, so a page
    // is written through a small buffer that stays in the processor's cache.
    private const int SinkThreshold = 8192;
    private readonly StringBuilder _out;
    private readonly System.IO.TextWriter? _sink;
    private bool _inStartTag;

    public HtmlWriter(StringBuilder output, System.IO.TextWriter? sink = null)
    {
        _out = output;
        _sink = sink;
    }

    public StringBuilder Output => _out;

    /// <summary>Opens <c>&lt;name</c>; attributes may follow until the next content is written.</summary>
    public HtmlWriter Start(string name)
    {
        CloseStartTag();
        CheckName(name);
        _out.Append('<').Append(name);
        _inStartTag = true;
        return this;
    }

    public HtmlWriter Attribute(string name, string? value)
    {
        if (!_inStartTag)
        {
            throw new InvalidOperationException("An attribute must follow Start.");
        }

        CheckName(name);
        _out.Append(' ').Append(name).Append("=\"");
        if (value is not null)
        {
            Encode(value, 0, value.Length, inAttribute: true);
        }

        _out.Append('"');
        return this;
    }

    public HtmlWriter Attribute(string name, int value) =>
        Attribute(name, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Writes <c>&lt;/name&gt;</c>.</summary>
    public HtmlWriter End(string name)
    {
        CloseStartTag();
        CheckName(name);
        _out.Append("</").Append(name).Append('>');
        if (_sink is not null && _out.Length >= SinkThreshold)
        {
            Flush();
        }

        return this;
    }

    /// <summary>Hands what is written so far to the sink (when there is one) and empties the buffer.</summary>
    public void Flush()
    {
        if (_sink is null)
        {
            return;
        }

        foreach (var chunk in _out.GetChunks())
        {
            _sink.Write(chunk.Span);
        }

        _out.Clear();
    }

    /// <summary>A whole element holding only text.</summary>
    public HtmlWriter Element(string name, string? text)
    {
        Start(name);
        Text(text);
        return End(name);
    }

    public HtmlWriter Text(string? text) => text is null ? this : Text(text, 0, text.Length);

    /// <summary>Writes <c>text[start..end)</c> as text content.</summary>
    public HtmlWriter Text(string text, int start, int end)
    {
        CloseStartTag();
        Encode(text, start, end, inAttribute: false);
        return this;
    }

    public HtmlWriter Text(char c)
    {
        CloseStartTag();
        if (NeedsWork(c))
        {
            Encode(c.ToString(), 0, 1, inAttribute: false);
        }
        else
        {
            _out.Append(c);
        }

        return this;
    }

    /// <summary>
    /// Writes trusted markup: only the renderer's own constant style sheet, script and doctype,
    /// never anything derived from an article.
    /// </summary>
    public HtmlWriter Trusted(string markup)
    {
        CloseStartTag();
        _out.Append(markup);
        return this;
    }

    /// <summary>The visible stand-in for a character that must not act invisibly: <c>[U+202E]</c>.</summary>
    public static string VisibleCode(int codePoint) =>
        "[U+" + codePoint.ToString("X4", CultureInfo.InvariantCulture) + "]";

    /// <summary>True for characters shown as a code: the ones NEWS100 refuses, controls and noncharacters.</summary>
    public static bool IsHidden(char c) =>
        (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
        || (c >= 0x7F && c <= 0x9F)
        || NewsSyntaxFacts.IsHiddenCharacter(c)
        || c == '\uFFFE' || c == '\uFFFF';

    private static bool NeedsWork(char c) => c < 0x80 ? !s_plainAscii.Contains(c) : IsHidden(c) || char.IsSurrogate(c);

    // The ASCII characters text may hold as they are: printable ones other than the markup characters,
    // and tab and line breaks. Searching for anything else is one vectorised pass over the (mostly ASCII)
    // prose; the rare non-ASCII character it stops at is then asked whether it needs work.
    private static readonly SearchValues<char> s_plainAscii = SearchValues.Create(CreatePlainAscii());

    // Element and attribute names: the renderer's constants, checked a vector at a time.
    private static readonly SearchValues<char> s_nameChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-");

    private static char[] CreatePlainAscii()
    {
        var chars = new List<char> { '\t', '\n', '\r' };
        for (var c = ' '; c < 0x7F; c++)
        {
            if (c is not ('&' or '<' or '>' or '"' or '\''))
            {
                chars.Add(c);
            }
        }

        return chars.ToArray();
    }

    private void Encode(string text, int start, int end, bool inAttribute)
    {
        var run = start;
        var i = start;
        while (i < end)
        {
            // Most text needs nothing: jump to the next character that is not plain ASCII, a vector at a time.
            var next = text.AsSpan(i, end - i).IndexOfAnyExcept(s_plainAscii);
            if (next < 0)
            {
                break;
            }

            i += next;
            var c = text[i];
            if (c >= 0x80 && !IsHidden(c) && !char.IsSurrogate(c))
            {
                // Letters, punctuation and symbols beyond ASCII (’ — ⚠) stay as they are.
                i++;
                continue;
            }

            string? replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };
            var hidden = replacement is null && IsHidden(c);
            var lone = replacement is null && !hidden && char.IsSurrogate(c) && !IsPair(text, i, end);
            if (replacement is null && !hidden && !lone)
            {
                // A surrogate pair: both halves stay as they are.
                i += 2;
                continue;
            }

            _out.Append(text, run, i - run);
            if (replacement is not null)
            {
                _out.Append(replacement);
            }
            else if (lone)
            {
                _out.Append('\uFFFD');
            }
            else if (inAttribute)
            {
                _out.Append(VisibleCode(c));
            }
            else
            {
                _out.Append("<span class=\"ctl\">").Append(VisibleCode(c)).Append("</span>");
            }

            i++;
            run = i;
        }

        _out.Append(text, run, end - run);
    }

    // A low surrogate reached on its own is lone: a paired one is skipped with its high surrogate.
    private static bool IsPair(string text, int i, int end) =>
        char.IsHighSurrogate(text[i]) && i + 1 < end && char.IsLowSurrogate(text[i + 1]);

    private void CloseStartTag()
    {
        if (_inStartTag)
        {
            _out.Append('>');
            _inStartTag = false;
        }
    }

    private static void CheckName(string name)
    {
        // Names are the renderer's constants; this keeps a future caller from passing article text as one.
        if (name.Length == 0)
        {
            throw new ArgumentException("An element or attribute name cannot be empty.", nameof(name));
        }

        if (name.AsSpan().ContainsAnyExcept(s_nameChars))
        {
            throw new ArgumentException($"'{name}' is not an element or attribute name the renderer writes.", nameof(name));
        }
    }
}
