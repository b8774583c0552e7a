using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using NewsDsl.Language.Diagnostics;

namespace NewsDsl.Cli;

/// <summary>
/// <c>--format json</c>: one document, <c>{"version":"1","files":[{"path":…,"diagnostics":[…]}]}</c>,
/// written a file at a time, for editors and CI bots.
/// </summary>
internal sealed class JsonCheckOutput : CheckOutput
{
    private readonly TextWriter _writer;
    private readonly Utf8JsonWriter _json;

    public JsonCheckOutput(TextWriter writer)
    {
        _writer = writer;
        _json = new Utf8JsonWriter(new TextWriterStream(writer), JsonDiagnostics.WriterOptions);
        _json.WriteStartObject();
        _json.WriteString("version", "1");
        _json.WriteStartArray("files");
    }

    public override void WriteFile(string path, IReadOnlyList<NewsDiagnostic> diagnostics)
    {
        _json.WriteStartObject();
        _json.WriteString("path", path);
        _json.WriteStartArray("diagnostics");
        foreach (var diagnostic in diagnostics)
        {
            JsonDiagnostics.Write(_json, diagnostic);
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
    }

    public override void Complete()
    {
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
        _writer.WriteLine();
        _writer.Flush();
    }

    public override void Dispose() => _json.Dispose();
}
