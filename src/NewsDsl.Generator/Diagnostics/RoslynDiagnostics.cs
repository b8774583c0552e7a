using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NewsDsl.Generator.Model;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Rules;

namespace NewsDsl.Generator.Diagnostics;

/// <summary>
/// The bridge from the language's diagnostics to Roslyn's: descriptors, severities and locations
/// inside <c>.news</c> files.
/// </summary>
/// <remarks>
/// IDs, categories and default severities are written out as constants so the release-tracking
/// analyzer can check them against AnalyzerReleases.*.md; titles, messages, descriptions and help
/// links come from the language core, and a test checks that the constants agree with it.
/// </remarks>
internal static class RoslynDiagnostics
{
    public static readonly DiagnosticDescriptor News000 = new("NEWS000", Title("NEWS000"), Format("NEWS000"), "Internal", DiagnosticSeverity.Warning, true, Description("NEWS000"), HelpLink("NEWS000"));
    public static readonly DiagnosticDescriptor News001 = new("NEWS001", Title("NEWS001"), Format("NEWS001"), "Attribution", DiagnosticSeverity.Warning, true, Description("NEWS001"), HelpLink("NEWS001"));
    public static readonly DiagnosticDescriptor News002 = new("NEWS002", Title("NEWS002"), Format("NEWS002"), "Attribution", DiagnosticSeverity.Error, true, Description("NEWS002"), HelpLink("NEWS002"));
    public static readonly DiagnosticDescriptor News003 = new("NEWS003", Title("NEWS003"), Format("NEWS003"), "Sources", DiagnosticSeverity.Warning, true, Description("NEWS003"), HelpLink("NEWS003"));
    public static readonly DiagnosticDescriptor News004 = new("NEWS004", Title("NEWS004"), Format("NEWS004"), "Syntax", DiagnosticSeverity.Error, true, Description("NEWS004"), HelpLink("NEWS004"));
    public static readonly DiagnosticDescriptor News005 = new("NEWS005", Title("NEWS005"), Format("NEWS005"), "Sources", DiagnosticSeverity.Warning, true, Description("NEWS005"), HelpLink("NEWS005"));
    public static readonly DiagnosticDescriptor News006 = new("NEWS006", Title("NEWS006"), Format("NEWS006"), "Structure", DiagnosticSeverity.Error, true, Description("NEWS006"), HelpLink("NEWS006"));
    public static readonly DiagnosticDescriptor News007 = new("NEWS007", Title("NEWS007"), Format("NEWS007"), "Attribution", DiagnosticSeverity.Warning, true, Description("NEWS007"), HelpLink("NEWS007"));
    public static readonly DiagnosticDescriptor News008 = new("NEWS008", Title("NEWS008"), Format("NEWS008"), "Structure", DiagnosticSeverity.Error, true, Description("NEWS008"), HelpLink("NEWS008"));
    public static readonly DiagnosticDescriptor News009 = new("NEWS009", Title("NEWS009"), Format("NEWS009"), "Suppression", DiagnosticSeverity.Warning, true, Description("NEWS009"), HelpLink("NEWS009"));
    public static readonly DiagnosticDescriptor News010 = new("NEWS010", Title("NEWS010"), Format("NEWS010"), "Suppression", DiagnosticSeverity.Warning, true, Description("NEWS010"), HelpLink("NEWS010"));
    public static readonly DiagnosticDescriptor News100 = new("NEWS100", Title("NEWS100"), Format("NEWS100"), "Integrity", DiagnosticSeverity.Error, true, Description("NEWS100"), HelpLink("NEWS100"));
    public static readonly DiagnosticDescriptor News101 = new("NEWS101", Title("NEWS101"), Format("NEWS101"), "Attribution", DiagnosticSeverity.Warning, true, Description("NEWS101"), HelpLink("NEWS101"));
    public static readonly DiagnosticDescriptor News102 = new("NEWS102", Title("NEWS102"), Format("NEWS102"), "Sources", DiagnosticSeverity.Warning, true, Description("NEWS102"), HelpLink("NEWS102"));
    public static readonly DiagnosticDescriptor News103 = new("NEWS103", Title("NEWS103"), Format("NEWS103"), "Attribution", DiagnosticSeverity.Warning, true, Description("NEWS103"), HelpLink("NEWS103"));
    public static readonly DiagnosticDescriptor News104 = new("NEWS104", Title("NEWS104"), Format("NEWS104"), "Sources", DiagnosticSeverity.Warning, true, Description("NEWS104"), HelpLink("NEWS104"));
    public static readonly DiagnosticDescriptor News105 = new("NEWS105", Title("NEWS105"), Format("NEWS105"), "Style", DiagnosticSeverity.Info, true, Description("NEWS105"), HelpLink("NEWS105"));
    public static readonly DiagnosticDescriptor News106 = new("NEWS106", Title("NEWS106"), Format("NEWS106"), "Accuracy", DiagnosticSeverity.Warning, true, Description("NEWS106"), HelpLink("NEWS106"));
    public static readonly DiagnosticDescriptor News107 = new("NEWS107", Title("NEWS107"), Format("NEWS107"), "Sources", DiagnosticSeverity.Info, true, Description("NEWS107"), HelpLink("NEWS107"));
    public static readonly DiagnosticDescriptor News108 = new("NEWS108", Title("NEWS108"), Format("NEWS108"), "Attribution", DiagnosticSeverity.Info, true, Description("NEWS108"), HelpLink("NEWS108"));
    public static readonly DiagnosticDescriptor News109 = new("NEWS109", Title("NEWS109"), Format("NEWS109"), "Structure", DiagnosticSeverity.Error, true, Description("NEWS109"), HelpLink("NEWS109"));
    public static readonly DiagnosticDescriptor News110 = new("NEWS110", Title("NEWS110"), Format("NEWS110"), "Structure", DiagnosticSeverity.Error, true, Description("NEWS110"), HelpLink("NEWS110"));
    public static readonly DiagnosticDescriptor News111 = new("NEWS111", Title("NEWS111"), Format("NEWS111"), "Structure", DiagnosticSeverity.Info, true, Description("NEWS111"), HelpLink("NEWS111"));
    public static readonly DiagnosticDescriptor News112 = new("NEWS112", Title("NEWS112"), Format("NEWS112"), "Structure", DiagnosticSeverity.Error, true, Description("NEWS112"), HelpLink("NEWS112"));

    /// <summary>
    /// Every rule as Roslyn sees it (IDE rule lists, <c>SupportedDiagnostics</c>), with the
    /// language's own wording: the rules above, then any later rule of the core, so a new rule
    /// is reported even before this list is updated (release tracking and a test flag the gap).
    /// </summary>
    public static readonly ImmutableArray<DiagnosticDescriptor> Supported = CreateSupported(
        News000, News001, News002, News003, News004, News005, News006, News007, News008, News009, News010,
        News100, News101, News102, News103, News104, News105, News106, News107, News108, News109, News110, News111, News112);

    // The language formats its messages itself; Roslyn only passes the finished text through a
    // "{0}" format. Roslyn matches reported diagnostics to supported ones by ID.
    private static readonly Dictionary<string, DiagnosticDescriptor> Reporting = CreateReporting();

    public static DiagnosticSeverity ToRoslyn(NewsSeverity severity) => severity switch
    {
        NewsSeverity.Error => DiagnosticSeverity.Error,
        NewsSeverity.Warning => DiagnosticSeverity.Warning,
        NewsSeverity.Info => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Hidden,
    };

    /// <summary>A diagnostic with the language's finished message, at a place in a <c>.news</c> file.</summary>
    public static Diagnostic Create(string id, Location location, string message, NewsSeverity severity) =>
        Create(id, location, message, severity, additionalLocations: null);

    /// <summary>A finding of the core as it is: its location, message, final severity and additional locations.</summary>
    public static Diagnostic Create(NewsDiagnostic diagnostic)
    {
        List<Location>? additional = null;
        foreach (var related in diagnostic.AdditionalLocations)
        {
            (additional ??= new List<Location>()).Add(ToLocation(ToLocationInfo(related)));
        }

        return Create(diagnostic.Id, ToLocation(diagnostic), diagnostic.Message, diagnostic.Severity, additional);
    }

    private static Diagnostic Create(string id, Location location, string message, NewsSeverity severity, IEnumerable<Location>? additionalLocations)
    {
        // An ID this assembly does not know (a newer core) would make Roslyn reject the
        // diagnostic as unsupported; say so through NEWS000 rather than lose it.
        if (!Reporting.TryGetValue(id, out var descriptor))
        {
            descriptor = Reporting[News000.Id];
            message = NewsRules.InternalError.FormatMessage(id + " is not known to the NewsDsl analyzer: " + message);
        }

        return Diagnostic.Create(descriptor, location, ToRoslyn(severity), additionalLocations, properties: null, message);
    }

    public static Diagnostic Create(DiagnosticInfo info) =>
        Create(
            info.Id,
            info.Location is { } location ? ToLocation(location) : Location.None,
            info.Message,
            info.Severity,
            info.AdditionalLocation is { } additional ? new[] { ToLocation(additional) } : null);

    /// <summary>
    /// A location in a file the compiler does not parse. Roslyn prints it as <c>path(line,col)</c>
    /// with the 0-based line span made 1-based, exactly like a location in C#.
    /// </summary>
    public static Location ToLocation(LocationInfo location)
    {
        // Roslyn throws on negative or inverted spans; a position bug must not cost the diagnostic.
        var start = new LinePosition(Math.Max(0, location.StartLine), Math.Max(0, location.StartCharacter));
        var end = new LinePosition(Math.Max(0, location.EndLine), Math.Max(0, location.EndCharacter));
        if (end < start)
        {
            end = start;
        }

        return Location.Create(
            location.Path,
            new TextSpan(Math.Max(0, location.Start), Math.Max(0, location.Length)),
            new LinePositionSpan(start, end));
    }

    public static Location ToLocation(NewsDiagnostic diagnostic) => ToLocation(new LocationInfo(
        diagnostic.Path,
        diagnostic.Span.Start,
        diagnostic.Span.Length,
        diagnostic.Start.Line,
        diagnostic.Start.Character,
        diagnostic.End.Line,
        diagnostic.End.Character));

    /// <summary>A related place as a plain, equatable value.</summary>
    public static LocationInfo ToLocationInfo(NewsRelatedLocation related) => new(
        related.Path,
        related.Span.Start,
        related.Span.Length,
        related.Start.Line,
        related.Start.Character,
        related.End.Line,
        related.End.Character);

    private static NewsDiagnosticDescriptor Core(string id) =>
        NewsRules.Find(id) ?? throw new InvalidOperationException("The language core has no rule " + id + ".");

    private static string Title(string id) => Core(id).Title;

    private static string Format(string id) => Core(id).MessageFormat;

    private static string Description(string id) => Core(id).Description;

    private static string HelpLink(string id) => Core(id).HelpLink;

    private static ImmutableArray<DiagnosticDescriptor> CreateSupported(params DiagnosticDescriptor[] contract)
    {
        var builder = ImmutableArray.CreateBuilder<DiagnosticDescriptor>();
        builder.AddRange(contract);
        foreach (var rule in NewsRules.Descriptors)
        {
            if (Array.Exists(contract, known => known.Id == rule.Id))
            {
                continue;
            }

#pragma warning disable RS1017, RS2008 // Rules newer than this list; their IDs are constants of the language core.
            builder.Add(new DiagnosticDescriptor(
                rule.Id,
                rule.Title,
                rule.MessageFormat,
                rule.Category,
                ToRoslyn(rule.DefaultSeverity),
                isEnabledByDefault: true,
                rule.Description,
                rule.HelpLink));
#pragma warning restore RS1017, RS2008
        }

        return builder.ToImmutable();
    }

    private static Dictionary<string, DiagnosticDescriptor> CreateReporting()
    {
        var result = new Dictionary<string, DiagnosticDescriptor>(StringComparer.Ordinal);
        foreach (var supported in Supported)
        {
#pragma warning disable RS1017, RS2008 // Copies of the constant descriptors above, differing only in the message format.
            result.Add(supported.Id, new DiagnosticDescriptor(
                supported.Id,
                supported.Title,
                "{0}",
                supported.Category,
                supported.DefaultSeverity,
                supported.IsEnabledByDefault,
                supported.Description,
                supported.HelpLinkUri));
#pragma warning restore RS1017, RS2008
        }

        return result;
    }
}
