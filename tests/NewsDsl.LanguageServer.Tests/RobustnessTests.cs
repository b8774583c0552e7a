using System.Text;
using System.Text.Json.Nodes;

namespace NewsDsl.LanguageServer.Tests;

/// <summary>Bad input gets error responses and never ends the server; cancellation; the lifecycle.</summary>
public sealed class RobustnessTests : IClassFixture<ServerFixture>, IAsyncLifetime
{
    private readonly ServerFixture _server;

    public RobustnessTests(ServerFixture server)
    {
        _server = server;
    }

    private LspClient Client => _server.Client;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _server.CloseAllAsync();

    [Fact]
    public async Task Garbage_input_gets_error_responses_and_the_server_keeps_serving()
    {
        var before = Client.Unmatched.Count;
        var garbage = new List<byte[]>
        {
            Encoding.ASCII.GetBytes("this is not a header\r\n\r\n"),
            Encoding.ASCII.GetBytes("Content-Length: banana\r\n\r\n{}"),
            LspClient.Frame(Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"id\":901,\"method\":")),
            LspClient.Frame(Encoding.UTF8.GetBytes("[{\"jsonrpc\":\"2.0\",\"id\":902,\"method\":\"shutdown\"}]")),
            LspClient.Frame(Encoding.UTF8.GetBytes("42")),
            LspClient.Frame(Encoding.UTF8.GetBytes("{\"id\":903,\"method\":\"textDocument/hover\"}")),
            LspClient.Frame(Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"id\":{\"x\":1},\"method\":\"shutdown\"}")),
            LspClient.Frame(Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"id\":904,\"method\":\"textDocument/hover\",\"params\":\"text\"}")),
            LspClient.Frame(Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"id\":905,\"method\":\"no/such/method\",\"params\":{}}")),
            LspClient.Frame(Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"method\":\"no/such/notification\",\"params\":{}}")),
            LspClient.Frame(Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"id\":906,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":{\"uri\":\"file:///never/opened.news\"},\"position\":{\"line\":0,\"character\":0}}}")),
            LspClient.Frame(Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"id\":907,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":{\"uri\":\"file:///x.news\"},\"position\":\"top\"}}")),
            LspClient.Frame(Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":{\"uri\":\"file:///never/opened.news\",\"version\":2},\"contentChanges\":[{\"text\":\"x\"}]}}")),
            LspClient.Frame(Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":42}}")),
        };
        foreach (var frame in garbage)
        {
            await Client.WriteAsync(frame);
        }

        // Each malformed frame or message is answered (id null where none could be read).
        var parseErrors = await WaitForCountAsync(m => (int?)m["error"]?["code"] == -32700, 3, before);
        Assert.All(parseErrors, m => Assert.Null(m["id"]));
        Assert.Equal(-32600, await ErrorFor(902, before, nullIdCode: -32600));
        Assert.Equal(-32600, await ErrorFor(903, before));
        Assert.Equal(-32600, await ErrorFor(904, before));
        Assert.Equal(-32601, await ErrorFor(905, before));
        Assert.Equal(-32602, await ErrorFor(906, before));
        Assert.Equal(-32602, await ErrorFor(907, before));

        // Still alive and serving.
        var (uri, diagnostics) = await _server.OpenAsync("---\nid: alive\nheadline: Alive\n---\n\n“Untagged,” he said.\n");
        Assert.Contains(diagnostics, d => (string?)d!["code"] == "NEWS001");
        var hover = await Client.RequestAsync("textDocument/hover", new { textDocument = new { uri }, position = new { line = 5, character = 2 } });
        Assert.Contains("unattributed", (string)hover!["contents"]!["value"]!, StringComparison.Ordinal);
        Assert.False(Client.Process.HasExited);
    }

    [Fact]
    public async Task A_cancelled_request_is_answered_with_RequestCancelled()
    {
        // Enough articles that checking the workspace takes far longer than reading the cancel right behind the request.
        var folder = Path.Combine(_server.Workspace, "many");
        Directory.CreateDirectory(folder);
        var body = string.Concat(Enumerable.Range(0, 100).Select(n => $"Plain prose, paragraph {n}, with nothing to report.\n\n"));
        for (var i = 0; i < 300; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"a{i:D3}.news"), $"---\nid: many-{i}\nheadline: Many {i}\n---\n\n{body}");
        }

        await Client.NotifyAsync("workspace/didChangeWorkspaceFolders", new { @event = new { added = Array.Empty<object>(), removed = Array.Empty<object>() } });
        var (id, response) = Client.BeginRequest("workspace/diagnostic", new { previousResultIds = Array.Empty<object>() }, out var request);
        var cancel = LspClient.Frame(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new { jsonrpc = "2.0", method = "$/cancelRequest", @params = new { id } }));
        await Client.WriteAsync(request.Concat(cancel).ToArray());

        var answer = await response.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(-32800, (int?)answer["error"]?["code"]);

        // Not cancelled, the same request completes with every file.
        var report = await Client.RequestAsync("workspace/diagnostic", new { previousResultIds = Array.Empty<object>() }, TimeSpan.FromSeconds(120));
        Assert.True(report!["items"]!.AsArray().Count >= 300);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Before_initialize_requests_fail_with_ServerNotInitialized_and_after_shutdown_with_InvalidRequest_then_exit_is_0()
    {
        await using var client = LspClient.Start();
        var early = await Assert.ThrowsAsync<LspErrorException>(() => client.RequestAsync("textDocument/hover", new { textDocument = new { uri = "file:///a.news" }, position = new { line = 0, character = 0 } }));
        Assert.Equal(-32002, early.Code);

        var initialize = await client.RequestAsync("initialize", new { processId = (int?)null, rootUri = (string?)null, capabilities = new { } });
        Assert.Equal("utf-16", (string?)initialize!["capabilities"]!["positionEncoding"]);
        Assert.Equal(2, (int)initialize["capabilities"]!["textDocumentSync"]!["change"]!);
        await client.NotifyAsync("initialized", new { });

        Assert.Null(await client.RequestAsync("shutdown", null));
        var late = await Assert.ThrowsAsync<LspErrorException>(() => client.RequestAsync("workspace/symbol", new { query = "x" }));
        Assert.Equal(-32600, late.Code);

        await client.NotifyAsync("exit", null);
        Assert.Equal(0, await client.WaitForExitAsync(TimeSpan.FromSeconds(20)));
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_with_1_and_closed_input_ends_the_server()
    {
        await using var abrupt = await LspClient.StartInitializedAsync(null);
        await abrupt.NotifyAsync("exit", null);
        Assert.Equal(1, await abrupt.WaitForExitAsync(TimeSpan.FromSeconds(20)));

        await using var orphan = await LspClient.StartInitializedAsync(null);
        orphan.Process.StandardInput.Close();
        Assert.Equal(1, await orphan.WaitForExitAsync(TimeSpan.FromSeconds(20)));
    }

    private async Task<List<JsonObject>> WaitForCountAsync(Func<JsonObject, bool> predicate, int count, int skip)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var found = Client.Unmatched.Skip(skip).Where(predicate).ToList();
            if (found.Count >= count)
            {
                return found;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("answers so far: " + string.Join("\n", Client.Unmatched.Skip(skip).Select(m => m.ToJsonString())));
    }

    /// <summary>The error code answered to raw request <paramref name="id"/> (or, for messages whose id cannot be used, to id null with <paramref name="nullIdCode"/>).</summary>
    private async Task<int> ErrorFor(long id, int skip, int? nullIdCode = null)
    {
        var answer = await Client.WaitForUnmatchedAsync(m => m["id"] is JsonValue v && v.TryGetValue<long>(out var got) && got == id || (nullIdCode is { } code && m["id"] is null && (int?)m["error"]?["code"] == code));
        Assert.Null(answer["result"]);
        _ = skip;
        return (int)answer["error"]!["code"]!;
    }
}
