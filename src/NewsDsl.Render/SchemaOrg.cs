using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using NewsDsl.Language.Semantics;

namespace NewsDsl.Render;

/// <summary>
/// The article as schema.org JSON-LD: a <c>NewsArticle</c> whose parts are its <c>Quotation</c>s
/// and attributed <c>Claim</c>s, each with the <c>Person</c> or <c>Organization</c> it comes from.
/// The mapping is documented in docs/schema-org.md. The output escapes &lt;, &gt; and &amp;, so it
/// can stand inside a <c>&lt;script&gt;</c> element as it is.
/// </summary>
public static class SchemaOrg
{
    // Both escape < > & ' " (so the JSON can stand in a <script> element): the compact form, used in the
    // page, escapes all non-ASCII too, which is the encoder's fast path; the indented form keeps letters readable.
    private static readonly JavaScriptEncoder s_readable = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>The JSON-LD document for one article.</summary>
    public static string ToJson(ArticleModel model, bool indented = true)
    {
        if (model is null)
        {
            throw new ArgumentNullException(nameof(model));
        }

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = indented ? s_readable : JavaScriptEncoder.Default }))
        {
            Write(writer, model);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_bytes;

    /// <summary>
    /// Appends the compact JSON-LD to the page being written, through a buffer kept per thread. The
    /// compact form escapes every non-ASCII character, so its bytes are its characters.
    /// </summary>
    internal static void AppendCompact(ArticleModel model, StringBuilder page)
    {
        var bytes = t_bytes ??= new ArrayBufferWriter<byte>(16384);
        bytes.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(bytes, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default }))
        {
            Write(writer, model);
        }

        var written = bytes.WrittenSpan;
        var chars = ArrayPool<char>.Shared.Rent(written.Length);
        var count = Encoding.UTF8.GetChars(written, chars);
        page.Append(chars, 0, count);
        ArrayPool<char>.Shared.Return(chars);
    }

    /// <summary>Writes the JSON-LD object for one article.</summary>
    public static void Write(Utf8JsonWriter writer, ArticleModel model)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        if (model is null)
        {
            throw new ArgumentNullException(nameof(model));
        }

        var metadata = model.Metadata;

        // A source quoted ten times is written once and copied: its node is the same every time.
        var agents = writer.Options.Indented ? null : new List<(SourceSymbol Source, byte[] Json)>();
        writer.WriteStartObject();
        writer.WriteString("@context", "https://schema.org");
        writer.WriteString("@type", "NewsArticle");
        writer.WriteString("@id", ArticleNode(model));
        if (metadata.Id is { } id)
        {
            writer.WriteString("identifier", id);
        }

        if (metadata.Headline is { } headline)
        {
            writer.WriteString("headline", headline);
        }

        if (metadata.Deck is { Length: > 0 } deck)
        {
            writer.WriteString("alternativeHeadline", deck);
        }

        if (metadata.Desk is { Length: > 0 } desk)
        {
            writer.WriteString("articleSection", desk);
        }

        if (metadata.Published is { } published)
        {
            writer.WriteString("datePublished", published.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture));
        }

        var authors = Bylines.Authors(metadata.Byline);
        if (authors.Count > 0)
        {
            writer.WriteStartArray("author");
            foreach (var author in authors)
            {
                writer.WriteStartObject();
                writer.WriteString("@type", "Person");
                writer.WriteString("name", author);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteStartArray("hasPart");
        foreach (var quote in model.Quotes)
        {
            writer.WriteStartObject();
            writer.WriteString("@type", "Quotation");
            writer.WriteString("text", quote.Text);
            if (quote.Source is { } source)
            {
                if (Attribution.IsSuggested(quote))
                {
                    // Not published as fact until an editor confirms it.
                    writer.WriteString("creativeWorkStatus", "attribution unconfirmed");
                }
                else if (source.Kind == SourceKind.Document)
                {
                    writer.WritePropertyName("isBasedOn");
                    WriteSource(writer, source, agents);
                }
                else
                {
                    writer.WritePropertyName(source.Kind is SourceKind.Person or SourceKind.Anonymous or SourceKind.Organization or SourceKind.Group ? "spokenByCharacter" : "creator");
                    WriteSource(writer, source, agents);
                }
            }

            writer.WriteEndObject();
        }

        foreach (var claim in model.Claims)
        {
            if (claim.Source is not { } source || Attribution.IsSuggested(claim))
            {
                continue;
            }

            writer.WriteStartObject();
            writer.WriteString("@type", "Claim");
            writer.WriteString("text", claim.Text);
            if (source.Kind == SourceKind.Document)
            {
                writer.WritePropertyName("isBasedOn");
                WriteSource(writer, source, agents);
            }
            else
            {
                writer.WritePropertyName("author");
                WriteSource(writer, source, agents);
            }

            writer.WriteStartObject("appearance");
            writer.WriteString("@id", ArticleNode(model));
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The schema.org type a source of this kind becomes.</summary>
    public static string TypeOf(SourceKind kind) => kind switch
    {
        SourceKind.Person or SourceKind.Anonymous => "Person",
        SourceKind.Document => "CreativeWork",
        _ => "Organization",
    };

    private static string ArticleNode(ArticleModel model) => "#article-" + (model.Metadata.Id ?? "unnamed");

    private static void WriteSource(Utf8JsonWriter writer, SourceSymbol source, List<(SourceSymbol Source, byte[] Json)>? agents)
    {
        if (agents is null)
        {
            WriteNode(writer, source);
            return;
        }

        foreach (var (known, json) in agents)
        {
            if (ReferenceEquals(known, source))
            {
                writer.WriteRawValue(json, skipInputValidation: true);
                return;
            }
        }

        var buffer = new ArrayBufferWriter<byte>(256);
        using (var node = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = writer.Options.Encoder }))
        {
            WriteNode(node, source);
        }

        var bytes = buffer.WrittenSpan.ToArray();
        agents.Add((source, bytes));
        writer.WriteRawValue(bytes, skipInputValidation: true);
    }

    private static void WriteNode(Utf8JsonWriter writer, SourceSymbol source)
    {
        if (source.Kind == SourceKind.Document)
        {
            WriteDocument(writer, source);
        }
        else
        {
            WriteAgent(writer, source);
        }
    }

    private static void WriteAgent(Utf8JsonWriter writer, SourceSymbol source)
    {
        writer.WriteStartObject();
        writer.WriteString("@type", TypeOf(source.Kind));
        writer.WriteString("@id", "#source-" + source.Id);
        writer.WriteString("name", source.Name);
        if (source.Title is { Length: > 0 } title)
        {
            // jobTitle belongs to Person; an organization's role is a description.
            writer.WriteString(source.Kind is SourceKind.Person or SourceKind.Anonymous ? "jobTitle" : "description", title);
        }

        writer.WriteEndObject();
    }

    private static void WriteDocument(Utf8JsonWriter writer, SourceSymbol source)
    {
        writer.WriteStartObject();
        writer.WriteString("@type", "CreativeWork");
        writer.WriteString("@id", "#source-" + source.Id);
        writer.WriteString("name", source.Name);
        if (source.Title is { Length: > 0 } title)
        {
            writer.WriteString("description", title);
        }

        writer.WriteEndObject();
    }

    /// <summary>Splits a byline ("By Jane Doe and John Roe") into names.</summary>
    internal static class Bylines
    {
        public static IReadOnlyList<string> Authors(string? byline)
        {
            var names = new List<string>();
            if (string.IsNullOrWhiteSpace(byline))
            {
                return names;
            }

            var text = byline!.Trim();
            if (text.StartsWith("by ", StringComparison.OrdinalIgnoreCase))
            {
                text = text.Substring(3);
            }

            foreach (var piece in text.Replace(" and ", ",").Replace(" & ", ",").Split(','))
            {
                var name = piece.Trim();
                if (name.Length > 0)
                {
                    names.Add(name);
                }
            }

            return names;
        }
    }
}
