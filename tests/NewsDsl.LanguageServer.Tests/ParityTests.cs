using System.Text.Json.Nodes;

namespace NewsDsl.LanguageServer.Tests;

/// <summary>
/// The server reports what <c>newsdsl check --format json</c> reports: for every conformance case and the
/// sample, opened in an editor, the pushed diagnostics (and the pulled ones) have the same IDs, ranges,
/// severities and messages, with an .editorconfig that changes severities. One server for the class.
/// </summary>
public sealed class ParityTests : IAsyncLifetime
{
    private const string EditorConfig =
        """
        root = true

        [*.news]
        dotnet_diagnostic.NEWS001.severity = error
        dotnet_diagnostic.NEWS003.severity = none
        dotnet_diagnostic.NEWS005.severity = suggestion

        [quotations/**.news]
        dotnet_diagnostic.NEWS001.severity = warning
        """;

    private string _workspace = string.Empty;
    private LspClient _client = null!;
    private Dictionary<string, JsonArray> _expected = null!;

    public async Task InitializeAsync()
    {
        _workspace = TestFiles.NewScratchFolder();
        TestFiles.CopyFolder(TestFiles.Conformance, _workspace);
        File.Copy(TestFiles.Sample, Path.Combine(_workspace, "sample", "press-tv.news").Also(p => Directory.CreateDirectory(Path.GetDirectoryName(p)!)));
        File.WriteAllText(Path.Combine(_workspace, ".editorconfig"), EditorConfig);
        _expected = TestFiles.CheckJson(_workspace, ".");
        _client = await LspClient.StartInitializedAsync(_workspace);
    }

    public async Task DisposeAsync()
    {
        await _client.DisposeAsync();
        Directory.Delete(_workspace, recursive: true);
    }

    [Fact]
    public async Task Pushed_diagnostics_equal_newsdsl_check_for_every_conformance_case_and_the_sample()
    {
        // workspace/diagnostic waits for the start-up scan, so the project-wide NEWS006 is known before opening.
        await _client.RequestAsync("workspace/diagnostic", new { previousResultIds = Array.Empty<object>() });
        Assert.True(_expected.Count > 100, $"expected the whole conformance suite, the checker saw {_expected.Count} files");
        Assert.Contains(_expected.Values, d => d.Count > 0);
        Assert.Contains(_expected.Values.SelectMany(d => d), d => (string?)d!["severity"] == "info");

        var mismatches = new List<string>();
        foreach (var (path, expected) in _expected)
        {
            var uri = LspClient.FileUri(Path.Combine(_workspace, path));
            await _client.OpenAsync(uri, File.ReadAllText(Path.Combine(_workspace, path)));
            var pushed = await _client.WaitForDiagnosticsAsync(uri, 1);
            Compare(path, "pushed", expected, pushed, mismatches);
            await _client.CloseAsync(uri);
        }

        Assert.True(mismatches.Count == 0, string.Join("\n\n", mismatches));
    }

    [Fact]
    public async Task Workspace_diagnostics_pull_every_file_with_the_same_findings()
    {
        var report = await _client.RequestAsync("workspace/diagnostic", new { previousResultIds = Array.Empty<object>() });
        var items = report!["items"]!.AsArray();
        Assert.Equal(_expected.Count, items.Count);

        var mismatches = new List<string>();
        foreach (var item in items)
        {
            Assert.Equal("full", (string?)item!["kind"]);
            var path = Path.GetRelativePath(_workspace, new Uri((string)item["uri"]!).LocalPath).Replace('\\', '/');
            Assert.True(_expected.TryGetValue(path, out var expected), $"the server reported {path}, which the checker did not");
            Compare(path, "pulled", expected!, item["items"]!.AsArray(), mismatches);
        }

        Assert.True(mismatches.Count == 0, string.Join("\n\n", mismatches));
    }

    [Fact]
    public async Task Document_diagnostics_pull_equals_push_and_says_unchanged_for_the_same_result()
    {
        // After the start-up scan (workspace/diagnostic waits for it), so the project-wide check is settled.
        await _client.RequestAsync("workspace/diagnostic", new { previousResultIds = Array.Empty<object>() });
        var path = "sample/press-tv.news";
        var uri = LspClient.FileUri(Path.Combine(_workspace, path));
        await _client.OpenAsync(uri, File.ReadAllText(Path.Combine(_workspace, path)), version: 7);
        var pushed = await _client.WaitForDiagnosticsAsync(uri, 7);

        var report = await _client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri } });
        Assert.Equal("full", (string?)report!["kind"]);
        Assert.Equal(pushed.Select(TestFiles.FromLsp!).ToList(), report["items"]!.AsArray().Select(TestFiles.FromLsp!).ToList());
        var again = await _client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri }, previousResultId = (string)report["resultId"]! });
        Assert.Equal("unchanged", (string?)again!["kind"]);

        // Every diagnostic links to its documentation page and names its source.
        Assert.All(pushed, d =>
        {
            Assert.Equal("newsdsl", (string?)d!["source"]);
            Assert.EndsWith("/docs/diagnostics/" + (string)d["code"]! + ".md", (string)d["codeDescription"]!["href"]!, StringComparison.Ordinal);
        });
        await _client.CloseAsync(uri);
    }

    private static void Compare(string path, string how, JsonArray expected, JsonArray actual, List<string> mismatches)
    {
        var want = expected.Select(TestFiles.FromCheck!).OrderBy(x => x, StringComparer.Ordinal).ToList();
        var got = actual.Select(TestFiles.FromLsp!).OrderBy(x => x, StringComparer.Ordinal).ToList();
        if (!want.SequenceEqual(got))
        {
            mismatches.Add($"{path} ({how}):\n  check: {string.Join("\n         ", want)}\n  lsp:   {string.Join("\n         ", got)}");
        }
    }
}
