using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace NewsDsl.LanguageServer.Transport;

/// <summary>
/// The server's one way to standard output. Two writers share it: StreamJsonRpc (responses and
/// notifications) and <see cref="FrameGuard"/> (error responses to input it could not pass on). Each
/// whole frame is written under one lock, so the two never interleave bytes.
/// </summary>
internal sealed class MessageOutput
{
    private readonly Stream _output;
    private readonly SemaphoreSlim _gate = new(1, 1);

    public MessageOutput(Stream output)
    {
        _output = output;
    }

    /// <summary>Writes bytes that already form whole frames, then flushes.</summary>
    public async Task WriteFramesAsync(ReadOnlyMemory<byte> frames, CancellationToken cancellationToken)
    {
        if (frames.IsEmpty)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _output.WriteAsync(frames, cancellationToken).ConfigureAwait(false);
            await _output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Frames one JSON message (UTF-8) with its Content-Length header and writes it.</summary>
    public Task WriteMessageAsync(byte[] json, CancellationToken cancellationToken)
    {
        var header = Encoding.ASCII.GetBytes("Content-Length: " + json.Length + "\r\n\r\n");
        var frame = new byte[header.Length + json.Length];
        header.CopyTo(frame, 0);
        json.CopyTo(frame, header.Length);
        return WriteFramesAsync(frame, cancellationToken);
    }

    /// <summary>A stream for StreamJsonRpc: it collects what the handler writes and hands it over whole on each flush.</summary>
    public Stream CreateRpcStream() => new FlushingStream(this);

    private sealed class FlushingStream : Stream
    {
        private readonly MessageOutput _owner;
        private readonly MemoryStream _pending = new();
        private readonly object _pendingLock = new();

        public FlushingStream(MessageOutput owner)
        {
            _owner = owner;
        }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            lock (_pendingLock)
            {
                _pending.Write(buffer, offset, count);
            }
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            lock (_pendingLock)
            {
                _pending.Write(buffer);
            }
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Write(buffer, offset, count);
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override void Flush() => FlushAsync(CancellationToken.None).GetAwaiter().GetResult();

        public override async Task FlushAsync(CancellationToken cancellationToken)
        {
            // The frames are handed over in a pooled array, not a new one: a publishDiagnostics of a large article is
            // hundreds of KB, and a fresh array of that size per keystroke is a large-object-heap allocation, which
            // brings full collections sooner (docs/performance.md, "What the language server's P95 is made of").
            byte[] frames;
            int complete;
            lock (_pendingLock)
            {
                // Hand over only complete frames: should a flush ever come mid-message, the rest waits for the next one.
                var buffer = _pending.GetBuffer();
                var length = (int)_pending.Length;
                complete = CompleteFramesLength(buffer, length);
                if (complete == 0)
                {
                    return;
                }

                frames = ArrayPool<byte>.Shared.Rent(complete);
                buffer.AsSpan(0, complete).CopyTo(frames);
                var rest = length - complete;
                buffer.AsSpan(complete, rest).CopyTo(buffer);
                _pending.SetLength(rest);
                _pending.Position = rest;
            }

            try
            {
                await _owner.WriteFramesAsync(frames.AsMemory(0, complete), cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                // The stream is done with the bytes once its write has completed (or failed).
                ArrayPool<byte>.Shared.Return(frames);
            }
        }

        /// <summary>How many leading bytes of <paramref name="buffer"/> are whole <c>Content-Length</c> frames.</summary>
        internal static int CompleteFramesLength(byte[] buffer, int length)
        {
            var offset = 0;
            while (offset < length)
            {
                var headerEnd = buffer.AsSpan(offset, length - offset).IndexOf("\r\n\r\n"u8);
                if (headerEnd < 0)
                {
                    break;
                }

                var header = Encoding.ASCII.GetString(buffer, offset, headerEnd);
                var contentLength = FrameHeader.ParseContentLength(header);
                if (contentLength is not { } size)
                {
                    // Not a frame we understand: pass everything on rather than hold it forever.
                    return length;
                }

                var end = offset + headerEnd + 4 + size;
                if (end > length)
                {
                    break;
                }

                offset = end;
            }

            return offset;
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
