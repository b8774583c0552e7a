using System;
using System.Text.Json;
using NewsDsl.LanguageServer.Protocol;

namespace NewsDsl.LanguageServer.Transport;

/// <summary>Whether a frame's content is a JSON-RPC 2.0 message StreamJsonRpc can take, and if not, the error to answer.</summary>
internal readonly struct MessageCheck
{
    private MessageCheck(bool isValid, byte[]? rawId, int errorCode, string message)
    {
        IsValid = isValid;
        RawId = rawId;
        ErrorCode = errorCode;
        Message = message;
    }

    public bool IsValid { get; }

    /// <summary>The request's id as written (number or string), to echo in the error; null when unknown.</summary>
    public byte[]? RawId { get; }

    public int ErrorCode { get; }

    public string Message { get; }

    public static MessageCheck Check(ReadOnlySpan<byte> content)
    {
        byte[]? rawId = null;
        var idIsValid = true;
        string? jsonrpc = null;
        var hasMethod = false;
        var methodIsString = true;
        var paramsIsStructured = true;
        var hasResultOrError = false;
        try
        {
            var reader = new Utf8JsonReader(content, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 256 });
            if (!reader.Read())
            {
                return Invalid(null, ErrorCodes.ParseError, "Parse error: the frame is empty");
            }

            if (reader.TokenType == JsonTokenType.StartArray)
            {
                reader.Skip();
                EnsureEnd(ref reader);
                return Invalid(null, ErrorCodes.InvalidRequest, "Invalid request: batches are not part of LSP; send one message per frame");
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                EnsureEnd(ref reader);
                return Invalid(null, ErrorCodes.InvalidRequest, "Invalid request: a message must be a JSON object");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "jsonrpc":
                        jsonrpc = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                        break;
                    case "id":
                        if (reader.TokenType == JsonTokenType.String || (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out _)))
                        {
                            rawId = reader.ValueSpan.ToArray();
                            if (reader.TokenType == JsonTokenType.String)
                            {
                                rawId = JsonSerializer.SerializeToUtf8Bytes(reader.GetString());
                            }
                        }
                        else if (reader.TokenType != JsonTokenType.Null)
                        {
                            idIsValid = false;
                        }

                        break;
                    case "method":
                        hasMethod = true;
                        methodIsString = reader.TokenType == JsonTokenType.String;
                        break;
                    case "params":
                        // null is taken as absent: clients send it for methods without parameters (shutdown, exit).
                        paramsIsStructured = reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray or JsonTokenType.Null;
                        break;
                    case "result":
                    case "error":
                        hasResultOrError = true;
                        break;
                }

                reader.Skip();
            }

            EnsureEnd(ref reader);
        }
        catch (JsonException exception)
        {
            return Invalid(null, ErrorCodes.ParseError, "Parse error: the frame is not valid JSON (" + exception.Message + ")");
        }

        if (!idIsValid)
        {
            return Invalid(null, ErrorCodes.InvalidRequest, "Invalid request: 'id' must be a string or an integer");
        }

        if (jsonrpc != "2.0")
        {
            return Invalid(rawId, ErrorCodes.InvalidRequest, "Invalid request: 'jsonrpc' must be \"2.0\"");
        }

        if (hasMethod)
        {
            if (!methodIsString)
            {
                return Invalid(rawId, ErrorCodes.InvalidRequest, "Invalid request: 'method' must be a string");
            }

            return paramsIsStructured
                ? new MessageCheck(true, rawId, 0, string.Empty)
                : Invalid(rawId, ErrorCodes.InvalidRequest, "Invalid request: 'params' must be an object or an array");
        }

        return hasResultOrError && rawId is not null
            ? new MessageCheck(true, rawId, 0, string.Empty)
            : Invalid(rawId, ErrorCodes.InvalidRequest, "Invalid request: a message needs a 'method' (request or notification) or an 'id' with 'result' or 'error' (response)");
    }

    private static void EnsureEnd(ref Utf8JsonReader reader)
    {
        if (reader.Read())
        {
            throw new JsonException("text after the end of the message");
        }
    }

    private static MessageCheck Invalid(byte[]? rawId, int code, string message) => new(false, rawId, code, message);
}
