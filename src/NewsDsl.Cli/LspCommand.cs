using System;
using System.CommandLine;
using System.IO;
using System.Threading.Tasks;
using NewsDsl.Configuration;
using NewsDsl.LanguageServer;

namespace NewsDsl.Cli;

/// <summary>
/// <c>newsdsl lsp</c>: the language server (LSP 3.17) over standard input and output, for editors. Logs go to
/// standard error; standard output carries nothing but protocol messages.
/// </summary>
internal static class LspCommand
{
    internal static Command Create()
    {
        var verbose = new Option<bool>("--verbose") { Description = "log every request to standard error, not only problems" };
        var command = new Command("lsp", "Runs the NewsDsl language server (LSP 3.17) over standard input and output.") { verbose };
        command.SetAction(parse => Run(parse.GetValue(verbose)));
        return command;
    }

    internal static int Run(bool verbose)
    {
        var input = Console.OpenStandardInput();
        var output = Console.OpenStandardOutput();
        var log = Console.Error;

        // Anything written to Console.Out by mistake would corrupt the protocol: send it to standard error.
        Console.SetOut(log);
        var options = new LanguageServerOptions
        {
            // A fresh resolver per call: the server caches the options itself and drops them when an .editorconfig changes.
            CheckOptionsFor = path => new NewsSeverityResolver().OptionsFor(path),
            Log = log,
            Verbose = verbose,
            Version = typeof(LspCommand).Assembly.GetName().Version?.ToString(3),
        };
        return Task.Run(() => NewsLanguageServer.RunAsync(input, output, options)).GetAwaiter().GetResult();
    }
}
