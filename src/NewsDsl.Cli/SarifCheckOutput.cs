using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Text;

namespace NewsDsl.Cli;

/// <summary>
/// <c>--format sarif</c>: SARIF 2.1.0 as the C# compiler writes it with
/// <c>-p:ErrorLog=log.sarif,version=2.1</c> (results with <c>ruleId</c>, <c>ruleIndex</c>, <c>level</c>,
/// <c>message.text</c> and a location with a region; <c>tool.driver.rules</c> with <c>helpUri</c>), read
/// by GitHub code scanning and Azure DevOps. Results stream first and the rules follow them, as in the
/// compiler's log, so rule indexes are in order of first use.
/// Paths the user gave relative are written relative to <c>%SRCROOT%</c>, the current folder.
/// </summary>
internal sealed class SarifCheckOutput : CheckOutput
{
    /// <summary>The URI base id of relative artifact locations (the folder newsdsl ran in).</summary>
    public const string SourceRoot = "%SRCROOT%";

    private readonly TextWriter _writer;
    private readonly string _workingDirectory;
    private readonly Utf8JsonWriter _json;
    private readonly List<NewsDiagnosticDescriptor> _rules = new();
    private readonly Dictionary<string, int> _ruleIndex = new(StringComparer.Ordinal);

    public SarifCheckOutput(TextWriter writer, string workingDirectory)
    {
        _writer = writer;
        _workingDirectory = workingDirectory;
        _json = new Utf8JsonWriter(new TextWriterStream(writer), JsonDiagnostics.WriterOptions);
        _json.WriteStartObject();
        _json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        _json.WriteString("version", "2.1.0");
        _json.WriteStartArray("runs");
        _json.WriteStartObject();
        _json.WriteStartArray("results");
    }

    public override void WriteFile(string path, IReadOnlyList<NewsDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            WriteResult(path, diagnostic);
        }

        _json.Flush();
    }

    public override void Complete()
    {
        _json.WriteEndArray();
        WriteTool();
        _json.WriteStartObject("originalUriBaseIds");
        _json.WriteStartObject(SourceRoot);
        _json.WriteString("uri", FolderUri(_workingDirectory));
        _json.WriteEndObject();
        _json.WriteEndObject();
        _json.WriteString("columnKind", "utf16CodeUnits");
        _json.WriteEndObject();
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
        _writer.WriteLine();
        _writer.Flush();
    }

    public override void Dispose() => _json.Dispose();

    /// <summary>The SARIF level of a severity, as the compiler maps it.</summary>
    public static string Level(NewsSeverity severity) => severity switch
    {
        NewsSeverity.Error => "error",
        NewsSeverity.Warning => "warning",
        NewsSeverity.Info => "note",
        _ => "none",
    };

    private void WriteResult(string path, NewsDiagnostic diagnostic)
    {
        if (!_ruleIndex.TryGetValue(diagnostic.Id, out var index))
        {
            index = _rules.Count;
            _rules.Add(diagnostic.Descriptor);
            _ruleIndex.Add(diagnostic.Id, index);
        }

        _json.WriteStartObject();
        _json.WriteString("ruleId", diagnostic.Id);
        _json.WriteNumber("ruleIndex", index);
        _json.WriteString("level", Level(diagnostic.Severity));
        _json.WriteStartObject("message");
        _json.WriteString("text", diagnostic.Message);
        _json.WriteEndObject();
        _json.WriteStartArray("locations");
        _json.WriteStartObject();
        WritePhysicalLocation(path, diagnostic.Start, diagnostic.End, diagnostic.Span);
        _json.WriteEndObject();
        _json.WriteEndArray();

        // The rule's additional locations (NEWS006's first declaration, NEWS106's other figure, NEWS109's first article).
        if (diagnostic.AdditionalLocations.Count > 0)
        {
            _json.WriteStartArray("relatedLocations");
            for (var i = 0; i < diagnostic.AdditionalLocations.Count; i++)
            {
                var related = diagnostic.AdditionalLocations[i];
                _json.WriteStartObject();
                _json.WriteNumber("id", i + 1);
                WritePhysicalLocation(related.Path, related.Start, related.End, related.Span);
                _json.WriteStartObject("message");
                _json.WriteString("text", related.Message);
                _json.WriteEndObject();
                _json.WriteEndObject();
            }

            _json.WriteEndArray();
        }

        _json.WriteEndObject();
    }

    private void WritePhysicalLocation(string path, LinePosition start, LinePosition end, TextSpan span)
    {
        _json.WriteStartObject("physicalLocation");
        _json.WriteStartObject("artifactLocation");
        if (Path.IsPathRooted(path))
        {
            _json.WriteString("uri", new Uri(Path.GetFullPath(path)).AbsoluteUri);
        }
        else
        {
            _json.WriteString("uri", RelativeUri(path));
            _json.WriteString("uriBaseId", SourceRoot);
        }

        _json.WriteEndObject();
        _json.WriteStartObject("region");
        _json.WriteNumber("startLine", start.Line + 1);
        _json.WriteNumber("startColumn", start.Character + 1);
        _json.WriteNumber("endLine", end.Line + 1);
        _json.WriteNumber("endColumn", end.Character + 1);
        _json.WriteNumber("charOffset", span.Start);
        _json.WriteNumber("charLength", span.Length);
        _json.WriteEndObject();
        _json.WriteEndObject();
    }

    private void WriteTool()
    {
        _json.WriteStartObject("tool");
        _json.WriteStartObject("driver");
        _json.WriteString("name", "newsdsl");
        _json.WriteString("version", Program.Version());
        _json.WriteString("semanticVersion", Program.Version());
        _json.WriteString("informationUri", "https://github.com/newsdsl/newsdsl");
        _json.WriteStartArray("rules");
        foreach (var rule in _rules)
        {
            _json.WriteStartObject();
            _json.WriteString("id", rule.Id);
            _json.WriteStartObject("shortDescription");
            _json.WriteString("text", rule.Title);
            _json.WriteEndObject();
            if (!string.IsNullOrEmpty(rule.Description))
            {
                _json.WriteStartObject("fullDescription");
                _json.WriteString("text", rule.Description);
                _json.WriteEndObject();
            }

            _json.WriteString("helpUri", rule.HelpLink);
            _json.WriteStartObject("defaultConfiguration");
            _json.WriteString("level", Level(rule.DefaultSeverity));
            _json.WriteEndObject();
            _json.WriteStartObject("properties");
            _json.WriteString("category", rule.Category);
            _json.WriteEndObject();
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.WriteEndObject();
    }

    // Each segment escaped, '/' between them: a relative reference resolved against %SRCROOT%.
    private static string RelativeUri(string path) =>
        string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));

    private static string FolderUri(string folder)
    {
        var uri = new Uri(Path.GetFullPath(folder)).AbsoluteUri;
        return uri.EndsWith('/') ? uri : uri + "/";
    }
}
