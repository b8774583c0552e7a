using System.Text.Json.Nodes;

namespace NewsDsl.LanguageServer.Tests;

/// <summary>
/// Code actions: every fix the server offers, on every conformance case and the sample, is applied and
/// the document checked again by the server: the finding it targets is gone and no new error appears.
/// </summary>
public sealed class CodeActionTests : IClassFixture<ServerFixture>, IAsyncLifetime
{
    private readonly ServerFixture _server;

    public CodeActionTests(ServerFixture server)
    {
        _server = server;
    }

    private LspClient Client => _server.Client;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _server.CloseAllAsync();

    public static IEnumerable<string> Articles() =>
        Directory.EnumerateFiles(TestFiles.Conformance, "*.news", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Append(TestFiles.Sample);

    [Fact]
    public async Task Every_quick_fix_on_every_case_removes_its_finding_and_adds_no_error()
    {
        var (scratch, _) = await _server.OpenAsync("---\nid: scratch\nheadline: Scratch\n---\n", "fix-scratch.news");
        var version = 1;
        var applied = 0;
        var failures = new List<string>();
        foreach (var file in Articles())
        {
            var text = File.ReadAllText(file);
            var before = await SetAsync(scratch, text, ++version);
            foreach (var (action, target) in await QuickFixesAsync(scratch, before))
            {
                var edits = action["edit"]!["changes"]![scratch]!.AsArray();
                var fixedText = Text.Apply(text, edits!);
                var after = await SetAsync(scratch, fixedText, ++version);
                applied++;

                var targetId = (string)target["code"]!;
                var problem = Count(after, targetId) >= Count(before, targetId) ? $"{targetId} not removed" : NewErrors(before, after);
                if (problem is not null)
                {
                    failures.Add($"{Path.GetFileName(file)}: '{action["title"]}' for {TestFiles.FromLsp(target)}: {problem}");
                }
            }
        }

        Assert.True(applied > 100, $"only {applied} fixes were offered over the whole suite");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Fix_all_applies_the_safe_fixes_together_and_leaves_fewer_findings_and_no_new_error()
    {
        var (scratch, _) = await _server.OpenAsync("---\nid: scratch2\nheadline: Scratch\n---\n", "fixall-scratch.news");
        var version = 1;
        var offered = 0;
        var failures = new List<string>();
        foreach (var file in Articles())
        {
            var text = File.ReadAllText(file);
            var before = await SetAsync(scratch, text, ++version);
            var actions = (await Client.RequestAsync("textDocument/codeAction", new { textDocument = new { uri = scratch }, range = WholeRange(text), context = new { diagnostics = Array.Empty<object>(), only = new[] { "source.fixAll" } } }))!.AsArray();
            Assert.All(actions, a => Assert.Equal("source.fixAll.newsdsl", (string?)a!["kind"]));
            if (actions.Count == 0)
            {
                continue;
            }

            offered++;
            var after = await SetAsync(scratch, Text.Apply(text, actions.Single()!["edit"]!["changes"]![scratch]!.AsArray()!), ++version);
            var problem = after.Count >= before.Count ? "nothing removed" : NewErrors(before, after);
            if (problem is not null)
            {
                failures.Add($"{Path.GetFileName(file)}: {problem}");
            }
        }

        Assert.True(offered > 0, "fix-all was never offered");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task The_seed_offers_a_reason_for_the_anonymous_source_and_turns_a_mistyped_zarf_back_into_zarif()
    {
        var text = File.ReadAllText(TestFiles.Sample);
        var typo = text.Replace("{@zarif", "{@zarf", StringComparison.Ordinal);
        Assert.NotEqual(text, typo);
        var (uri, diagnostics) = await _server.OpenAsync(typo, "seed-typo.news");

        var undeclared = diagnostics.First(d => (string?)d!["code"] == "NEWS002")!;
        var actions = await ActionsFor(uri, undeclared);
        var rename = actions.FirstOrDefault(a => ((string)a!["title"]!).Contains("zarif", StringComparison.Ordinal));
        Assert.True(rename is not null, "titles: " + string.Join(" | ", actions.Select(a => a!["title"])));
        Assert.Equal("quickfix", (string?)rename!["kind"]);
        Assert.Equal("NEWS002", (string?)rename["diagnostics"]![0]!["code"]);
        var repaired = Text.Apply(typo, rename["edit"]!["changes"]![uri]!.AsArray()!);
        Assert.Contains("{@zarif", repaired, StringComparison.Ordinal);

        var anonymous = diagnostics.Single(d => (string?)d!["code"] == "NEWS005")!;
        var reason = (await ActionsFor(uri, anonymous)).First();
        var withReason = Text.Apply(typo, reason!["edit"]!["changes"]![uri]!.AsArray()!);
        Assert.Contains("reason=\"", withReason, StringComparison.Ordinal);

        // No action where there is no finding.
        var plain = await Client.RequestAsync("textDocument/codeAction", new { textDocument = new { uri }, range = new { start = new { line = 0, character = 0 }, end = new { line = 0, character = 0 } }, context = new { diagnostics = Array.Empty<object>(), only = new[] { "quickfix" } } });
        Assert.Empty(plain!.AsArray());
    }

    private async Task<JsonArray> ActionsFor(string uri, JsonNode diagnostic)
    {
        var result = await Client.RequestAsync("textDocument/codeAction", new { textDocument = new { uri }, range = diagnostic["range"]!.DeepClone(), context = new { diagnostics = new[] { diagnostic.DeepClone() }, only = new[] { "quickfix" } } });
        return result!.AsArray();
    }

    private async Task<JsonArray> SetAsync(string uri, string text, int version)
    {
        await Client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version }, contentChanges = new[] { new { text } } });
        return await Client.WaitForDiagnosticsAsync(uri, version);
    }

    /// <summary>Quick fixes for each finding, each with the diagnostic it targets (one request for the whole text).</summary>
    private async Task<List<(JsonNode Action, JsonNode Target)>> QuickFixesAsync(string uri, JsonArray diagnostics)
    {
        var list = new List<(JsonNode, JsonNode)>();
        foreach (var diagnostic in diagnostics)
        {
            foreach (var action in await ActionsFor(uri, diagnostic!))
            {
                // A range request returns fixes for every finding it touches: keep those for this one.
                var target = action!["diagnostics"]![0]!;
                if (TestFiles.FromLsp(target) == TestFiles.FromLsp(diagnostic!))
                {
                    list.Add((action, target));
                }
            }
        }

        return list;
    }

    private static int Count(JsonArray diagnostics, string id) => diagnostics.Count(d => (string?)d!["code"] == id);

    /// <summary>Null when every error ID occurs no more often after than before, else which grew.</summary>
    private static string? NewErrors(JsonArray before, JsonArray after)
    {
        var grown = after.Where(d => (int)d!["severity"]! == 1).GroupBy(d => (string)d!["code"]!)
            .Where(g => g.Count() > before.Count(d => (int)d!["severity"]! == 1 && (string?)d!["code"] == g.Key))
            .Select(g => $"new {g.Key}: {TestFiles.FromLsp(g.First()!)}")
            .ToList();
        return grown.Count == 0 ? null : string.Join("; ", grown);
    }

    private static object WholeRange(string text) => new { start = new { line = 0, character = 0 }, end = Text.PositionOf(text, text.Length) };
}
