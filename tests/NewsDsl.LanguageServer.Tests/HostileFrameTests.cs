using System.Text;
using System.Text.Json.Nodes;

namespace NewsDsl.LanguageServer.Tests;

/// <summary>
/// Issue 16 §2: frames that each used to end the server (exit 1) or swallow the next request. Every one must
/// get an error response or be ignored, and the server must answer the next request.
/// </summary>
public sealed class HostileFrameTests : IClassFixture<ServerFixture>, IAsyncLifetime
{
    private readonly ServerFixture _server;

    public HostileFrameTests(ServerFixture server)
    {
        _server = server;
    }

    private LspClient Client => _server.Client;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _server.CloseAllAsync();

    /// <summary>Messages with an id: each must be answered with an error for that id (a lone surrogate in a string id becomes U+FFFD).</summary>
    [Theory]
    [InlineData("lone surrogate in the id", """{"jsonrpc":"2.0","id":"\ud800","method":"textDocument/hover","params":{}}""", "\"\uFFFD\"", -32602)]
    [InlineData("lone low surrogate as the method", """{"jsonrpc":"2.0","id":1000001,"method":"\udc00","params":{}}""", "1000001", -32601)]
    [InlineData("lone surrogate in a key of the envelope", """{"jsonrpc":"2.0","id":1000002,"\ud800":1,"method":"no/such","params":{}}""", "1000002", -32601)]
    [InlineData("lone surrogate in a key of the params", """{"jsonrpc":"2.0","id":1000003,"method":"textDocument/hover","params":{"\udbff":{"\udfff\ud800":2}}}""", "1000003", -32602)]
    public async Task A_lone_surrogate_anywhere_gets_an_error_for_its_id_and_the_server_keeps_serving(string what, string json, string id, int code)
    {
        await Client.WriteAsync(LspClient.Frame(Encoding.UTF8.GetBytes(json)));

        var expectedId = JsonNode.Parse(id);
        var answer = await Client.WaitForUnmatchedAsync(m => JsonNode.DeepEquals(m["id"], expectedId) && m["error"] is not null);
        Assert.Equal(code, (int)answer["error"]!["code"]!);
        await Client.AssertStillServingAsync(what);
    }

    [Fact]
    public async Task A_lone_surrogate_in_a_document_s_text_is_served_as_U_FFFD_at_the_same_UTF16_offset()
    {
        var uri = LspClient.FileUri(Path.Combine(_server.Workspace, "surrogate.news"));
        var json = """{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"URI","languageId":"news","version":1,"text":"---\nid: lone\nheadline: Lone\n---\n\n\ud800 “Untagged,” he said.\n"}}}""".Replace("URI", uri, StringComparison.Ordinal);
        await Client.WriteAsync(LspClient.Frame(Encoding.UTF8.GetBytes(json)));

        var diagnostics = await Client.WaitForDiagnosticsAsync(uri, 1);
        var news001 = diagnostics.Single(d => (string?)d!["code"] == "NEWS001")!;
        Assert.Equal(5, (int)news001["range"]!["start"]!["line"]!);
        Assert.Equal(2, (int)news001["range"]!["start"]!["character"]!);
        await Client.CloseAsync(uri);
        await Client.AssertStillServingAsync("a lone surrogate in a document's text");
    }

    [Fact]
    public async Task Invalid_UTF8_in_the_method_is_a_parse_error_for_its_id()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"jsonrpc":"2.0","id":1000010,"method":"text#Document/hover","params":{}}""");
        bytes[Array.IndexOf(bytes, (byte)'#')] = 0xFF;
        await Client.WriteAsync(LspClient.Frame(bytes));

        var answer = await Client.WaitForUnmatchedAsync(m => m["id"]?.ToJsonString() == "1000010");
        Assert.Equal(-32700, (int)answer["error"]!["code"]!);
        Assert.Contains("UTF-8", (string)answer["error"]!["message"]!, StringComparison.Ordinal);
        await Client.AssertStillServingAsync("invalid UTF-8 in 'method'");
    }

    [Theory]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(200)]
    [InlineData(300)]
    public async Task Params_nested_past_what_System_Text_Json_reads_get_an_error_for_their_id(int depth)
    {
        var id = 1000100 + depth;
        var nested = new string('[', depth) + new string(']', depth);
        var json = "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"workspace/symbol\",\"params\":{\"query\":\"x\",\"deep\":" + nested + "}}";
        await Client.WriteAsync(LspClient.Frame(Encoding.UTF8.GetBytes(json)));

        var answer = await Client.WaitForUnmatchedAsync(m => m["id"]?.ToJsonString() == id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(-32600, (int)answer["error"]!["code"]!);
        Assert.Contains("nested more than 64", (string)answer["error"]!["message"]!, StringComparison.Ordinal);
        await Client.AssertStillServingAsync($"params nested {depth} deep");
    }

    [Fact]
    public async Task Params_nested_just_within_the_limit_are_served()
    {
        // The envelope and params are two levels: 62 more make 64, the deepest System.Text.Json reads.
        var nested = new string('[', 62) + new string(']', 62);
        var json = "{\"jsonrpc\":\"2.0\",\"id\":1000200,\"method\":\"workspace/symbol\",\"params\":{\"query\":\"x\",\"deep\":" + nested + "}}";
        await Client.WriteAsync(LspClient.Frame(Encoding.UTF8.GetBytes(json)));

        var answer = await Client.WaitForUnmatchedAsync(m => m["id"]?.ToJsonString() == "1000200");
        Assert.True(answer["result"] is JsonArray, answer.ToJsonString());
        await Client.AssertStillServingAsync("params nested 64 deep");
    }

    [Theory]
    [InlineData("a result nobody asked for", """{"jsonrpc":"2.0","id":1000300,"result":{"capabilities":{}}}""")]
    [InlineData("an error that is a string", """{"jsonrpc":"2.0","id":1000301,"error":"boom"}""")]
    [InlineData("an error object for an unknown id", """{"jsonrpc":"2.0","id":"nobody","error":{"code":-32000,"message":"x"}}""")]
    [InlineData("a null result", """{"jsonrpc":"2.0","id":0,"result":null}""")]
    public async Task A_response_the_server_never_asked_for_is_ignored(string what, string json)
    {
        var before = Client.Unmatched.Count;
        await Client.WriteAsync(LspClient.Frame(Encoding.UTF8.GetBytes(json)));

        await Client.AssertStillServingAsync(what);

        // Ignored means no answer: a response to a response would be a protocol error of its own.
        Assert.Empty(Client.Unmatched.Skip(before));
    }

    [Fact]
    public async Task A_header_with_two_different_Content_Lengths_is_refused_without_swallowing_the_next_request()
    {
        var body = Encoding.UTF8.GetBytes("""{"jsonrpc":"2.0","method":"$/noise","params":{"padding":"......"}}""");
        var bad = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\nContent-Length: {body.Length - 20}\r\n\r\n").Concat(body).ToArray();
        var (id, response) = Client.BeginRequest("workspace/symbol", new { query = "other-story" }, out var next);
        var before = Client.Unmatched.Count;
        await Client.WriteAsync(bad.Concat(next).ToArray());

        var answer = await response.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(answer["result"] is JsonArray, answer.ToJsonString());
        _ = id;
        var parseError = await Client.WaitForUnmatchedAsync(m => m["id"] is null && (int?)m["error"]?["code"] == -32700 && ((string?)m["error"]?["message"])?.Contains("Content-Length", StringComparison.Ordinal) == true);
        Assert.NotNull(parseError);
        Assert.True(Client.Unmatched.Count > before);
    }

    [Fact]
    public async Task A_client_that_restarts_its_version_numbers_still_gets_pushes_for_its_newest_text()
    {
        const string Head = "---\nid: renumbered\nheadline: Renumbered\n---\n\n@source zarif person name=\"Zarif\"\n\n";
        var (uri, _) = await _server.OpenAsync(Head + "“Words,”{@zarif} he said.\n", "renumbered.news");
        await Replace(uri, Head + "“Words,”{@zarif} he said again.\n", 50);
        Assert.DoesNotContain(await Client.WaitForDiagnosticsAsync(uri, 50), d => (string?)d!["code"] == "NEWS001");

        // Version 2 after 50 (the client started counting again): the newest text is untagged.
        await Replace(uri, Head + "“Words,” he said.\n", 2);
        var restarted = await Client.WaitForDiagnosticsAsync(uri, 2);
        Assert.Contains(restarted, d => (string?)d!["code"] == "NEWS001");

        // And the next one too.
        await Replace(uri, Head + "“Words,”{@zarif} he said.\n", 3);
        Assert.DoesNotContain(await Client.WaitForDiagnosticsAsync(uri, 3), d => (string?)d!["code"] == "NEWS001");
    }

    private Task Replace(string uri, string text, int version) =>
        Client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version }, contentChanges = new[] { new { text } } });
}
