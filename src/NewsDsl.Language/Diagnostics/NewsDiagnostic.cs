using System;
using System.Collections.Generic;
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
        : this(descriptor, severity, path, span, start, end, message, null)
    {
    }

    /// <summary>A finding with further places it is about (<see cref="AdditionalLocations"/>).</summary>
    public NewsDiagnostic(
        NewsDiagnosticDescriptor descriptor,
        NewsSeverity severity,
        string path,
        TextSpan span,
        LinePosition start,
        LinePosition end,
        string message,
        IReadOnlyList<NewsRelatedLocation>? additionalLocations)
    {
        Descriptor = descriptor;
        Severity = severity;
        Path = path;
        Span = span;
        Start = start;
        End = end;
        Message = message;
        AdditionalLocations = additionalLocations is null || additionalLocations.Count == 0
            ? Array.Empty<NewsRelatedLocation>()
            : new List<NewsRelatedLocation>(additionalLocations).AsReadOnly();
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

    /// <summary>
    /// Other places the finding is about, filled by its rule (NEWS006, NEWS106, NEWS109), in the order the
    /// rule gives them; empty for most findings. Hosts show them as related locations.
    /// </summary>
    public IReadOnlyList<NewsRelatedLocation> AdditionalLocations { get; }

    public NewsDiagnostic WithSeverity(NewsSeverity severity) =>
        severity == Severity ? this : new NewsDiagnostic(Descriptor, severity, Path, Span, Start, End, Message, AdditionalLocations);

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
