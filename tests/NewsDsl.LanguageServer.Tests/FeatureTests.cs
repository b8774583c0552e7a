using System.Text.Json.Nodes;

namespace NewsDsl.LanguageServer.Tests;

/// <summary>Each language feature, with cases that must produce results and cases that must not.</summary>
public sealed class FeatureTests : IClassFixture<ServerFixture>, IAsyncLifetime
{
    private const string Article =
        """
        ---
        id: feature-story
        headline: Minister answers critics
        ---

        %% Sources
        @source zarif person name="Mohammad Javad Zarif" title="Foreign Minister of Iran"
        @source iran-tv media name="Iranian television"
        @source officials anonymous name="Two officials" reason="not allowed to speak"

        # A heading with a “term”{term}

        “We took proportionate measures,”{@zarif cue="said" via="Twitter"} Zarif said.

        “This one has no tag,” a man said.

        Television said [80 people were killed]{@iran-tv about="casualties" value="80"} but officials said [20 people died]{@officials about="casualties" value="20"}.

        “The first paragraph of a long quote,

        “and its second paragraph.”{@iran-tv}
        """;

    private readonly ServerFixture _server;

    public FeatureTests(ServerFixture server)
    {
        _server = server;
    }

    private LspClient Client => _server.Client;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _server.CloseAllAsync();

    [Fact]
    public async Task Completion_offers_source_ids_after_an_at_sign_with_name_and_title_and_filters_by_prefix()
    {
        var text = Article + "\n\n“New words,”{@";
        var (uri, _) = await _server.OpenAsync(text);

        var all = await Labels(uri, text, "“New words,”{@", 14);
        Assert.Equal(new[] { "iran-tv", "officials", "zarif" }, all.Order(StringComparer.Ordinal));
        var items = (await Client.RequestAsync("textDocument/completion", new { textDocument = new { uri }, position = Text.At(text, "“New words,”{@", 14) }))!["items"]!.AsArray();
        Assert.Equal("Mohammad Javad Zarif, Foreign Minister of Iran", (string?)items.Single(i => (string?)i!["label"] == "zarif")!["detail"]);

        var filtered = text + "ir";
        await Change(uri, filtered, 2);
        Assert.Equal(new[] { "iran-tv" }, await Labels(uri, filtered, "“New words,”{@ir", 16));
    }

    [Fact]
    public async Task Completion_offers_kinds_declaration_attributes_tag_attributes_values_and_front_matter_keys()
    {
        var text = Article.Replace("%% Sources", "%% Sources\n@source new-one per\n@source other-one group name=\"Group\" ", StringComparison.Ordinal)
            .Replace("headline: Minister answers critics", "headline: Minister answers critics\nde", StringComparison.Ordinal)
            + "\n\n“More,”{@zarif cu and “Even more,”{@zarif cue=\"sa";
        var (uri, _) = await _server.OpenAsync(text);

        Assert.Equal(new[] { "person" }, await Labels(uri, text, "@source new-one per", 19));
        Assert.Equal(new[] { "aka", "reason", "title" }, (await Labels(uri, text, "@source other-one group name=\"Group\" ", 37)).Order(StringComparer.Ordinal));
        Assert.Equal(new[] { "cue" }, await Labels(uri, text, "{@zarif cu ", 10));
        Assert.Contains("said", await Labels(uri, text, "{@zarif cue=\"sa", 15));
        Assert.Equal(new[] { "deck", "desk" }, (await Labels(uri, text, "\nde\n", 3)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Completion_offers_nothing_in_plain_prose_in_notes_or_after_a_closed_tag()
    {
        var (uri, _) = await _server.OpenAsync(Article);

        Assert.Empty(await Labels(uri, Article, "a man said", 5));
        Assert.Empty(await Labels(uri, Article, "%% Sources", 5));
        Assert.Empty(await Labels(uri, Article, "Zarif said.", 0));
    }

    [Fact]
    public async Task Hover_shows_the_source_card_on_a_tag_and_who_said_a_quotation_but_nothing_on_plain_prose()
    {
        var (uri, _) = await _server.OpenAsync(Article);

        var card = await HoverText(uri, Article, "{@zarif cue", 3);
        Assert.Contains("Mohammad Javad Zarif", card, StringComparison.Ordinal);
        Assert.Contains("Foreign Minister of Iran", card, StringComparison.Ordinal);
        Assert.Contains("person", card, StringComparison.Ordinal);
        Assert.Contains("Cited once", card, StringComparison.Ordinal);

        var anonymous = await HoverText(uri, Article, "@source officials", 9);
        Assert.Contains("not allowed to speak", anonymous, StringComparison.Ordinal);

        var quotation = await HoverText(uri, Article, "proportionate measures", 3);
        Assert.Contains("Mohammad Javad Zarif", quotation, StringComparison.Ordinal);
        Assert.Contains("said", quotation, StringComparison.Ordinal);

        var suggestedText = Article + "\n\n“Perhaps so,”{@zarif?} he said.\n";
        var (suggestedUri, _) = await _server.OpenAsync(suggestedText);
        Assert.Contains("suggested", await HoverText(suggestedUri, suggestedText, "Perhaps so", 2), StringComparison.Ordinal);
        Assert.DoesNotContain("suggested", quotation, StringComparison.Ordinal);

        var untagged = await HoverText(uri, Article, "This one has no tag", 3);
        Assert.Contains("unattributed", untagged, StringComparison.Ordinal);

        Assert.Null(await Client.RequestAsync("textDocument/hover", new { textDocument = new { uri }, position = Text.At(Article, "a man said", 3) }));
    }

    [Fact]
    public async Task Definition_jumps_from_a_tag_to_the_declaration_and_finds_nothing_elsewhere()
    {
        var (uri, _) = await _server.OpenAsync(Article);

        var locations = (await Client.RequestAsync("textDocument/definition", new { textDocument = new { uri }, position = Text.At(Article, "{@zarif cue", 4) }))!.AsArray();
        var location = Assert.Single(locations)!;
        Assert.Equal(uri, (string?)location["uri"]);
        Assert.Equal(6, (int)location["range"]!["start"]!["line"]!);
        Assert.Equal(8, (int)location["range"]!["start"]!["character"]!);
        Assert.Equal(13, (int)location["range"]!["end"]!["character"]!);

        Assert.Null(await Client.RequestAsync("textDocument/definition", new { textDocument = new { uri }, position = Text.At(Article, "a man said", 3) }));
    }

    [Fact]
    public async Task References_list_the_declaration_and_every_citing_tag()
    {
        var (uri, _) = await _server.OpenAsync(Article);

        var withDeclaration = (await Client.RequestAsync("textDocument/references", new { textDocument = new { uri }, position = Text.At(Article, "@source iran-tv", 10), context = new { includeDeclaration = true } }))!.AsArray();
        Assert.Equal(new[] { 7, 16, 20 }, withDeclaration.Select(l => (int)l!["range"]!["start"]!["line"]!));
        var withoutDeclaration = (await Client.RequestAsync("textDocument/references", new { textDocument = new { uri }, position = Text.At(Article, "@source iran-tv", 10), context = new { includeDeclaration = false } }))!.AsArray();
        Assert.Equal(new[] { 16, 20 }, withoutDeclaration.Select(l => (int)l!["range"]!["start"]!["line"]!));

        Assert.Null(await Client.RequestAsync("textDocument/references", new { textDocument = new { uri }, position = Text.At(Article, "Minister answers", 2), context = new { includeDeclaration = true } }));
    }

    [Fact]
    public async Task Rename_changes_the_declaration_and_every_tag_and_the_renamed_article_checks_clean_of_new_errors()
    {
        var (uri, before) = await _server.OpenAsync(Article);

        var prepare = await Client.RequestAsync("textDocument/prepareRename", new { textDocument = new { uri }, position = Text.At(Article, "{@iran-tv}", 3) });
        Assert.Equal("iran-tv", (string?)prepare!["placeholder"]);
        Assert.Null(await Client.RequestAsync("textDocument/prepareRename", new { textDocument = new { uri }, position = Text.At(Article, "a man said", 3) }));

        var edit = await Client.RequestAsync("textDocument/rename", new { textDocument = new { uri }, position = Text.At(Article, "{@iran-tv}", 3), newName = "state-tv" });
        var edits = edit!["changes"]![uri]!.AsArray();
        Assert.Equal(3, edits.Count);
        var renamed = Text.Apply(Article, edits!);
        Assert.DoesNotContain("iran-tv", renamed, StringComparison.Ordinal);
        Assert.Contains("@source state-tv media", renamed, StringComparison.Ordinal);
        Assert.Contains("{@state-tv}", renamed, StringComparison.Ordinal);

        await Change(uri, renamed, 2);
        var after = await Client.WaitForDiagnosticsAsync(uri, 2);
        Assert.Equal(Codes(before), Codes(after));
    }

    [Theory]
    [InlineData("Iran TV", "not a valid source id")]
    [InlineData("-tv", "not a valid source id")]
    [InlineData("zarif", "already declares a source 'zarif'")]
    public async Task Rename_refuses_an_invalid_or_taken_id(string newName, string reason)
    {
        var (uri, _) = await _server.OpenAsync(Article);

        var error = await Assert.ThrowsAsync<LspErrorException>(() => Client.RequestAsync("textDocument/rename", new { textDocument = new { uri }, position = Text.At(Article, "@source iran-tv", 10), newName }));
        Assert.Equal(-32803, error.Code);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Document_symbols_list_front_matter_sources_and_headings()
    {
        var (uri, _) = await _server.OpenAsync(Article);

        var symbols = (await Client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri } }))!.AsArray();
        Assert.Equal(new[] { "feature-story", "zarif", "iran-tv", "officials", "A heading with a “term”{term}" }, symbols.Select(s => (string)s!["name"]!));
        Assert.Equal(new[] { "id", "headline" }, symbols[0]!["children"]!.AsArray().Select(s => (string)s!["name"]!));

        var (plain, _) = await _server.OpenAsync("Just prose.\n");
        Assert.Empty((await Client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = plain } }))!.AsArray());
    }

    [Fact]
    public async Task Folding_ranges_cover_front_matter_source_block_and_a_quotation_over_paragraphs_only()
    {
        var (uri, _) = await _server.OpenAsync(Article);

        var ranges = (await Client.RequestAsync("textDocument/foldingRange", new { textDocument = new { uri } }))!.AsArray()
            .Select(r => ((int)r!["startLine"]!, (int)r["endLine"]!)).ToList();
        Assert.Equal(new[] { (0, 3), (6, 8), (18, 20) }, ranges);

        var (plain, _) = await _server.OpenAsync("---\nid: a\nheadline: b\n---\nOne line “quote”{term}.\n");
        Assert.Equal(new[] { (0, 3) }, (await Client.RequestAsync("textDocument/foldingRange", new { textDocument = new { uri = plain } }))!.AsArray().Select(r => ((int)r!["startLine"]!, (int)r["endLine"]!)));
    }

    [Fact]
    public async Task Semantic_tokens_tell_an_unattributed_quotation_from_an_attributed_one()
    {
        var (uri, _) = await _server.OpenAsync(Article);
        var legend = (await Client.RequestAsync("initialize", new { capabilities = new { } }).ContinueWith(t => t.Exception?.InnerException as LspErrorException))!;
        Assert.Equal(-32600, legend.Code);

        var data = (await Client.RequestAsync("textDocument/semanticTokens/full", new { textDocument = new { uri } }))!["data"]!.AsArray().Select(n => (int)n!).ToArray();
        var tokens = Decode(data);
        var attributed = tokens.Single(t => t.Line == 12 && t.Character == 0);
        var unattributed = tokens.Single(t => t.Line == 14 && t.Character == 0);
        Assert.Equal(2, attributed.Type);
        Assert.Equal(2, unattributed.Type);
        Assert.Equal(1 << 1, attributed.Modifiers);
        Assert.Equal(1 << 2, unattributed.Modifiers);

        // The tag's id is a variable, the declaration's id a variable with 'declaration'; no token spans lines.
        Assert.Contains(tokens, t => t.Line == 12 && t.Type == 3 && t.Modifiers == 0);
        Assert.Contains(tokens, t => t.Line == 6 && t.Character == 8 && t.Type == 3 && t.Modifiers == 1);
        Assert.DoesNotContain(tokens, t => t.Line == 16 && t.Type == 2 && t.Modifiers != 0);
    }

    [Fact]
    public async Task Workspace_symbols_find_articles_by_id_or_headline_and_nothing_for_a_query_that_matches_none()
    {
        await _server.OpenAsync(Article, "symbols.news");

        var byHeadline = (await Client.RequestAsync("workspace/symbol", new { query = "critics" }))!.AsArray();
        Assert.Contains(byHeadline, s => (string?)s!["name"] == "feature-story");
        var onDisk = (await Client.RequestAsync("workspace/symbol", new { query = "other-st" }))!.AsArray();
        var other = Assert.Single(onDisk)!;
        Assert.EndsWith("/other.news", (string)other["location"]!["uri"]!, StringComparison.Ordinal);
        Assert.Equal("Markets fall on oil news", (string?)other["containerName"]);

        Assert.Empty((await Client.RequestAsync("workspace/symbol", new { query = "no-such-article-anywhere" }))!.AsArray());
    }

    [Fact]
    public async Task Conflicting_figures_and_duplicate_sources_carry_the_other_place_as_related_information()
    {
        var text = Article.Replace("@source officials", "@source zarif person name=\"Someone else\"\n@source officials", StringComparison.Ordinal);
        var (uri, diagnostics) = await _server.OpenAsync(text);

        var figures = diagnostics.Single(d => (string?)d!["code"] == "NEWS106")!;
        var other = Assert.Single(figures["relatedInformation"]!.AsArray())!;
        Assert.Equal(uri, (string?)other["location"]!["uri"]);
        Assert.Equal(17, (int)other["location"]!["range"]!["start"]!["line"]!);
        Assert.Equal(17, (int)figures["range"]!["start"]!["line"]!);
        Assert.True((int)other["location"]!["range"]!["start"]!["character"]! < (int)figures["range"]!["start"]!["character"]!);

        var duplicate = diagnostics.SingleOrDefault(d => (string?)d!["code"] == "NEWS006") ?? throw new InvalidOperationException(diagnostics.ToJsonString());
        Assert.Equal(8, (int)duplicate["range"]!["start"]!["line"]!);
        var first = Assert.Single(duplicate["relatedInformation"]!.AsArray())!;
        Assert.Equal(6, (int)first["location"]!["range"]!["start"]!["line"]!);

        var (quiet, clean) = await _server.OpenAsync("---\nid: quiet\nheadline: Nothing to see\n---\n\nPlain words.\n");
        Assert.Empty(clean);
        _ = quiet;
    }

    [Fact]
    public async Task An_article_id_used_by_another_workspace_file_is_NEWS109_pointing_at_that_file()
    {
        // other.news (on disk, first by path) already uses 'other-story'.
        var (uri, diagnostics) = await _server.OpenAsync("---\nid: other-story\nheadline: Copy\n---\n\nWords.\n", "zz-copy.news");

        var duplicate = diagnostics.Single(d => (string?)d!["code"] == "NEWS109")!;
        Assert.Equal(1, (int)duplicate["range"]!["start"]!["line"]!);
        var first = Assert.Single(duplicate["relatedInformation"]!.AsArray())!;
        Assert.EndsWith("/other.news", (string)first["location"]!["uri"]!, StringComparison.Ordinal);
        _ = uri;
    }

    [Fact]
    public async Task Changing_one_open_article_s_id_takes_NEWS109_off_the_other_open_article()
    {
        var (first, _) = await _server.OpenAsync("---\nid: twin\nheadline: First\n---\n\nWords.\n", "twin-a.news");
        var (second, diagnostics) = await _server.OpenAsync("---\nid: twin\nheadline: Second\n---\n\nWords.\n", "twin-b.news");
        Assert.Contains(diagnostics, d => (string?)d!["code"] == "NEWS109");
        var published = Client.Published(second).Count;

        await Change(first, "---\nid: twin-renamed\nheadline: First\n---\n\nWords.\n", 2);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline && Client.Published(second).Count == published)
        {
            await Task.Delay(20);
        }

        Assert.DoesNotContain(Client.Published(second)[^1]["diagnostics"]!.AsArray(), d => (string?)d!["code"] == "NEWS109");
    }

    private async Task<List<string>> Labels(string uri, string text, string marker, int delta)
    {
        var result = await Client.RequestAsync("textDocument/completion", new { textDocument = new { uri }, position = Text.At(text, marker, delta) });
        return result!["items"]!.AsArray().Select(i => (string)i!["label"]!).ToList();
    }

    private async Task<string> HoverText(string uri, string text, string marker, int delta)
    {
        var hover = await Client.RequestAsync("textDocument/hover", new { textDocument = new { uri }, position = Text.At(text, marker, delta) });
        Assert.NotNull(hover);
        return (string)hover!["contents"]!["value"]!;
    }

    private Task Change(string uri, string text, int version) =>
        Client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version }, contentChanges = new[] { new { text } } });

    private static List<string> Codes(JsonArray diagnostics) => diagnostics.Select(d => (string)d!["code"]!).Order(StringComparer.Ordinal).ToList();

    private static List<(int Line, int Character, int Length, int Type, int Modifiers)> Decode(int[] data)
    {
        var tokens = new List<(int, int, int, int, int)>();
        int line = 0, character = 0;
        for (var i = 0; i < data.Length; i += 5)
        {
            line += data[i];
            character = data[i] == 0 ? character + data[i + 1] : data[i + 1];
            tokens.Add((line, character, data[i + 2], data[i + 3], data[i + 4]));
        }

        return tokens;
    }
}
