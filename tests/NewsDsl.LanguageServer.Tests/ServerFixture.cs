namespace NewsDsl.LanguageServer.Tests;

/// <summary>One server process for a test class, with a scratch workspace folder; documents are opened per test with their own URIs.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private readonly List<string> _open = new();
    private int _nextDocument;

    public string Workspace { get; } = TestFiles.NewScratchFolder();

    public LspClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        File.WriteAllText(Path.Combine(Workspace, "other.news"), "---\nid: other-story\nheadline: Markets fall on oil news\n---\n\nPrices fell.\n");
        Client = await LspClient.StartInitializedAsync(Workspace);
    }

    public async Task DisposeAsync()
    {
        await Client.DisposeAsync();
        Directory.Delete(Workspace, recursive: true);
    }

    /// <summary>Closes what the last test opened, so one test's articles (and their ids) never meet the next test's.</summary>
    public async Task CloseAllAsync()
    {
        List<string> open;
        lock (_open)
        {
            open = _open.ToList();
            _open.Clear();
        }

        foreach (var uri in open)
        {
            await Client.CloseAsync(uri);
        }
    }

    /// <summary>Opens <paramref name="text"/> as a new file of the workspace (not on disk) and waits for its first diagnostics.</summary>
    public async Task<(string Uri, System.Text.Json.Nodes.JsonArray Diagnostics)> OpenAsync(string text, string? name = null)
    {
        var uri = LspClient.FileUri(Path.Combine(Workspace, name ?? $"doc{Interlocked.Increment(ref _nextDocument)}.news"));
        await Client.OpenAsync(uri, text);
        lock (_open)
        {
            _open.Add(uri);
        }

        return (uri, await Client.WaitForDiagnosticsAsync(uri, 1));
    }
}
