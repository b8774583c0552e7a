using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsDsl.LanguageServer.Protocol;

/// <summary>The one serializer setting for every protocol record: the specification's camelCase names, nulls left out.</summary>
internal static class LspJson
{
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        ConfigureWithoutCache(options);
        options.Converters.Add(new DiagnosticJsonConverter());
        return options;
    }

    /// <summary>The settings alone, without <see cref="DiagnosticJsonConverter"/> (which writes with these).</summary>
    public static JsonSerializerOptions ConfigureWithoutCache(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.PropertyNameCaseInsensitive = false;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        return options;
    }
}
