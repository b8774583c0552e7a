using System.CommandLine;
using Xunit;

namespace NewsDsl.Cli.Tests;

/// <summary>The command line as a whole: --help on every command, --version, usage errors that name the problem and exit 2.</summary>
public sealed class CommandLineTests
{
    public static TheoryData<string> Commands()
    {
        var data = new TheoryData<string>();
        foreach (var command in Program.CreateRootCommand().Subcommands)
        {
            data.Add(command.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_command_answers_help_on_stdout_with_exit_0(string command)
    {
        foreach (var help in new[] { "--help", "-h", "-?" })
        {
            var run = CliRun.Of(command, help);

            Assert.True(run.ExitCode == 0, $"{command} {help}: exit {run.ExitCode}\n{run.Error}");
            // In process the root is named after the test host; the real name is checked in ExecutableTests.
            Assert.Matches($@"Usage:\r?\n  \S+ {command}\b", run.Out);
            Assert.Equal(string.Empty, run.Error);
        }
    }

    [Fact]
    public void Root_help_lists_every_command()
    {
        var run = CliRun.Of("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.All(Program.CreateRootCommand().Subcommands, command => Assert.Contains(command.Name, run.Out, StringComparison.Ordinal));
        Assert.Contains("check", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_is_the_assembly_version_and_a_newline()
    {
        var run = CliRun.Of("--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(typeof(Program).Assembly.GetName().Version!.ToString(3) + Environment.NewLine, run.Out);
    }

    [Theory]
    [InlineData("check --frobnicate x.news", "--frobnicate")]
    [InlineData("check --format xml x.news", "xml")]
    [InlineData("check", "paths")]
    [InlineData("lint x.news", "lint")]
    public void Usage_errors_name_the_problem_on_stderr_and_exit_2(string commandLine, string named)
    {
        var run = CliRun.Of(commandLine.Split(' '));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains(named, run.Error, StringComparison.Ordinal);
        Assert.Contains("--help", run.Error, StringComparison.Ordinal);
    }
}
