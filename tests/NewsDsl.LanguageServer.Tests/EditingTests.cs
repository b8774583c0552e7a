using System.Text;

namespace NewsDsl.LanguageServer.Tests;

/// <summary>Editing: UTF-16 positions with astral characters and CRLF, incremental edits, and a burst of edits.</summary>
public sealed class EditingTests : IClassFixture<ServerFixture>, IAsyncLifetime
{
    private readonly ServerFixture _server;

    public EditingTests(ServerFixture server)
    {
        _server = server;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _server.CloseAllAsync();

    [Fact]
    public async Task Emoji_before_a_quotation_and_CRLF_lines_give_the_checker_s_UTF16_positions_and_incremental_edits_land_right()
    {
        var text = "---\r\nid: emoji-story\r\nheadline: Emoji\r\n---\r\n\r\n@source zarif person name=\"Zarif\"\r\n\r\n😀🎉 “Untagged words,” he said.\r\n";
        var (uri, pushed) = await _server.OpenAsync(text, "emoji.news");

        // The same file on disk, checked by the command line: identical findings.
        var folder = TestFiles.NewScratchFolder();
        File.WriteAllText(Path.Combine(folder, "emoji.news"), text, new UTF8Encoding(false));
        var expected = TestFiles.CheckJson(folder, "emoji.news")["emoji.news"];
        Directory.Delete(folder, recursive: true);
        Assert.Equal(expected.Select(TestFiles.FromCheck!).Order(StringComparer.Ordinal), pushed.Select(TestFiles.FromLsp!).Order(StringComparer.Ordinal));

        // Two surrogate pairs and a space: the opening mark is at UTF-16 character 5 of line 7.
        var news001 = pushed.Single(d => (string?)d!["code"] == "NEWS001")!;
        Assert.Equal(7, (int)news001["range"]!["start"]!["line"]!);
        Assert.Equal(5, (int)news001["range"]!["start"]!["character"]!);

        // An incremental edit that tags the quotation, at a UTF-16 position after the emoji.
        var closing = "😀🎉 “Untagged words,”".Length;
        await _server.Client.NotifyAsync("textDocument/didChange", new
        {
            textDocument = new { uri, version = 2 },
            contentChanges = new[] { new { range = new { start = new { line = 7, character = closing }, end = new { line = 7, character = closing } }, text = "{@zarif}" } },
        });
        var after = await _server.Client.WaitForDiagnosticsAsync(uri, 2);
        Assert.Contains(pushed, d => (string?)d!["code"] == "NEWS003");
        Assert.DoesNotContain(after, d => (string?)d!["code"] is "NEWS001" or "NEWS003" or "NEWS004");

        // A BOM the client keeps counts as a character of line 0, as the client sees it.
        var bom = "\uFEFF" + text;
        var (bomUri, bomDiagnostics) = await _server.OpenAsync(bom, "bom.news");
        Assert.Equal(5, (int)bomDiagnostics.Single(d => (string?)d!["code"] == "NEWS001")!["range"]!["start"]!["character"]!);
        _ = bomUri;
    }

    [Fact]
    public async Task Incrementally_reparsed_edits_give_the_diagnostics_of_the_same_text_opened_afresh()
    {
        // The server reparses only the blocks an edit touches, and reruns the block-local rules only on them
        // (issue 18): after edits that split, join, tag and untag paragraphs of the seed, and make those rules
        // fire, its findings must be those of the final text checked whole.
        var text = File.ReadAllText(TestFiles.Sample);
        var (uri, _) = await _server.OpenAsync(text, "incremental.news");
        var random = new Random(18);
        string[] inserts = { "\n", "\n\n", "“Untagged,” he said. ", "{@zarif}", "[a claim]{@nobody}", "# Heading\n", "%% newsdsl-disable-next-line NEWS106\n", "x", "”",
            "“Fine,”{@zarif} Zarif admitted. ", " Oil rose, it was reported. ", "“No,”{@zarif} Trump said. ", "\n@source amy person name=\"Amy Trump\"\n" };
        for (var version = 2; version <= 17; version++)
        {
            var start = random.Next(300, text.Length);
            var length = Math.Min(text.Length - start, random.Next(0, 60));
            var insert = inserts[random.Next(inserts.Length)];
            var (startLine, startCharacter) = Position(text, start);
            var (endLine, endCharacter) = Position(text, start + length);
            text = text.Remove(start, length).Insert(start, insert);
            await _server.Client.NotifyAsync("textDocument/didChange", new
            {
                textDocument = new { uri, version },
                contentChanges = new[] { new { range = new { start = new { line = startLine, character = startCharacter }, end = new { line = endLine, character = endCharacter } }, text = insert } },
            });
            var edited = await _server.Client.WaitForDiagnosticsAsync(uri, version);
            // Named to sort first, so the shared article id is reported on neither; closed at once for the same reason.
            var (afreshUri, afresh) = await _server.OpenAsync(text, $"afresh-{version}.news");
            await _server.Client.CloseAsync(afreshUri);
            Assert.Equal(afresh.Select(TestFiles.FromLsp!).Order(StringComparer.Ordinal), edited.Select(TestFiles.FromLsp!).Order(StringComparer.Ordinal));
        }
    }

    private static (int Line, int Character) Position(string text, int offset)
    {
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart);
    }

    [Fact]
    public async Task Two_hundred_rapid_edits_end_with_diagnostics_for_the_last_version_only()
    {
        const string Tagged = "“Words,”{@zarif} he said.";
        const string Untagged = "“Words,” he said.";
        var head = "---\nid: rapid\nheadline: Rapid\n---\n\n@source zarif person name=\"Zarif\"\n\n";
        var (uri, _) = await _server.OpenAsync(head + Tagged + "\n", "rapid.news");

        // Versions 2..201 alternate: even versions tagged (no NEWS001), odd versions untagged (NEWS001).
        // Sent as one burst; each change replaces line 7 whole.
        var burst = new List<byte>();
        for (var version = 2; version <= 201; version++)
        {
            var line = version % 2 == 0 ? Tagged : Untagged;
            var change = new
            {
                jsonrpc = "2.0",
                method = "textDocument/didChange",
                @params = new
                {
                    textDocument = new { uri, version },
                    contentChanges = new[] { new { range = new { start = new { line = 7, character = 0 }, end = new { line = 8, character = 0 } }, text = line + "\n" } },
                },
            };
            burst.AddRange(LspClient.Frame(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(change)));
        }

        await _server.Client.WriteAsync(burst.ToArray());
        var last = await _server.Client.WaitForDiagnosticsAsync(uri, 201);
        await Task.Delay(500);

        var published = _server.Client.Published(uri).Select(p => (int)p["version"]!).ToList();
        Assert.Equal(201, published[^1]);
        for (var i = 1; i < published.Count; i++)
        {
            Assert.True(published[i] > published[i - 1], "published out of order or twice: " + string.Join(",", published));
        }

        Assert.True(published.Count < 150, $"edits were not coalesced: {published.Count} publications for 200 edits");
        var news001 = Assert.Single(last, d => (string?)d!["code"] == "NEWS001");
        Assert.Equal(7, (int)news001!["range"]!["start"]!["line"]!);

        // And the text the server holds is exactly version 201's.
        var symbols = await _server.Client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri } });
        Assert.Equal(last.Select(TestFiles.FromLsp!), symbols!["items"]!.AsArray().Select(TestFiles.FromLsp!));
    }

    [Fact]
    public async Task Closing_a_document_clears_its_diagnostics_and_requests_for_it_then_fail()
    {
        var (uri, diagnostics) = await _server.OpenAsync("No front matter here.\n", "closing.news");
        Assert.Contains(diagnostics, d => (string?)d!["code"] == "NEWS008");

        await _server.Client.CloseAsync(uri);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline && _server.Client.Published(uri).Last()["diagnostics"]!.AsArray().Count != 0)
        {
            await Task.Delay(20);
        }

        Assert.Empty(_server.Client.Published(uri).Last()["diagnostics"]!.AsArray());
        var error = await Assert.ThrowsAsync<LspErrorException>(() => _server.Client.RequestAsync("textDocument/hover", new { textDocument = new { uri }, position = new { line = 0, character = 1 } }));
        Assert.Equal(-32602, error.Code);
        Assert.Contains("not open", error.Message, StringComparison.Ordinal);
    }
}
