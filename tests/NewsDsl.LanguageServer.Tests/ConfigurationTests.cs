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

    private static int Severity(System.Text.Json.Nodes.JsonArray diagnostics) => (int)diagnostics.Single(d => (string?)d!["code"] == "NEWS001")!["severity"]!;

    private static async Task<System.Text.Json.Nodes.JsonArray> NextPublicationAsync(LspClient client, string uri, int after)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var all = client.Published(uri);
            if (all.Count > after)
            {
                return (System.Text.Json.Nodes.JsonArray)all[^1]["diagnostics"]!;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"no new publication for {uri}\n{client.StandardError}");
    }
}
