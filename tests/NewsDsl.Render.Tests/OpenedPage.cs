using PuppeteerSharp;

namespace NewsDsl.Render.Tests;

/// <summary>A page open in the browser with what it did while loading and afterwards.</summary>
public sealed class OpenedPage : IAsyncDisposable
{
    public OpenedPage(IPage page)
    {
        Page = page;
    }

    public IPage Page { get; }

    public List<string> ConsoleErrors { get; } = new();

    public List<string> Dialogs { get; } = new();

    public List<string> Requests { get; } = new();

    public Task<T> EvalAsync<T>(string script) => Page.EvaluateExpressionAsync<T>(script);

    public async ValueTask DisposeAsync() => await Page.CloseAsync();
}
