namespace NewsDsl.LanguageServer.Tests;

/// <summary>
/// Navigation on a source id no declaration has (NEWS002), through the core model's reference API: hover says
/// so, definition has nowhere to go, references list every tag with that id, and rename changes them all (a
/// misspelt id corrected in one go, even to a declared one); a declared id may not be renamed onto another.
/// </summary>
public sealed class UndeclaredIdTests : IClassFixture<ServerFixture>, IAsyncLifetime
{
    private const string Article =
        """
        ---
        id: typo-story
        headline: A misspelt source
        ---

        @source pentagon organization name="The Pentagon"
        @source zarif person name="Mohammad Javad Zarif"

        “We are assessing the damage,”{@pentagn} a spokesman said.

        [The strikes hit two bases]{@pentagn cue="said"} and “no one was hurt,”{@pentagon} he added.

        “Proportionate,”{@zarif} Zarif said.
        """;

    private readonly ServerFixture _server;

    public UndeclaredIdTests(ServerFixture server)
    {
        _server = server;
    }

    private LspClient Client => _server.Client;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _server.CloseAllAsync();

    [Fact]
    public async Task An_undeclared_id_has_hover_references_and_rename_but_no_definition()
    {
        var (uri, diagnostics) = await _server.OpenAsync(Article);
        Assert.Equal(2, diagnostics.Count(d => (string?)d!["code"] == "NEWS002"));
        var onTypo = Text.At(Article, "{@pentagn}", 4);

        var hover = await Client.RequestAsync("textDocument/hover", new { textDocument = new { uri }, position = onTypo });
        Assert.Contains("not declared", (string)hover!["contents"]!["value"]!, StringComparison.Ordinal);
        Assert.Equal(8, (int)hover["range"]!["start"]!["line"]!);

        Assert.Null(await Client.RequestAsync("textDocument/definition", new { textDocument = new { uri }, position = onTypo }));

        var references = (await Client.RequestAsync("textDocument/references", new { textDocument = new { uri }, position = onTypo, context = new { includeDeclaration = true } }))!.AsArray();
        Assert.Equal(new[] { 8, 10 }, references.Select(l => (int)l!["range"]!["start"]!["line"]!));

        var prepare = await Client.RequestAsync("textDocument/prepareRename", new { textDocument = new { uri }, position = onTypo });
        Assert.Equal("pentagn", (string?)prepare!["placeholder"]);

        // Renamed to the declared id it was meant to be: both tags change, and NEWS002 is gone.
        var edit = await Client.RequestAsync("textDocument/rename", new { textDocument = new { uri }, position = onTypo, newName = "pentagon" });
        var edits = edit!["changes"]![uri]!.AsArray();
        Assert.Equal(2, edits.Count);
        var renamed = Text.Apply(Article, edits!);
        Assert.DoesNotContain("pentagn", renamed, StringComparison.Ordinal);
        await Client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version = 2 }, contentChanges = new[] { new { text = renamed } } });
        Assert.DoesNotContain(await Client.WaitForDiagnosticsAsync(uri, 2), d => (string?)d!["code"] == "NEWS002");
    }

    [Fact]
    public async Task A_declared_id_is_not_renamed_onto_another_declared_one_and_its_references_include_the_declaration()
    {
        var (uri, _) = await _server.OpenAsync(Article);
        var onDeclared = Text.At(Article, "@source pentagon", 10);

        var references = (await Client.RequestAsync("textDocument/references", new { textDocument = new { uri }, position = onDeclared, context = new { includeDeclaration = true } }))!.AsArray();
        Assert.Equal(new[] { 5, 10 }, references.Select(l => (int)l!["range"]!["start"]!["line"]!));
        var definition = (await Client.RequestAsync("textDocument/definition", new { textDocument = new { uri }, position = Text.At(Article, "{@pentagon}", 4) }))!.AsArray();
        Assert.Equal(5, (int)Assert.Single(definition)!["range"]!["start"]!["line"]!);

        var error = await Assert.ThrowsAsync<LspErrorException>(() => Client.RequestAsync("textDocument/rename", new { textDocument = new { uri }, position = onDeclared, newName = "zarif" }));
        Assert.Contains("already declares a source 'zarif'", error.Message, StringComparison.Ordinal);
    }
}
