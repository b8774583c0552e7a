using System;
using System.Text.Json;
using System.Text.Unicode;
using NewsDsl.LanguageServer.Protocol;

namespace NewsDsl.LanguageServer.Transport;

/// <summary>
/// Whether a frame's content is a JSON-RPC 2.0 message StreamJsonRpc can take, and if not, the error to
/// answer. Everything StreamJsonRpc would choke on (and drop the whole connection for) is decided here:
/// invalid UTF-8, nesting deeper than System.Text.Json reads, ids and methods of the wrong type, and
/// responses (the server sends no requests, so a response answers nothing).
/// </summary>
internal readonly struct MessageCheck
{
    /// <summary>
    /// The deepest nesting accepted: System.Text.Json's default, which StreamJsonRpc's formatter reads
    /// messages with. A deeper message is refused here with its id, rather than fail inside StreamJsonRpc.
    /// </summary>
    public const int MaxDepth = 64;

    private MessageCheck(MessageKind kind, byte[]? rawId, int errorCode, string message)
    {
        Kind = kind;
        RawId = rawId;
        ErrorCode = errorCode;
        Message = message;
    }

    public MessageKind Kind { get; }

    public bool IsValid => Kind == MessageKind.Forward;

    /// <summary>The request's id as written (number or string), to echo in the error; null when unknown.</summary>
    public byte[]? RawId { get; }

    public int ErrorCode { get; }

    public string Message { get; }

    /// <summary>
    /// Checks a frame's content. Lone UTF-16 surrogates written as escapes (<c>"\ud800"</c>), which are valid
    /// JSON but cannot become .NET strings without an exception, are first replaced in place by
    /// <c>\ufffd</c>: six bytes for six bytes and one UTF-16 code unit for one, so every offset in the
    /// document's text stays where the client counts it.
    /// </summary>
    public static MessageCheck Check(Span<byte> content)
    {
        try
        {
            return CheckCore(content);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A frame this check did not foresee is still only one frame: refuse it, keep the connection.
            return Invalid(null, ErrorCodes.ParseError, "Parse error: the frame could not be read (" + exception.Message + ")");
        }
    }

    private static MessageCheck CheckCore(Span<byte> content)
    {
        ReplaceLoneSurrogateEscapes(content);

        byte[]? rawId = null;
        var idIsValid = true;
        string? jsonrpc = null;
        var hasMethod = false;
        var methodIsString = true;
        var paramsIsStructured = true;
        var hasResultOrError = false;
        var reader = new Utf8JsonReader(content, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = MaxDepth });
        try
        {
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
                var name = reader.ValueTextEquals("jsonrpc"u8) ? "jsonrpc"
                    : reader.ValueTextEquals("id"u8) ? "id"
                    : reader.ValueTextEquals("method"u8) ? "method"
                    : reader.ValueTextEquals("params"u8) ? "params"
                    : reader.ValueTextEquals("result"u8) || reader.ValueTextEquals("error"u8) ? "result"
                    : null;
                reader.Read();
                switch (name)
                {
                    case "jsonrpc":
                        jsonrpc = reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("2.0"u8) ? "2.0" : "other";
                        break;
                    case "id":
                        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out _))
                        {
                            rawId = reader.ValueSpan.ToArray();
                        }
                        else if (reader.TokenType == JsonTokenType.String && TryGetString(ref reader) is { } id)
                        {
                            rawId = JsonSerializer.SerializeToUtf8Bytes(id);
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
                        hasResultOrError = true;
                        break;
                }

                reader.Skip();
            }

            EnsureEnd(ref reader);
        }
        catch (JsonException exception)
        {
            if (reader.CurrentDepth >= MaxDepth - 1)
            {
                return Invalid(rawId, ErrorCodes.InvalidRequest, $"Invalid request: the message is nested more than {MaxDepth} levels deep");
            }

            return Invalid(null, ErrorCodes.ParseError, "Parse error: the frame is not valid JSON (" + exception.Message + ")");
        }

        if (!Utf8.IsValid(content))
        {
            // JSON text is UTF-8: a client that sends other bytes has lost track of its own text.
            return Invalid(rawId, ErrorCodes.ParseError, $"Parse error: the frame is not valid UTF-8 (at byte {FirstInvalidByte(content)} of its content)");
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
                ? new MessageCheck(MessageKind.Forward, rawId, 0, string.Empty)
                : Invalid(rawId, ErrorCodes.InvalidRequest, "Invalid request: 'params' must be an object or an array");
        }

        if (hasResultOrError && rawId is not null)
        {
            // The server sends no requests, so no response can be awaited: answering one is not allowed, passing it on
            // would make StreamJsonRpc fail on an id it never used. Ignored (and logged).
            return new MessageCheck(MessageKind.Ignore, rawId, 0, "a response to a request the server never sent (id " + System.Text.Encoding.UTF8.GetString(rawId) + ")");
        }

        return Invalid(rawId, ErrorCodes.InvalidRequest, "Invalid request: a message needs a 'method' (request or notification) or an 'id' with 'result' or 'error' (response)");
    }

    /// <summary>
    /// Rewrites each <c>\uD800</c>–<c>\uDFFF</c> escape that is not half of a well-formed pair as <c>\uFFFD</c>.
    /// Outside strings a backslash is not JSON at all (the reader rejects it later), and inside them each
    /// backslash starts an escape of known length, so one left-to-right pass sees every escape as the reader will.
    /// </summary>
    internal static int ReplaceLoneSurrogateEscapes(Span<byte> content)
    {
        var replaced = 0;
        var i = content.IndexOf((byte)'\\');
        while (i >= 0 && i + 1 < content.Length)
        {
            if (content[i + 1] != (byte)'u' || !TryHex(content, i + 2, out var unit))
            {
                i = Next(content, i + 2);
                continue;
            }

            if (unit is >= 0xD800 and <= 0xDBFF && i + 11 < content.Length && content[i + 6] == (byte)'\\' && content[i + 7] == (byte)'u'
                && TryHex(content, i + 8, out var low) && low is >= 0xDC00 and <= 0xDFFF)
            {
                i = Next(content, i + 12);
                continue;
            }

            if (unit is >= 0xD800 and <= 0xDFFF)
            {
                "fffd"u8.CopyTo(content.Slice(i + 2, 4));
                replaced++;
            }

            i = Next(content, i + 6);
        }

        return replaced;
    }

    private static int Next(Span<byte> content, int from)
    {
        if (from >= content.Length)
        {
            return -1;
        }

        var next = content.Slice(from).IndexOf((byte)'\\');
        return next < 0 ? -1 : from + next;
    }

    private static bool TryHex(Span<byte> content, int start, out int value)
    {
        value = 0;
        if (start + 4 > content.Length)
        {
            return false;
        }

        for (var k = 0; k < 4; k++)
        {
            var b = content[start + k];
            int digit = b switch
            {
                >= (byte)'0' and <= (byte)'9' => b - '0',
                >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
                _ => -1,
            };
            if (digit < 0)
            {
                return false;
            }

            value = (value << 4) | digit;
        }

        return true;
    }

    /// <summary>A string value, or null when its bytes cannot become a .NET string.</summary>
    private static string? TryGetString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> content)
    {
        System.Text.Unicode.Utf8.ToUtf16(content, new char[content.Length], out var read, out _, replaceInvalidSequences: false);
        return read;
    }

    private static void EnsureEnd(ref Utf8JsonReader reader)
    {
        if (reader.Read())
        {
            throw new JsonException("text after the end of the message");
        }
    }

    private static MessageCheck Invalid(byte[]? rawId, int code, string message) => new(MessageKind.Reject, rawId, code, message);
}
