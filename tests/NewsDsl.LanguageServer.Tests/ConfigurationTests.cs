namespace NewsDsl.LanguageServer.Tests;

/// <summary>
/// Issue 16 §1 and issue 17 (c): severities come from <c>.globalconfig</c> as well as <c>.editorconfig</c>, and
/// when the client reports either file changed, every open document is checked again and its findings are
/// published with the new severities.
/// </summary>
public sealed class ConfigurationTests : IAsyncLifetime
{
    private string _workspace = string.Empty;

    public Task InitializeAsync()
    {
        _workspace = TestFiles.NewScratchFolder();
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_workspace, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Creating_and_deleting_a_globalconfig_and_editing_an_editorconfig_change_the_severities_the_editor_shows()
    {
        await using var client = await LspClient.StartInitializedAsync(_workspace);
        var uri = LspClient.FileUri(Path.Combine(_workspace, "article.news"));
        await client.OpenAsync(uri, "---\nid: configured\nheadline: Configured\n---\n\n“Untagged,” he said.\n");
        Assert.Equal(2, Severity(await client.WaitForDiagnosticsAsync(uri, 1)));

        // A .globalconfig makes NEWS001 an error.
        var published = client.Published(uri).Count;
        File.WriteAllText(Path.Combine(_workspace, ".globalconfig"), "is_global = true\ndotnet_diagnostic.NEWS001.severity = error\n");
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = LspClient.FileUri(Path.Combine(_workspace, ".globalconfig")), type = 1 } } });
        Assert.Equal(1, Severity(await NextPublicationAsync(client, uri, published)));

        // Deleted: back to the default.
        published = client.Published(uri).Count;
        File.Delete(Path.Combine(_workspace, ".globalconfig"));
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = LspClient.FileUri(Path.Combine(_workspace, ".globalconfig")), type = 3 } } });
        Assert.Equal(2, Severity(await NextPublicationAsync(client, uri, published)));

        // An .editorconfig section turns it off.
        published = client.Published(uri).Count;
        File.WriteAllText(Path.Combine(_workspace, ".editorconfig"), "root = true\n\n[*.news]\ndotnet_diagnostic.NEWS001.severity = none\n");
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = LspClient.FileUri(Path.Combine(_workspace, ".editorconfig")), type = 2 } } });
        Assert.DoesNotContain(await NextPublicationAsync(client, uri, published), d => (string?)d!["code"] == "NEWS001");
    }

    /// <summary>
    /// Issue 17 (b): with NEWS109 configured <c>none</c>, an article id used twice is still reported in the later
    /// article, as info (it costs that article its class), exactly as <c>newsdsl check</c> and the build report it;
    /// the server used to drop it. The first article is its related location, read from the core's finding.
    /// </summary>
    [Fact]
    public async Task NEWS109_configured_none_is_reported_as_info_as_check_and_the_build_report_it()
    {
        File.WriteAllText(Path.Combine(_workspace, ".editorconfig"), "root = true\n\n[*.news]\ndotnet_diagnostic.NEWS109.severity = none\n");
        File.WriteAllText(Path.Combine(_workspace, "a.news"), "---\nid: twin\nheadline: First\n---\n\nWords.\n");
        await using var client = await LspClient.StartInitializedAsync(_workspace);
        var uri = LspClient.FileUri(Path.Combine(_workspace, "b.news"));
        await client.OpenAsync(uri, "---\nid: twin\nheadline: Second\n---\n\nWords.\n");

        // The workspace is scanned in the background and open documents are checked again when it is done: the
        // first publication may come before a.news is indexed, so wait for the one that knows both articles.
        var duplicate = (await PublicationWithAsync(client, uri, "NEWS109")).Single(d => (string?)d!["code"] == "NEWS109")!;
        Assert.Equal(3, (int)duplicate["severity"]!);
        Assert.Equal(1, (int)duplicate["range"]!["start"]!["line"]!);
        var first = Assert.Single(duplicate["relatedInformation"]!.AsArray())!;
        Assert.EndsWith("/a.news", (string)first["location"]!["uri"]!, StringComparison.Ordinal);
    }

    private static int Severity(System.Text.Json.Nodes.JsonArray diagnostics) => (int)diagnostics.Single(d => (string?)d!["code"] == "NEWS001")!["severity"]!;

    /// <summary>The diagnostics of the first publication after the <paramref name="after"/> already seen.</summary>
    private static Task<System.Text.Json.Nodes.JsonArray> NextPublicationAsync(LspClient client, string uri, int after) =>
        PublicationAsync(client, uri, all => all.Count > after ? all[^1] : null, "no new publication");

    /// <summary>The diagnostics of the latest publication that reports <paramref name="code"/>.</summary>
    private static Task<System.Text.Json.Nodes.JsonArray> PublicationWithAsync(LspClient client, string uri, string code) =>
        PublicationAsync(client, uri, all => all.LastOrDefault(p => ((System.Text.Json.Nodes.JsonArray)p["diagnostics"]!).Any(d => (string?)d!["code"] == code)), "no publication with " + code);

    private static async Task<System.Text.Json.Nodes.JsonArray> PublicationAsync(LspClient client, string uri, Func<IReadOnlyList<System.Text.Json.Nodes.JsonObject>, System.Text.Json.Nodes.JsonObject?> pick, string missing)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (pick(client.Published(uri)) is { } match)
            {
                return (System.Text.Json.Nodes.JsonArray)match["diagnostics"]!;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"{missing} for {uri}; published: {client.Published(uri).Count}\n{client.StandardError}");
    }
}
