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

        // What LSP clients add on their own (vscode-languageclient with TransportKind.stdio, and others): accepted.
        var stdio = new Option<bool>("--stdio") { Description = "speak LSP over standard input and output (the only transport; the default)" };
        var clientProcessId = new Option<string>("--clientProcessId") { Description = "the editor's process id, as clients pass it (accepted and ignored)", HelpName = "pid" };

        // Transports clients may ask for that the server does not offer: refused, naming what is supported.
        var pipe = new Option<string>("--pipe") { Hidden = true, Arity = ArgumentArity.ZeroOrOne };
        var socket = new Option<string>("--socket", "--port") { Hidden = true, Arity = ArgumentArity.ZeroOrOne };
        foreach (var unsupported in new[] { pipe, socket })
        {
            unsupported.Validators.Add(result => result.AddError(
                $"{result.IdentifierToken?.Value ?? unsupported.Name} is not supported: newsdsl lsp speaks LSP over standard input and output only; start it with no transport option or with --stdio (in VS Code: TransportKind.stdio)"));
        }

        var command = new Command("lsp", "Runs the NewsDsl language server (LSP 3.17) over standard input and output.") { verbose, stdio, clientProcessId, pipe, socket };
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

            // The workspace scan walks folders exactly as 'newsdsl check <folder>' does.
            // The workspace is walked and read exactly as 'newsdsl check <folder>' walks and reads it.
            EnumerateNewsFiles = InputFiles.EnumerateNewsFiles,
            ReadArticleFile = InputFiles.TryReadArticle,
            Log = log,
            Verbose = verbose,
            Version = typeof(LspCommand).Assembly.GetName().Version?.ToString(3),
        };
        return Task.Run(() => NewsLanguageServer.RunAsync(input, output, options)).GetAwaiter().GetResult();
    }
}
