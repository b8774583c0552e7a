using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsDsl.LanguageServer.Tests;

/// <summary>
/// A minimal LSP client for the tests: starts the real <c>newsdsl lsp</c> process (the built newsdsl.dll
/// run by the dotnet host, as an editor runs the tool), frames JSON-RPC messages on its stdin and reads
/// its stdout frame by frame. Responses are matched to requests by id; notifications are recorded in order.
/// </summary>
public sealed class LspClient : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Stream _stdin;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly ConcurrentDictionary<long, TaskCompletionSource<JsonObject>> _pending = new();
    private readonly List<JsonObject> _notifications = new();
    private readonly List<JsonObject> _unmatched = new();
    private readonly object _gate = new();
    private readonly StringBuilder _stderr = new();
    private readonly Task _reader;
    private long _nextId;

    private LspClient(Process process)
    {
        _process = process;
        _stdin = process.StandardInput.BaseStream;
        _reader = Task.Run(ReadLoopAsync);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (_stderr)
                {
                    _stderr.AppendLine(e.Data);
                }
            }
        };
        process.BeginErrorReadLine();
    }

    public static string ToolPath => Path.Combine(AppContext.BaseDirectory, "newsdsl.dll");

    public Process Process => _process;

    public string StandardError
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    /// <summary>Messages with an id that matched no request of ours: the server's answers to raw frames.</summary>
    public IReadOnlyList<JsonObject> Unmatched
    {
        get
        {
            lock (_gate)
            {
                return _unmatched.ToList();
            }
        }
    }

    public static LspClient Start(string? workingDirectory = null, params string[] extraArguments)
    {
        Assert.True(File.Exists(ToolPath), $"{ToolPath} was not built next to the tests");
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        var start = new ProcessStartInfo(string.IsNullOrEmpty(host) ? "dotnet" : host)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(ToolPath);
        start.ArgumentList.Add("lsp");
        foreach (var argument in extraArguments)
        {
            start.ArgumentList.Add(argument);
        }

        return new LspClient(Process.Start(start)!);
    }

    /// <summary>Starts a server and initializes it with one workspace folder (or none).</summary>
    public static async Task<LspClient> StartInitializedAsync(string? workspaceFolder, object? initializationOptions = null, params string[] extraArguments)
    {
        var client = Start(null, extraArguments);
        var folders = workspaceFolder is null ? null : new[] { new { uri = FileUri(workspaceFolder), name = "workspace" } };
        await client.RequestAsync("initialize", new { processId = Environment.ProcessId, rootUri = (string?)null, capabilities = new { }, workspaceFolders = folders, initializationOptions });
        await client.NotifyAsync("initialized", new { });
        return client;
    }

    public static string FileUri(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    public async Task<JsonNode?> RequestAsync(string method, object? parameters, TimeSpan? timeout = null)
    {
        var response = await RequestRawAsync(method, parameters, timeout);
        if (response["error"] is JsonObject error)
        {
            throw new LspErrorException((int)error["code"]!, (string?)error["message"] ?? string.Empty);
        }

        return response["result"];
    }

    public async Task<JsonObject> RequestRawAsync(string method, object? parameters, TimeSpan? timeout = null)
    {
        var (id, task) = BeginRequest(method, parameters, out var frame);
        await WriteAsync(frame);
        return await WaitAsync(task, timeout ?? TimeSpan.FromSeconds(60), $"response to {method} (id {id})");
    }

    /// <summary>Prepares a request without sending it (to send it together with other frames).</summary>
    public (long Id, Task<JsonObject> Response) BeginRequest(string method, object? parameters, out byte[] frame)
    {
        var id = Interlocked.Increment(ref _nextId);
        var completion = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = completion;
        frame = Frame(JsonSerializer.SerializeToUtf8Bytes(new { jsonrpc = "2.0", id, method, @params = parameters }));
        return (id, completion.Task);
    }

    public Task NotifyAsync(string method, object? parameters) =>
        WriteAsync(Frame(JsonSerializer.SerializeToUtf8Bytes(new { jsonrpc = "2.0", method, @params = parameters })));

    public static byte[] Frame(byte[] json) => Encoding.ASCII.GetBytes($"Content-Length: {json.Length}\r\n\r\n").Concat(json).ToArray();

    public async Task WriteAsync(byte[] bytes)
    {
        await _writeGate.WaitAsync();
        try
        {
            await _stdin.WriteAsync(bytes);
            await _stdin.FlushAsync();
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public Task OpenAsync(string uri, string text, int version = 1) =>
        NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "news", version, text } });

    public Task CloseAsync(string uri) => NotifyAsync("textDocument/didClose", new { textDocument = new { uri } });

    public IReadOnlyList<JsonObject> Notifications(string method)
    {
        lock (_gate)
        {
            return _notifications.Where(n => (string?)n["method"] == method).ToList();
        }
    }

    /// <summary>The publishDiagnostics params for a document, in arrival order.</summary>
    public IReadOnlyList<JsonObject> Published(string uri) =>
        Notifications("textDocument/publishDiagnostics").Select(n => (JsonObject)n["params"]!).Where(p => (string?)p["uri"] == uri).ToList();

    /// <summary>Waits for a publishDiagnostics of <paramref name="uri"/> at <paramref name="version"/> and returns its diagnostics.</summary>
    public async Task<JsonArray> WaitForDiagnosticsAsync(string uri, int version, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < deadline)
        {
            var match = Published(uri).LastOrDefault(p => (int?)p["version"] == version);
            if (match is not null)
            {
                return (JsonArray)match["diagnostics"]!;
            }

            CheckAlive();
            await Task.Delay(10);
        }

        throw new TimeoutException($"no publishDiagnostics for {uri} version {version}; published: {string.Join(", ", Published(uri).Select(p => p["version"]?.ToJsonString()))}\n{StandardError}");
    }

    /// <summary>Waits for any message satisfying <paramref name="predicate"/> among unmatched ones.</summary>
    public async Task<JsonObject> WaitForUnmatchedAsync(Func<JsonObject, bool> predicate, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < deadline)
        {
            var match = Unmatched.FirstOrDefault(predicate);
            if (match is not null)
            {
                return match;
            }

            CheckAlive();
            await Task.Delay(10);
        }

        throw new TimeoutException("expected message did not arrive; got: " + string.Join("\n", Unmatched.Select(m => m.ToJsonString())));
    }

    /// <summary>Proves the server still reads and answers: a request right behind whatever was sent before, answered in time.</summary>
    public async Task AssertStillServingAsync(string after)
    {
        CheckAlive();
        JsonObject response;
        try
        {
            response = await RequestRawAsync("workspace/symbol", new { query = "no-such-article-anywhere" }, TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException)
        {
            throw new Xunit.Sdk.XunitException($"the server stopped answering after {after} (exited: {_process.HasExited})\n{StandardError}");
        }

        Assert.True(response["result"] is JsonArray, $"after {after}: {response.ToJsonString()}");
        Assert.False(_process.HasExited, $"the server exited after {after}\n{StandardError}");
    }

    /// <summary>A kB figure of the server process's /proc status (VmHWM: peak resident set; VmRSS: resident now).</summary>
    public long ProcessStatusKilobytes(string field)
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith(field + ":", StringComparison.Ordinal))
            {
                return long.Parse(line.Substring(field.Length + 1).Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException($"no {field} in /proc/{_process.Id}/status");
    }

    public async Task<int> ShutdownAndExitAsync()
    {
        await RequestAsync("shutdown", null);
        await NotifyAsync("exit", null);
        return await WaitForExitAsync(TimeSpan.FromSeconds(20));
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            try
            {
                await ShutdownAndExitAsync();
            }
            catch (Exception)
            {
                // Best effort: a test may have left the server unable to shut down cleanly.
            }
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private void CheckAlive()
    {
        if (_process.HasExited)
        {
            throw new InvalidOperationException($"the server exited with {_process.ExitCode}\n{StandardError}");
        }
    }

    private static async Task<T> WaitAsync<T>(Task<T> task, TimeSpan timeout, string what)
    {
        var finished = await Task.WhenAny(task, Task.Delay(timeout));
        if (finished != task)
        {
            throw new TimeoutException("no " + what + " within " + timeout);
        }

        return await task;
    }

    private async Task ReadLoopAsync()
    {
        var stdout = _process.StandardOutput.BaseStream;
        var header = new List<byte>();
        var one = new byte[1];
        while (true)
        {
            header.Clear();
            while (header.Count < 4 || !(header[^4] == '\r' && header[^3] == '\n' && header[^2] == '\r' && header[^1] == '\n'))
            {
                if (await stdout.ReadAsync(one) == 0)
                {
                    return;
                }

                header.Add(one[0]);
            }

            var text = Encoding.ASCII.GetString(header.ToArray());
            var lengthLine = text.Split("\r\n").First(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
            var length = int.Parse(lengthLine.Substring("Content-Length:".Length).Trim());
            var body = new byte[length];
            await stdout.ReadExactlyAsync(body);
            var message = JsonNode.Parse(body)!.AsObject();
            if (message["method"] is not null && message["id"] is null)
            {
                lock (_gate)
                {
                    _notifications.Add(message);
                }
            }
            else if (message["id"] is JsonValue idValue && idValue.TryGetValue<long>(out var id) && _pending.TryRemove(id, out var completion))
            {
                completion.SetResult(message);
            }
            else
            {
                lock (_gate)
                {
                    _unmatched.Add(message);
                }
            }
        }
    }
}
