using System.Text.Encodings.Web;
using System.Text.Json;
using NewsDsl.Language.Diagnostics;

namespace NewsDsl.Cli;

/// <summary>
/// A finding as JSON: the shape of <c>check --format json</c>, which <c>export</c> repeats
/// (contract 8.4). Positions are 1-based, columns in UTF-16 code units, the end exclusive.
/// </summary>
internal static class JsonDiagnostics
{
    /// <summary>Writer options of every JSON output: indented, and non-ASCII text (curly quotes) kept as it is.</summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Utf8JsonWriter json, NewsDiagnostic diagnostic)
    {
        json.WriteStartObject();
        json.WriteString("id", diagnostic.Id);
        json.WriteString("severity", NewsDiagnostic.SeverityWord(diagnostic.Severity));
        json.WriteString("message", diagnostic.Message);
        json.WriteNumber("line", diagnostic.Start.Line + 1);
        json.WriteNumber("column", diagnostic.Start.Character + 1);
        json.WriteNumber("endLine", diagnostic.End.Line + 1);
        json.WriteNumber("endColumn", diagnostic.End.Character + 1);
        json.WriteNumber("offset", diagnostic.Span.Start);
        json.WriteNumber("length", diagnostic.Span.Length);
        json.WriteString("helpLink", diagnostic.Descriptor.HelpLink);
        json.WriteEndObject();
    }
}
