using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using NewsDsl.LanguageServer.Protocol;

namespace NewsDsl.LanguageServer.Transport;

/// <summary>
/// Stands between standard input and StreamJsonRpc. StreamJsonRpc drops the whole connection on a frame
/// it cannot read; an editor's server must not. So every frame is read and checked here first: a
/// malformed header, invalid JSON or a message that is not JSON-RPC 2.0 gets an error response (id null
/// when none can be read) and the stream is resynchronised at the next <c>Content-Length</c>; only
/// well-formed messages reach StreamJsonRpc.
/// </summary>
internal sealed class FrameGuard
{
    private static readonly byte[] s_headerEnd = "\r\n\r\n"u8.ToArray();
    private static readonly byte[] s_contentLength = "Content-Length"u8.ToArray();
    private const int MaxHeaderBytes = 8 * 1024;

    private readonly Stream _input;
    private readonly PipeWriter _forward;
    private readonly MessageOutput _output;
    private readonly ServerLog _log;
    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _endOfInput;

    public FrameGuard(Stream input, PipeWriter forward, MessageOutput output, ServerLog log)
    {
        _input = input;
        _forward = forward;
        _output = output;
        _log = log;
    }

    /// <summary>Bad messages answered so far (for tests and logs).</summary>
    public int Rejected { get; private set; }

    /// <summary>Messages dropped without an answer (responses nobody asked for).</summary>
    public int Ignored { get; private set; }

    /// <summary>Pumps frames until the input ends, then completes the forward pipe.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                // 1. The header block, up to the blank line.
                int headerEnd;
                while ((headerEnd = IndexOf(s_headerEnd, _start)) < 0)
                {
                    if (_end - _start > MaxHeaderBytes)
                    {
                        await RejectAsync(null, ErrorCodes.ParseError, "Malformed frame: no header end (blank line) within 8 KB; expected 'Content-Length: <n>\\r\\n\\r\\n<json>'", cancellationToken).ConfigureAwait(false);
                        await ResynchroniseAsync(_start + 1, cancellationToken).ConfigureAwait(false);
                        continue;
                    }

                    if (!await FillAsync(cancellationToken).ConfigureAwait(false))
                    {
                        if (_end > _start && !IsWhitespace(_start, _end))
                        {
                            _log.Warn("input ended inside a frame header; ignored");
                        }

                        return;
                    }
                }

                var header = Encoding.ASCII.GetString(_buffer, _start, headerEnd - _start);
                var length = FrameHeader.ParseContentLength(header.TrimStart('\r', '\n'));
                if (length is not { } contentLength)
                {
                    await RejectAsync(null, ErrorCodes.ParseError, "Malformed frame header: expected 'Content-Length: <n>' (and optionally 'Content-Type'), got '" + Shorten(header) + "'", cancellationToken).ConfigureAwait(false);

                    // Past the whole header block: a second Content-Length line inside it (two different values) must
                    // not be taken for the next frame's header, which would swallow the next valid message.
                    await ResynchroniseAsync(headerEnd + s_headerEnd.Length, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                // 2. The content. Filling the buffer may move it: offsets are kept relative to _start.
                var headerLength = headerEnd + s_headerEnd.Length - _start;
                while (_end - _start - headerLength < contentLength)
                {
                    EnsureCapacity(headerLength + contentLength);
                    if (!await FillAsync(cancellationToken).ConfigureAwait(false))
                    {
                        _log.Warn("input ended inside a frame's content; ignored");
                        return;
                    }
                }

                var contentStart = _start + headerLength;
                var content = new Memory<byte>(_buffer, contentStart, contentLength);
                _start = contentStart + contentLength;
                var verdict = MessageCheck.Check(content.Span);
                switch (verdict.Kind)
                {
                    case MessageKind.Forward:
                        WriteFrame(content.Span);
                        var flush = await _forward.FlushAsync(cancellationToken).ConfigureAwait(false);
                        if (flush.IsCompleted)
                        {
                            return;
                        }

                        break;
                    case MessageKind.Ignore:
                        Ignored++;
                        _log.Warn("ignored input: " + verdict.Message);
                        break;
                    default:
                        await RejectAsync(verdict.RawId, verdict.ErrorCode, verdict.Message, cancellationToken).ConfigureAwait(false);
                        break;
                }

                ShrinkAfterLargeFrame();
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (IOException exception)
        {
            _log.Warn("standard input failed: " + exception.Message);
        }
        finally
        {
            await _forward.CompleteAsync().ConfigureAwait(false);
        }
    }

    private void WriteFrame(ReadOnlySpan<byte> content)
    {
        var header = Encoding.ASCII.GetBytes("Content-Length: " + content.Length.ToString(CultureInfo.InvariantCulture) + "\r\n\r\n");
        var span = _forward.GetSpan(header.Length + content.Length);
        header.CopyTo(span);
        content.CopyTo(span.Slice(header.Length));
        _forward.Advance(header.Length + content.Length);
    }

    private async Task RejectAsync(byte[]? rawId, int code, string message, CancellationToken cancellationToken)
    {
        Rejected++;
        _log.Warn($"rejected input ({code}): {message}");
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("jsonrpc", "2.0");
            json.WritePropertyName("id");
            if (rawId is null)
            {
                json.WriteNullValue();
            }
            else
            {
                json.WriteRawValue(rawId, skipInputValidation: true);
            }

            json.WriteStartObject("error");
            json.WriteNumber("code", code);
            json.WriteString("message", message);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        await _output.WriteMessageAsync(buffer.WrittenSpan.ToArray(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Drops input from <paramref name="from"/> up to the next <c>Content-Length</c> (or the end).</summary>
    private async Task ResynchroniseAsync(int from, CancellationToken cancellationToken)
    {
        _start = Math.Min(from, _end);
        while (true)
        {
            var next = IndexOfIgnoreCase(s_contentLength, _start);
            if (next >= 0)
            {
                _start = next;
                return;
            }

            // Keep a tail that may be the beginning of "Content-Length".
            _start = Math.Max(_start, _end - s_contentLength.Length);
            if (!await FillAsync(cancellationToken).ConfigureAwait(false))
            {
                _start = _end;
                return;
            }
        }
    }

    private async Task<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (_endOfInput)
        {
            return false;
        }

        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = await _input.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            _endOfInput = true;
            return false;
        }

        _end += read;
        return true;
    }

    /// <summary>A 20 MB didOpen grows the buffer to its size: give the memory back once nothing that large is pending.</summary>
    private void ShrinkAfterLargeFrame()
    {
        const int Small = 64 * 1024;
        var pending = _end - _start;
        if (_buffer.Length > 16 * Small && pending <= Small / 2)
        {
            var smaller = new byte[Small];
            Buffer.BlockCopy(_buffer, _start, smaller, 0, pending);
            _buffer = smaller;
            _start = 0;
            _end = pending;
        }
    }

    private void EnsureCapacity(int needed)
    {
        if (_buffer.Length - _start < needed)
        {
            var bigger = new byte[Math.Max(_buffer.Length * 2, needed + 1024)];
            Buffer.BlockCopy(_buffer, _start, bigger, 0, _end - _start);
            _end -= _start;
            _start = 0;
            _buffer = bigger;
        }
    }

    private int IndexOf(byte[] value, int from)
    {
        var index = _buffer.AsSpan(from, _end - from).IndexOf(value);
        return index < 0 ? -1 : from + index;
    }

    private int IndexOfIgnoreCase(byte[] value, int from)
    {
        for (var i = from; i + value.Length <= _end; i++)
        {
            var match = true;
            for (var k = 0; k < value.Length && match; k++)
            {
                match = char.ToLowerInvariant((char)_buffer[i + k]) == char.ToLowerInvariant((char)value[k]);
            }

            if (match)
            {
                return i;
            }
        }

        return -1;
    }

    private bool IsWhitespace(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (_buffer[i] is not ((byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t'))
            {
                return false;
            }
        }

        return true;
    }

    private static string Shorten(string text)
    {
        var oneLine = text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
        return oneLine.Length <= 80 ? oneLine : oneLine.Substring(0, 80) + "…";
    }
}
