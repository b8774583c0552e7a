using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using NewsDsl.Language;
using NewsDsl.Language.Semantics;

namespace NewsDsl.Cli;

/// <summary>
/// The JSON export of one article (contract 8.4; schema: docs/schemas/newsdsl-export.schema.json).
/// Lists only what the language decided: sources, the quotations that are someone's words (no
/// <c>{title}</c>/<c>{term}</c>, nested ones inside their outer quotation's text, as the generated
/// <c>Quotes</c>), claims, and the findings with their configured severities.
/// </summary>
internal static class ArticleJson
{
    /// <summary>The version of the export's shape; a change that removes or renames a field raises it.</summary>
    public const string Version = "1";

    public static void Write(TextWriter writer, string path, NewsCheckResult result)
    {
        using (var json = new Utf8JsonWriter(new TextWriterStream(writer), JsonDiagnostics.WriterOptions))
        {
            Write(json, path, result);
        }

        writer.WriteLine();
    }

    public static void Write(Utf8JsonWriter json, string path, NewsCheckResult result)
    {
        var model = result.Model;
        var metadata = model.Metadata;
        json.WriteStartObject();
        json.WriteString("version", Version);
        json.WriteString("path", path);
        json.WriteString("id", metadata.Id);
        json.WriteString("headline", metadata.Headline);
        json.WriteString("published", metadata.Published is { } published ? published.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) : null);
        json.WriteString("byline", metadata.Byline);
        json.WriteString("desk", metadata.Desk);
        json.WriteString("deck", metadata.Deck);
        json.WriteString("dateline", metadata.Dateline);
        WriteStrings(json, "contributors", metadata.Contributors);

        json.WriteStartArray("sources");
        foreach (var source in model.Sources)
        {
            json.WriteStartObject();
            json.WriteString("id", source.Id);
            json.WriteString("kind", SourceKinds.ToKeyword(source.Kind));
            json.WriteString("name", source.Name);
            json.WriteString("title", source.Title);
            json.WriteString("reason", source.Reason);
            WriteStrings(json, "aka", source.Aliases);
            json.WriteBoolean("cited", model.IsCited(source));
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("quotations");
        foreach (var quote in model.Quotes)
        {
            json.WriteStartObject();
            json.WriteString("text", quote.Text);
            json.WriteString("source", quote.Source?.Id);
            json.WriteBoolean("suggested", quote.IsSuggested);
            json.WriteNumber("line", quote.Start.Line + 1);
            json.WriteNumber("column", quote.Start.Character + 1);
            json.WriteString("cue", quote.Cue);
            json.WriteString("via", quote.Via);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("claims");
        foreach (var claim in model.Claims)
        {
            json.WriteStartObject();
            json.WriteString("text", claim.Text);
            json.WriteString("source", claim.Source?.Id);
            json.WriteBoolean("suggested", claim.IsSuggested);
            json.WriteBoolean("own", claim.IsOwn);
            json.WriteNumber("line", claim.Start.Line + 1);
            json.WriteNumber("column", claim.Start.Character + 1);
            json.WriteString("cue", claim.Cue);
            json.WriteString("via", claim.Via);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in result.Diagnostics)
        {
            JsonDiagnostics.Write(json, diagnostic);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
