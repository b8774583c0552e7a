using System.Text.Json;
using NewsDsl.Language.Semantics;

namespace NewsDsl.Render.Tests;

/// <summary>The review page in a real browser (Debian's Chromium), used as an editor would use it.</summary>
public sealed class BrowserTests : IClassFixture<Browser>
{
    private readonly Browser _browser;

    public BrowserTests(Browser browser)
    {
        _browser = browser;
    }

    [ChromiumFact]
    public async Task Every_quotation_and_claim_of_the_seed_carries_its_source()
    {
        await using var page = await _browser.OpenAsync(RenderedPages.Seed);
        var model = Articles.Check(Articles.SeedFile).Model;

        // What the browser built: every highlighted passage with its hook.
        var marked = await page.EvalAsync<string[]>("Array.from(document.querySelectorAll('.article .q, .article .c')).map(e => e.hasAttribute('data-source') ? e.getAttribute('data-source') : '<missing>')");
        Assert.DoesNotContain("<missing>", marked);

        // One element per quotation part that is someone's words and one per claim.
        var expected = new List<string>();
        foreach (var quotation in model.Quotations.Where(q => !q.IsTitleOrTerm))
        {
            expected.AddRange(quotation.Parts.Select(_ => quotation.Source?.Id ?? string.Empty));
        }

        expected.AddRange(model.Claims.Select(c => c.Source?.Id ?? string.Empty));
        Assert.Equal(expected.OrderBy(x => x, StringComparer.Ordinal), marked.OrderBy(x => x, StringComparer.Ordinal));

        // The seed attributes every quotation; its one empty hook is the article's own claim ("killed no one").
        var empty = await page.EvalAsync<string[]>("Array.from(document.querySelectorAll('.article [data-source=\"\"]')).map(e => e.getAttribute('data-own') + ':' + e.firstChild.textContent)");
        Assert.Equal(new[] { "true:killed no one" }, empty);
    }

    [ChromiumFact]
    public async Task The_four_findings_of_the_seed_are_shown_inline_and_the_list_jumps_to_each()
    {
        await using var page = await _browser.OpenAsync(RenderedPages.Seed);
        var shown = await page.EvalAsync<string[]>("Array.from(document.querySelectorAll('[data-diagnostic]')).filter(e => e.getClientRects().length > 0).map(e => e.getAttribute('data-diagnostic'))");
        Assert.Equal(new[] { "NEWS005", "NEWS101", "NEWS106", "NEWS106" }, shown.OrderBy(x => x, StringComparer.Ordinal));

        // Each finding's entry jumps to it; each NEWS106's "see line …" (its additional location, the other figure)
        // jumps to the anchor there.
        Assert.Equal(new[] { "finding", "finding", "finding", "finding" }, await JumpThroughEachLink(page, "data-finding-link"));
        Assert.Equal(new[] { "related-target", "related-target" }, await JumpThroughEachLink(page, "data-related-link"));

        // Each inline finding names its rule, says its message and links to its documentation.
        var details = await page.EvalAsync<string[]>("Array.from(document.querySelectorAll('[data-diagnostic]')).map(e => e.getAttribute('data-diagnostic') + '|' + e.querySelector('a').href + '|' + e.textContent)");
        foreach (var detail in details)
        {
            var parts = detail.Split('|');
            Assert.EndsWith("/docs/diagnostics/" + parts[0] + ".md", parts[1]);
            Assert.Contains("warning", parts[2]);
        }
    }

    /// <summary>Clicks each findings-list link with <paramref name="attribute"/>; asserts it scrolls its target into view and sets the hash; returns each target's first class word.</summary>
    private static async Task<string[]> JumpThroughEachLink(OpenedPage page, string attribute)
    {
        var links = await page.EvalAsync<string[]>($"Array.from(document.querySelectorAll('.findings a[{attribute}]')).map(a => a.getAttribute('href'))");
        var kinds = new List<string>();
        foreach (var link in links)
        {
            await page.Page.ClickAsync($".findings a[href=\"{link}\"]");
            var result = await page.EvalAsync<JsonElement>(
                $"(() => {{ const t = document.querySelector('{link}'); const r = t.getBoundingClientRect(); return {{ hash: location.hash, kind: t.className.split(' ')[0], visible: r.bottom > 0 && r.top < window.innerHeight }}; }})()");
            Assert.Equal(link, result.GetProperty("hash").GetString());
            Assert.True(result.GetProperty("visible").GetBoolean(), $"{link} is not scrolled into view");
            kinds.Add(result.GetProperty("kind").GetString()!);
        }

        return kinds.ToArray();
    }

    [ChromiumFact]
    public async Task Choosing_a_source_highlights_exactly_its_words_and_dims_the_rest()
    {
        await using var page = await _browser.OpenAsync(RenderedPages.Seed);
        var model = Articles.Check(Articles.SeedFile).Model;
        foreach (var id in new[] { "zarif", "irgc", "iraqi-officials", "pentagon" })
        {
            await page.Page.ClickAsync($"button[data-focus-source=\"{id}\"]");
            var state = await State(page);
            var ownParts = model.Quotations.Where(q => q.Source?.Id == id && !q.IsTitleOrTerm).Sum(q => q.Parts.Count) + model.Claims.Count(c => c.Source?.Id == id);
            Assert.True(ownParts > 0);
            Assert.Equal(ownParts, state.Focused.Length);
            Assert.All(state.Focused, source => Assert.Equal(id, source));
            Assert.DoesNotContain(id, state.Dimmed);
            Assert.Equal(state.All - ownParts, state.Dimmed.Length);
            Assert.Equal(new[] { id }, state.Pressed);
        }

        // Choosing it again shows every source.
        await page.Page.ClickAsync("button[data-focus-source=\"pentagon\"]");
        var cleared = await State(page);
        Assert.Empty(cleared.Focused);
        Assert.Empty(cleared.Dimmed);
        Assert.Empty(cleared.Pressed);
        Assert.Empty(page.ConsoleErrors);
    }

    [ChromiumFact]
    public async Task The_sources_panel_works_from_the_keyboard()
    {
        await using var page = await _browser.OpenAsync(RenderedPages.Seed);
        await page.Page.FocusAsync("button[data-focus-source=\"trump\"]");
        await page.Page.Keyboard.PressAsync("Enter");
        var state = await State(page);
        Assert.NotEmpty(state.Focused);
        Assert.All(state.Focused, source => Assert.Equal("trump", source));

        await page.Page.Keyboard.PressAsync("Tab");
        await page.Page.Keyboard.PressAsync("Space");
        state = await State(page);
        Assert.All(state.Focused, source => Assert.Equal("khazali", source));
        Assert.NotEmpty(state.Focused);

        await page.Page.Keyboard.PressAsync("Escape");
        state = await State(page);
        Assert.Empty(state.Focused);
        Assert.Empty(state.Pressed);
        var status = await page.EvalAsync<string>("document.getElementById('focus-status').textContent");
        Assert.Equal("Showing every source.", status);
    }

    [ChromiumFact]
    public async Task The_seed_page_loads_nothing_and_logs_no_errors()
    {
        await using var page = await _browser.OpenAsync(RenderedPages.Seed);
        await page.Page.ClickAsync("button[data-focus-source=\"khamenei\"]");
        await page.Page.ClickAsync(".findings a");
        Assert.Empty(page.ConsoleErrors);
        Assert.Empty(page.Dialogs);
        Assert.Equal(new[] { new Uri(RenderedPages.Seed).AbsoluteUri }, page.Requests);
        var policy = await page.EvalAsync<string>("document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]').content");
        Assert.StartsWith("default-src 'none';", policy);
        Assert.Contains("script-src 'sha256-", policy);
        Assert.DoesNotContain("unsafe", policy);
    }

    [ChromiumFact]
    public async Task Hostile_text_is_shown_as_text_and_runs_nothing()
    {
        await using var page = await _browser.OpenAsync(RenderedPages.Hostile);
        var model = Articles.Check(Articles.HostileFile).Model;
        Assert.Empty(page.Dialogs);
        Assert.Empty(page.ConsoleErrors);
        Assert.Equal(new[] { new Uri(RenderedPages.Hostile).AbsoluteUri }, page.Requests);

        var dom = await page.EvalAsync<JsonElement>(
            """
            ({
              title: document.title,
              headline: document.getElementById('headline').textContent,
              scripts: Array.from(document.scripts).map(s => s.type || 'classic'),
              styles: document.querySelectorAll('style').length,
              injected: document.querySelectorAll('.article img, .article b, .article i, .article style, .review img, .review i, [onerror], [onload], [onmouseover]').length,
              bodyShown: getComputedStyle(document.body).display !== 'none',
              quotes: Array.from(document.querySelectorAll('.article .q')).map(q => q.firstChild.textContent),
              javascriptLinks: Array.from(document.querySelectorAll('a')).filter(a => a.protocol === 'javascript:').length
            })
            """);
        Assert.Equal("Review: " + model.Metadata.Headline, dom.GetProperty("title").GetString());
        Assert.Equal(model.Metadata.Headline, dom.GetProperty("headline").GetString());
        Assert.Equal(new[] { "application/ld+json", "classic" }, dom.GetProperty("scripts").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(1, dom.GetProperty("styles").GetInt32());
        Assert.Equal(0, dom.GetProperty("injected").GetInt32());
        Assert.True(dom.GetProperty("bodyShown").GetBoolean());
        Assert.Equal(0, dom.GetProperty("javascriptLinks").GetInt32());

        // The source's hostile name is the button's text, as written.
        var name = await page.EvalAsync<string>("document.querySelector('button[data-focus-source=\"evil\"]').firstChild.nextSibling.textContent");
        Assert.Equal(model.FindSource("evil")!.Name, name);

        // Bidirectional controls are shown as codes, so they cannot reorder what the editor reads.
        var codes = await page.EvalAsync<string[]>("Array.from(document.querySelectorAll('.article .ctl')).map(e => e.textContent)");
        Assert.Equal(new[] { "[U+202E]", "[U+202C]" }, codes);

        // The JSON-LD block survived whole: </script> in the text did not end it.
        var json = await page.EvalAsync<string>("document.getElementById('schema-org').textContent");
        using var parsed = JsonDocument.Parse(json);
        Assert.Equal(model.Metadata.Headline, parsed.RootElement.GetProperty("headline").GetString());
    }

    [ChromiumFact]
    public async Task The_policy_refuses_any_script_but_the_pages_own()
    {
        await using var page = await _browser.OpenAsync(RenderedPages.Seed);
        await page.EvalAsync<bool>("(() => { const s = document.createElement('script'); s.textContent = 'window.__injected = true;'; document.body.appendChild(s); return true; })()");
        Assert.False(await page.EvalAsync<bool>("window.__injected === true"));
        Assert.Contains(page.ConsoleErrors, e => e.Contains("Content Security Policy", StringComparison.Ordinal));
    }

    [ChromiumFact]
    public async Task Text_and_badges_meet_wcag_aa_contrast_as_the_browser_draws_them()
    {
        await using var page = await _browser.OpenAsync(RenderedPages.Seed);
        await CheckContrast(page);
        await page.Page.ClickAsync("button[data-focus-source=\"zarif\"]");
        await CheckContrast(page);

        await using var hostile = await _browser.OpenAsync(RenderedPages.Hostile);
        await CheckContrast(hostile);
    }

    [ChromiumFact]
    public async Task Screenshot_of_the_seed_page()
    {
        await using var page = await _browser.OpenAsync(RenderedPages.Seed, 1400, 1100);
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "review-page.png");
        await page.Page.ScreenshotAsync(path, new PuppeteerSharp.ScreenshotOptions { FullPage = false });
        Assert.True(new FileInfo(path).Length > 10_000);

        // A finding in the text, reached from the list, with one source chosen.
        await page.Page.ClickAsync("button[data-focus-source=\"national-tv\"]");
        await page.Page.ClickAsync(".findings a[href=\"#finding-3\"]");
        await page.Page.EvaluateExpressionAsync("document.getElementById('finding-3').scrollIntoView({ block: 'center' })");
        var focused = Path.Combine(folder, "review-page-finding.png");
        await page.Page.ScreenshotAsync(focused, new PuppeteerSharp.ScreenshotOptions { FullPage = false });
        Assert.True(new FileInfo(focused).Length > 10_000);

        // Printing keeps the article whole: the review panel follows it instead of sitting beside it.
        await page.Page.EmulateMediaTypeAsync(PuppeteerSharp.Media.MediaType.Print);
        var layout = await page.EvalAsync<string>("getComputedStyle(document.querySelector('.layout')).display");
        Assert.Equal("block", layout);
    }

    private static async Task CheckContrast(OpenedPage page)
    {
        // Every text-bearing highlight, badge and finding: its colour against the first opaque background behind it.
        var pairs = await page.EvalAsync<string[]>(
            """
            (() => {
              const opaque = (el) => {
                for (let e = el; e; e = e.parentElement) {
                  const bg = getComputedStyle(e).backgroundColor;
                  if (bg && !bg.endsWith(', 0)') && bg !== 'transparent') return bg;
                }
                return 'rgb(255, 255, 255)';
              };
              const els = document.querySelectorAll('.article .q, .article .c, .tag, .finding, .finding a, .source button, .findings li, .figures td, .counts li, .article p, .article h1');
              return Array.from(els).filter(e => e.getClientRects().length > 0).map(e => getComputedStyle(e).color + '|' + opaque(e) + '|' + e.className);
            })()
            """);
        Assert.NotEmpty(pairs);
        foreach (var pair in pairs)
        {
            var parts = pair.Split('|');
            var ratio = Wcag.Contrast(Wcag.ParseCss(parts[0]), Wcag.ParseCss(parts[1]));
            Assert.True(ratio >= 4.5, $"'{parts[2]}': {parts[0]} on {parts[1]} is {ratio:0.00}:1, below 4.5:1");
        }
    }

    private static async Task<(string[] Focused, string[] Dimmed, string[] Pressed, int All)> State(OpenedPage page)
    {
        var state = await page.EvalAsync<JsonElement>(
            """
            ({
              focused: Array.from(document.querySelectorAll('.article .is-focus')).map(e => e.getAttribute('data-source')),
              dimmed: Array.from(document.querySelectorAll('.article .is-dim')).map(e => e.getAttribute('data-source')),
              pressed: Array.from(document.querySelectorAll('button[aria-pressed="true"]')).map(e => e.getAttribute('data-focus-source')),
              all: document.querySelectorAll('.article [data-source]').length
            })
            """);
        static string[] Strings(JsonElement e) => e.EnumerateArray().Select(x => x.GetString()!).ToArray();
        return (Strings(state.GetProperty("focused")), Strings(state.GetProperty("dimmed")), Strings(state.GetProperty("pressed")), state.GetProperty("all").GetInt32());
    }
}
