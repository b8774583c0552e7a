using PuppeteerSharp;

namespace NewsDsl.Render.Tests;

/// <summary>
/// One headless Chromium for the browser tests, started from the system's executable (nothing is
/// downloaded). Each test opens its own page on a file written to disk, as an editor would.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            return;
        }

        _browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // Root in CI and containers: Chromium's sandbox needs user namespaces it may not have.
            Args = new[] { "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check", "--font-render-hinting=none" },
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            _browser.Dispose();
        }
    }

    /// <summary>Opens <paramref name="file"/>, recording console errors, page errors, dialogs and every request.</summary>
    public async Task<OpenedPage> OpenAsync(string file, int width = 1400, int height = 1000)
    {
        var page = await _browser!.NewPageAsync();
        var opened = new OpenedPage(page);
        page.Console += (_, e) =>
        {
            if (e.Message.Type is ConsoleType.Error or ConsoleType.Warning)
            {
                opened.ConsoleErrors.Add($"{e.Message.Type}: {e.Message.Text}");
            }
        };
        page.PageError += (_, e) => opened.ConsoleErrors.Add("page error: " + e.Message);
        page.Dialog += async (_, e) =>
        {
            opened.Dialogs.Add(e.Dialog.Message);
            await e.Dialog.Dismiss();
        };
        page.Request += (_, e) => opened.Requests.Add(e.Request.Url);
        await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = height });
        await page.GoToAsync(new Uri(file).AbsoluteUri, WaitUntilNavigation.Load);
        return opened;
    }
}
