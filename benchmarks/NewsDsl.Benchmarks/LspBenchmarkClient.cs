using System;
using System.Collections.Concurrent;
using System.IO;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using NewsDsl.LanguageServer;

namespace NewsDsl.Benchmarks;

/// <summary>
/// Drives a language server over two streams, as an editor does: frames requests and notifications,
/// reads every frame back, completes the waiter of a response (by id) or of a publishDiagnostics (by
/// version). In process (<see cref="StartInProcess"/>) or around a real <c>newsdsl lsp</c> process's stdio.
/// </summary>
internal sealed class LspBenchmarkClient : IAsyncDisposable
{
    private readonly Stream _toServer;
    private readonly Stream _fromServer;
    private readonly ConcurrentDictionary<long, TaskCompletionSource<JsonElement>> _responses = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<int>> _published = new();
    private readonly Task _reader;
    private readonly Task? _server;
    private long _nextId;

    private LspBenchmarkClient(Stream toServer, Stream fromServer, Task? server)
    {
        _toServer = toServer;
        _fromServer = fromServer;
        _server = server;
        _reader = Task.Run(ReadLoopAsync);
    }

    /// <summary>The server in this process, on in-memory pipes (no process start-up, same code path from the frame guard on).</summary>
    public static LspBenchmarkClient StartInProcess()
    {
        var input = new Pipe();
        var output = new Pipe();
        var server = Task.Run(() => NewsLanguageServer.RunAsync(input.Reader.AsStream(), output.Writer.AsStream(), new LanguageServerOptions { Log = TextWriter.Null }));
        return new LspBenchmarkClient(input.Writer.AsStream(), output.Reader.AsStream(), server);
    }

    public static LspBenchmarkClient Attach(Stream toServer, Stream fromServer) => new(toServer, fromServer, null);

    public async Task<JsonElement> RequestAsync(string method, object? parameters)
    {
        var id = Interlocked.Increment(ref _nextId);
        var completion = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _responses[id] = completion;
        await WriteAsync(new { jsonrpc = "2.0", id, method, @params = parameters }).ConfigureAwait(false);
        return await completion.Task.ConfigureAwait(false);
    }

    public Task NotifyAsync(string method, object? parameters) => WriteAsync(new { jsonrpc = "2.0", method, @params = parameters });

    /// <summary>A waiter for the publishDiagnostics of <paramref name="version"/>, set up before the edit is sent; completes with the diagnostic count.</summary>
    public Task<int> ExpectPublish(int version)
    {
        var completion = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        _published[version] = completion;
        return completion.Task;
    }

    public async Task InitializeAsync(string? folder)
    {
        var folders = folder is null ? null : new[] { new { uri = new Uri(Path.GetFullPath(folder)).AbsoluteUri, name = "bench" } };
        await RequestAsync("initialize", new { processId = Environment.ProcessId, capabilities = new { }, workspaceFolders = folders, initializationOptions = new { diagnosticMode = "push" } }).ConfigureAwait(false);
        await NotifyAsync("initialized", new { }).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RequestAsync("shutdown", null).WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
            await NotifyAsync("exit", null).ConfigureAwait(false);
            if (_server is not null)
            {
                await _server.WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is TimeoutException or IOException or ObjectDisposedException)
        {
        }

        _toServer.Dispose();
    }

    private async Task WriteAsync(object message)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(message);
        var header = Encoding.ASCII.GetBytes($"Content-Length: {json.Length}\r\n\r\n");
        var frame = new byte[header.Length + json.Length];
        header.CopyTo(frame, 0);
        json.CopyTo(frame, header.Length);
        await _toServer.WriteAsync(frame).ConfigureAwait(false);
        await _toServer.FlushAsync().ConfigureAwait(false);
    }

    private async Task ReadLoopAsync()
    {
        var buffer = new byte[1 << 16];
        var start = 0;
        var end = 0;
        while (true)
        {
            var headerEnd = buffer.AsSpan(start, end - start).IndexOf("\r\n\r\n"u8);
            if (headerEnd >= 0)
            {
                var header = Encoding.ASCII.GetString(buffer, start, headerEnd);
                var length = int.Parse(header.Substring(header.IndexOf(':') + 1).Trim(), System.Globalization.CultureInfo.InvariantCulture);
                var bodyStart = start + headerEnd + 4;
                if (end - bodyStart >= length)
                {
                    Dispatch(buffer.AsMemory(bodyStart, length));
                    start = bodyStart + length;
                    continue;
                }

                if (buffer.Length < headerEnd + 4 + length)
                {
                    var bigger = new byte[Math.Max(buffer.Length * 2, headerEnd + 4 + length)];
                    Buffer.BlockCopy(buffer, start, bigger, 0, end - start);
                    end -= start;
                    start = 0;
                    buffer = bigger;
                }
            }

            if (start > 0)
            {
                Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            }

            if (end == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var read = await _fromServer.ReadAsync(buffer.AsMemory(end)).ConfigureAwait(false);
            if (read == 0)
            {
                return;
            }

            end += read;
        }
    }

    private void Dispatch(ReadOnlyMemory<byte> body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        if (root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.Number && _responses.TryRemove(id.GetInt64(), out var response))
        {
            response.SetResult(root.TryGetProperty("result", out var result) ? result.Clone() : default);
        }
        else if (root.TryGetProperty("method", out var method) && method.GetString() == "textDocument/publishDiagnostics")
        {
            var parameters = root.GetProperty("params");
            if (parameters.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.Number
                && _published.TryRemove(version.GetInt32(), out var waiter))
            {
                waiter.SetResult(parameters.GetProperty("diagnostics").GetArrayLength());
            }
        }
    }
}
