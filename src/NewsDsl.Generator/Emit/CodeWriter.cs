using System.Text;

namespace NewsDsl.Generator.Emit;

/// <summary>
/// Writes generated code line by line with four-space indentation and <c>\n</c> line ends, so the
/// output is the same byte for byte on every operating system.
/// </summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    public CodeWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4).Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    /// <summary>The line <paramref name="first"/> + <paramref name="second"/>, without making that string first.</summary>
    public CodeWriter Line(string first, string second)
    {
        if (first.Length + second.Length > 0)
        {
            _builder.Append(' ', _indent * 4).Append(first).Append(second);
        }

        _builder.Append('\n');
        return this;
    }

    /// <summary>Writes <paramref name="header"/>, an opening brace, and indents.</summary>
    public CodeWriter Open(string header)
    {
        Line(header);
        Line("{");
        _indent++;
        return this;
    }

    /// <summary>Outdents and writes a closing brace followed by <paramref name="suffix"/> (<c>;</c>, <c>)</c>…).</summary>
    public CodeWriter Close(string suffix = "")
    {
        _indent--;
        Line("}" + suffix);
        return this;
    }

    public CodeWriter Indent()
    {
        _indent++;
        return this;
    }

    public CodeWriter Outdent()
    {
        _indent--;
        return this;
    }

    /// <summary>A one-line <c>&lt;summary&gt;</c>; <paramref name="xml"/> must already be escaped.</summary>
    public CodeWriter Summary(string xml) => Line("/// <summary>" + xml + "</summary>");

    public override string ToString() => _builder.ToString();
}
