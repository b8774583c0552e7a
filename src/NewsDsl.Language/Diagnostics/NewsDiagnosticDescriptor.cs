using System;
using System.Globalization;

namespace NewsDsl.Language.Diagnostics;

/// <summary>What one rule reports: its fixed ID, wording, default severity and documentation page.</summary>
public sealed class NewsDiagnosticDescriptor
{
    /// <summary>Where the per-ID documentation pages live; each page is <c>{ID}.md</c>.</summary>
    public const string HelpLinkBase = "https://github.com/newsdsl/newsdsl/blob/main/docs/diagnostics/";

    public NewsDiagnosticDescriptor(
        string id,
        string title,
        string messageFormat,
        string category,
        NewsSeverity defaultSeverity,
        string description)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Title = title;
        MessageFormat = messageFormat;
        Category = category;
        DefaultSeverity = defaultSeverity;
        Description = description;
        HelpLink = HelpLinkBase + id + ".md";
    }

    public string Id { get; }

    public string Title { get; }

    /// <summary>A composite format string; arguments are supplied by the rule.</summary>
    public string MessageFormat { get; }

    /// <summary>"Attribution", "Syntax", "Integrity", "Style"…</summary>
    public string Category { get; }

    public NewsSeverity DefaultSeverity { get; }

    public string Description { get; }

    public string HelpLink { get; }

    public string FormatMessage(params object?[] args) =>
        args.Length == 0 ? MessageFormat : string.Format(CultureInfo.InvariantCulture, MessageFormat, args);

    public override string ToString() => Id;
}
