namespace NewsDsl.LanguageServer.Tests;

/// <summary>
/// Issue 16 §1: <c>newsdsl lsp</c> started the way real clients start it. vscode-languageclient appends
/// <c>--stdio</c> and <c>--clientProcessId=&lt;pid&gt;</c>; other clients pass the pid as a separate argument.
/// Transports the server does not offer are refused with a message naming the one it does.
/// </summary>
public sealed class CommandLineTests
{
    [Theory]
    [InlineData("--stdio")]
    [InlineData("--stdio", "--clientProcessId=4242")]
    [InlineData("--clientProcessId", "4242", "--stdio")]
    [InlineData("--verbose", "--stdio", "--clientProcessId=1")]
    public async Task The_arguments_clients_add_are_accepted(params string[] arguments)
    {
        await using var client = await LspClient.StartInitializedAsync(null, null, arguments);
        await client.AssertStillServingAsync("lsp " + string.Join(' ', arguments));
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    [Theory]
    [InlineData("--pipe=/tmp/newsdsl.sock")]
    [InlineData("--socket=5007")]
    [InlineData("--pipe")]
    public async Task A_transport_the_server_does_not_offer_is_refused_naming_the_one_it_does(string argument)
    {
        await using var client = LspClient.Start(null, argument);
        Assert.Equal(2, await client.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        await Task.Delay(200);
        Assert.Contains("not supported", client.StandardError, StringComparison.Ordinal);
        Assert.Contains("standard input and output", client.StandardError, StringComparison.Ordinal);
        Assert.Contains("--stdio", client.StandardError, StringComparison.Ordinal);
    }
}
