using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace NewsDsl.LanguageServer.Tests;

/// <summary>
/// Past the list of known killers: random bytes as frames and between frames, and random well-formed JSON-RPC
/// messages to every method the server has with parameters of the wrong shape (random values, and the right
/// shape with one value wrong). Seeded, so a failure reproduces. After each burst the server must answer every
/// request it was sent and a final one.
/// </summary>
public sealed class FuzzTests : IClassFixture<ServerFixture>, IAsyncLifetime
{
    private static readonly string[] s_methods =
    {
        "initialize", "initialized", "textDocument/didOpen", "textDocument/didChange", "textDocument/didClose", "textDocument/didSave",
        "textDocument/diagnostic", "workspace/diagnostic", "textDocument/completion", "textDocument/hover", "textDocument/definition",
        "textDocument/references", "textDocument/prepareRename", "textDocument/rename", "textDocument/documentSymbol",
        "textDocument/foldingRange", "textDocument/semanticTokens/full", "textDocument/codeAction", "workspace/symbol",
        "workspace/didChangeWatchedFiles", "workspace/didChangeWorkspaceFolders", "workspace/didChangeConfiguration", "$/setTrace",
        "$/cancelRequest", "$/progress", "no/such/method",
    };

    private static readonly string[] s_keys =
    {
        "textDocument", "uri", "position", "line", "character", "range", "start", "end", "contentChanges", "text", "version",
        "query", "context", "includeDeclaration", "newName", "changes", "type", "event", "added", "removed", "previousResultIds",
        "value", "diagnostics", "only", "triggerKind", "capabilities", "workspaceFolders", "rootUri", "rootPath", "id",
        "initializationOptions", "diagnosticMode", "diagnosticDelayMs", "languageId", "name", "processId",
    };

    /// <summary>A marker string replaced, in the serialized message, by a lone surrogate escape.</summary>
    private const string LoneSurrogate = "LONE-SURROGATE";

    private readonly ServerFixture _server;

    public FuzzTests(ServerFixture server)
    {
        _server = server;
    }

    private LspClient Client => _server.Client;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _server.CloseAllAsync();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Random_bytes_as_frames_and_between_frames_leave_the_server_answering(int seed)
    {
        var random = new Random(seed);
        var burst = new List<byte>();
        for (var i = 0; i < 60; i++)
        {
            var body = new byte[random.Next(0, 400)];
            random.NextBytes(body);
            if (random.Next(3) == 0 && body.Length > 2)
            {
                // JSON-looking noise: an object opening and random bytes inside.
                body[0] = (byte)'{';
                body[^1] = (byte)'}';
            }

            if (random.Next(4) == 0)
            {
                // Unframed noise (no 'C', so it never reads as the start of a header), then a blank line.
                burst.AddRange(body.Select(b => (byte)(b == (byte)'C' || b == (byte)'c' ? (byte)'x' : b)));
                burst.AddRange("\r\n\r\n"u8.ToArray());
            }
            else
            {
                burst.AddRange(LspClient.Frame(body));
            }
        }

        await Client.WriteAsync(burst.ToArray());
        await Client.AssertStillServingAsync($"random bytes (seed {seed})");
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(14)]
    public async Task Random_messages_with_the_wrong_shapes_are_each_answered_or_ignored_and_the_server_keeps_answering(int seed)
    {
        var random = new Random(seed);
        var (uri, _) = await _server.OpenAsync("---\nid: fuzzed\nheadline: Fuzzed\n---\n\n@source zarif person name=\"Zarif\"\n\n“Words,”{@zarif} he said. “Untagged,” she said.\n", $"fuzz{seed}.news");
        var burst = new List<byte>();
        var requests = new List<long>();
        for (var i = 0; i < 150; i++)
        {
            var method = s_methods[random.Next(s_methods.Length)];
            var message = new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method };
            var isResponse = random.Next(12) == 0;
            var isRequest = !isResponse && random.Next(5) < 3;
            var id = 5_000_000L + (seed * 1000) + i;
            if (isRequest)
            {
                message["id"] = id;
                requests.Add(id);
            }

            // Params that are not structured are answered by the frame guard itself, still with the request's id.
            message["params"] = random.Next(2) == 0 ? RandomValue(random, 0, uri) : AlmostRight(random, method, uri);

            if (isResponse)
            {
                // A response nobody asked for, with a random result or error.
                message = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = random.Next(), [random.Next(2) == 0 ? "result" : "error"] = RandomValue(random, 0, uri) };
            }

            var json = message.ToJsonString().Replace(LoneSurrogate, random.Next(2) == 0 ? "\\ud800" : "\\udfff", StringComparison.Ordinal);
            burst.AddRange(LspClient.Frame(Encoding.UTF8.GetBytes(json)));
        }

        await Client.WriteAsync(burst.ToArray());
        await Client.AssertStillServingAsync($"150 random messages (seed {seed})");

        // Every request got its answer (a result, or an error for its id).
        var deadline = DateTime.UtcNow.AddSeconds(60);
        List<long> missing;
        do
        {
            var answered = Client.Unmatched.Where(m => m["id"] is JsonValue v && v.TryGetValue<long>(out _)).Select(m => (long)m["id"]!).ToHashSet();
            missing = requests.Where(r => !answered.Contains(r)).ToList();
            if (missing.Count == 0)
            {
                break;
            }

            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);

        Assert.True(missing.Count == 0, $"no answer for requests {string.Join(", ", missing)} (seed {seed})\n{Client.StandardError}");
    }

    /// <summary>Any JSON value, nested a little, with keys the protocol uses (so handlers go past their first check).</summary>
    private static JsonNode? RandomValue(Random random, int depth, string uri)
    {
        switch (random.Next(depth > 3 ? 7 : 10))
        {
            case 0:
                return null;
            case 1:
                return random.Next(2) == 0;
            case 2:
                return random.Next(6) switch
                {
                    0 => int.MaxValue,
                    1 => -1,
                    2 => 1e300,
                    3 => long.MinValue,
                    4 => 0.5,
                    _ => random.Next(0, 50),
                };
            case 3:
                return random.Next(5) switch
                {
                    0 => uri,
                    1 => "file:///no/such/file.news",
                    2 => string.Empty,
                    3 => "\uFFFF\u0000“”{@",
                    4 when random.Next(2) == 0 => LoneSurrogate,
                    _ => s_keys[random.Next(s_keys.Length)],
                };
            case 4:
            case 5:
            case 6:
                if (depth > 3)
                {
                    return "leaf";
                }

                goto case 7;
            case 7:
            case 8:
                var obj = new JsonObject();
                var count = random.Next(0, 5);
                for (var i = 0; i < count; i++)
                {
                    obj[s_keys[random.Next(s_keys.Length)]] = RandomValue(random, depth + 1, uri);
                }

                return obj;
            default:
                var array = new JsonArray();
                var length = random.Next(0, 4);
                for (var i = 0; i < length; i++)
                {
                    array.Add(RandomValue(random, depth + 1, uri));
                }

                return array;
        }
    }

    /// <summary>The parameters a method expects, with one value somewhere replaced by a random one.</summary>
    private static JsonNode AlmostRight(Random random, string method, string uri)
    {
        var position = new JsonObject { ["line"] = random.Next(0, 12), ["character"] = random.Next(0, 40) };
        var range = new JsonObject { ["start"] = position.DeepClone(), ["end"] = new JsonObject { ["line"] = random.Next(0, 12), ["character"] = random.Next(0, 40) } };
        JsonObject parameters = method switch
        {
            "textDocument/didChange" => new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = random.Next(-5, 100) },
                ["contentChanges"] = new JsonArray(new JsonObject { ["range"] = range, ["text"] = random.Next(2) == 0 ? "“" : "x\r\n" }),
            },
            "textDocument/didOpen" => new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = "untitled:fuzz-" + random.Next(3).ToString(CultureInfo.InvariantCulture), ["languageId"] = "news", ["version"] = 1, ["text"] = "“Quoted,” x." } },
            "textDocument/rename" => new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri }, ["position"] = position, ["newName"] = "new-id" },
            "textDocument/references" => new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri }, ["position"] = position, ["context"] = new JsonObject { ["includeDeclaration"] = true } },
            "textDocument/codeAction" => new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri }, ["range"] = range, ["context"] = new JsonObject { ["diagnostics"] = new JsonArray() } },
            "workspace/didChangeWatchedFiles" => new JsonObject { ["changes"] = new JsonArray(new JsonObject { ["uri"] = uri, ["type"] = 2 }) },
            "workspace/didChangeWorkspaceFolders" => new JsonObject { ["event"] = new JsonObject { ["added"] = new JsonArray(), ["removed"] = new JsonArray() } },
            "workspace/symbol" => new JsonObject { ["query"] = "fuzz" },
            "workspace/diagnostic" => new JsonObject { ["previousResultIds"] = new JsonArray() },
            "$/cancelRequest" => new JsonObject { ["id"] = random.Next(0, 3) == 0 ? new JsonObject() : JsonValue.Create(random.Next()) },
            _ => new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri }, ["position"] = position },
        };

        // Replace one value, anywhere in the tree, by a random one.
        var containers = new List<JsonObject> { parameters };
        for (var i = 0; i < containers.Count; i++)
        {
            foreach (var (_, value) in containers[i])
            {
                if (value is JsonObject child)
                {
                    containers.Add(child);
                }
            }
        }

        var target = containers[random.Next(containers.Count)];
        if (target.Count > 0)
        {
            var key = target.ElementAt(random.Next(target.Count)).Key;
            target[key] = RandomValue(random, 2, uri);
        }

        return parameters;
    }
}
