using System.Globalization;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Diagnostics;

/// <summary>One finding in one article, located by offset and by line/column.</summary>
public sealed class NewsDiagnostic
{
    public NewsDiagnostic(
        NewsDiagnosticDescriptor descriptor,
        NewsSeverity severity,
        string path,
        TextSpan span,
        LinePosition start,
        LinePosition end,
        string message)
    {
        Descriptor = descriptor;
        Severity = severity;
        Path = path;
        Span = span;
        Start = start;
        End = end;
        Message = message;
    }

    public NewsDiagnosticDescriptor Descriptor { get; }

    public string Id => Descriptor.Id;

    /// <summary>The effective severity (the default unless configuration changed it).</summary>
    public NewsSeverity Severity { get; }

    public string Path { get; }

    public TextSpan Span { get; }

    /// <summary>Zero-based start position.</summary>
    public LinePosition Start { get; }

    /// <summary>Zero-based end position.</summary>
    public LinePosition End { get; }

    public string Message { get; }

    public NewsDiagnostic WithSeverity(NewsSeverity severity) =>
        severity == Severity ? this : new NewsDiagnostic(Descriptor, severity, Path, Span, Start, End, Message);

    /// <summary>The MSBuild form: <c>path(line,column): severity ID: message</c>, 1-based.</summary>
    public override string ToString() =>
        string.Format(
            CultureInfo.InvariantCulture,
            "{0}({1},{2}): {3} {4}: {5}",
            Path,
            Start.Line + 1,
            Start.Character + 1,
            SeverityWord(Severity),
            Id,
            Message);

    /// <summary>The word MSBuild uses for a severity.</summary>
    public static string SeverityWord(NewsSeverity severity) => severity switch
    {
        NewsSeverity.Error => "error",
        NewsSeverity.Warning => "warning",
        NewsSeverity.Info => "info",
        _ => "hidden",
    };
}
