using System;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsDsl.LanguageServer.Protocol;

/// <summary>
/// Writes a <see cref="Diagnostic"/> as the serializer would, but each object once: its UTF-8 JSON is kept beside
/// it (a weak table, so it lives as long as the object) and written raw on later publications. A keystroke reuses
/// the LSP form of every finding it did not change (<see cref="DiagnosticConverter"/>), so a 1 MB article's 600
/// diagnostics are not serialized again on every keystroke, only the few that changed. Reading is the serializer's own.
/// </summary>
internal sealed class DiagnosticJsonConverter : JsonConverter<Diagnostic>
{
    private static readonly ConditionalWeakTable<Diagnostic, byte[]> s_json = new();

    // The same settings without this converter: what a diagnostic's JSON is, written once.
    private static readonly JsonSerializerOptions s_plain = LspJson.ConfigureWithoutCache(new JsonSerializerOptions());

    public override Diagnostic? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<Diagnostic>(ref reader, s_plain);

    public override void Write(Utf8JsonWriter writer, Diagnostic value, JsonSerializerOptions options)
    {
        if (!s_json.TryGetValue(value, out var json))
        {
            json = JsonSerializer.SerializeToUtf8Bytes(value, s_plain);

            // Two threads may serialize the same diagnostic at once: both make the same bytes, either may stay.
            s_json.AddOrUpdate(value, json);
        }

        writer.WriteRawValue(json, skipInputValidation: true);
    }
}
