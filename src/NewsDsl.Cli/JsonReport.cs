using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsDsl.Language.Diagnostics;

namespace NewsDsl.Cli;

/// <summary>The <c>--format json</c> output: one document, a file per entry, for editors and CI bots.</summary>
internal static class JsonReport
{
    public static void Write(TextWriter writer, IReadOnlyList<(string Path, IReadOnlyList<NewsDiagnostic> Diagnostics)> files)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("version", "1");
            json.WriteStartArray("files");
            foreach (var (path, diagnostics) in files)
            {
                json.WriteStartObject();
                json.WriteString("path", path);
                json.WriteStartArray("diagnostics");
                foreach (var diagnostic in diagnostics)
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

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }
}
