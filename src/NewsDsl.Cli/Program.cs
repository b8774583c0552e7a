using System;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;
using System.Reflection;

namespace NewsDsl.Cli;

/// <summary>
/// The <c>newsdsl</c> entry point: one root command, one file per subcommand (each exposing
/// <c>internal static Command Create()</c>), registered below one line each.
/// </summary>
internal static class Program
{
    /// <summary>Exit code: nothing was reported as an error.</summary>
    public const int Success = 0;

    /// <summary>Exit code: at least one finding was reported as an error.</summary>
    public const int ErrorsFound = 1;

    /// <summary>Exit code: bad usage or an unreadable path (contract section 6).</summary>
    public const int UsageError = 2;

    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Every command of the tool. Add a command with one line here and its own file.</summary>
    internal static RootCommand CreateRootCommand()
    {
        var root = new RootCommand("newsdsl: checks NewsDsl (.news) articles for unattributed quotations and other attribution problems.");

        root.Add(CheckCommand.Create());

        root.Add(ExportCommand.Create());

        root.Add(LspCommand.Create());

        root.Add(ImportCommand.Create());

        // Other commands (import, render, lsp, ...) are registered here, one line each, in their own paragraph.

        root.Add(RenderCommand.Create());

        foreach (var version in root.Options.OfType<VersionOption>())
        {
            version.Action = new PrintVersionAction();
        }

        return root;
    }

    /// <summary>
    /// Parses and runs a command line, writing to the given writers (the tests call this in process).
    /// Usage errors name the problem on standard error and exit 2; --help writes to standard output and exits 0.
    /// </summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var parse = CreateRootCommand().Parse(args);
        var configuration = new InvocationConfiguration { Output = stdout, Error = stderr };
        if (parse.Action is ParseErrorAction || (parse.Errors.Count > 0 && parse.Action is null))
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"newsdsl: {error.Message}");
            }

            var command = string.Join(' ', parse.CommandResult.Command is RootCommand ? new[] { "newsdsl" } : new[] { "newsdsl", parse.CommandResult.Command.Name });
            stderr.WriteLine($"Try '{command} --help'.");
            return UsageError;
        }

        return parse.Invoke(configuration);
    }

    /// <summary>The version and a newline, without the build metadata after '+'.</summary>
    internal static string Version()
    {
        var informational = typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(informational))
        {
            return typeof(Program).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        }

        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational.Substring(0, plus);
    }

    private sealed class PrintVersionAction : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Version());
            return Success;
        }
    }
}
