using System.Diagnostics;
using Xunit;

namespace NewsDsl.Import.Tests;

/// <summary><c>newsdsl import</c> as a process: draft to stdout or to a file, a summary on stderr, exit 2 for an unreadable file.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsdsl-import-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int ExitCode, string Out, string Error) Newsdsl(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "newsdsl.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    [Fact]
    public void Import_writes_the_draft_to_stdout_or_to_the_output_file()
    {
        var input = Path.Combine(_folder, "story.txt");
        File.WriteAllText(input, "Bridge vote\n\n“It will be built,” Mayor Linda Okafor said.\n\nPrices were “sticky.”\n");
        var toStdout = Newsdsl("import", input);
        Assert.Equal(0, toStdout.ExitCode);
        Assert.Contains("“It will be built,”{@okafor?} Mayor Linda Okafor said.", toStdout.Out, StringComparison.Ordinal);
        Assert.Contains("2 quotation(s), 1 tagged {@id?} for review, 1 left untagged; 1 source(s) declared", toStdout.Error, StringComparison.Ordinal);

        var output = Path.Combine(_folder, "story.news");
        var toFile = Newsdsl("import", input, "-o", output);
        Assert.Equal(0, toFile.ExitCode);
        Assert.Equal(toStdout.Out, File.ReadAllText(output));
        Assert.Empty(Directory.GetFiles(_folder, "*.tmp"));
    }

    [Fact]
    public void Import_of_a_missing_file_is_a_usage_error()
    {
        var run = Newsdsl("import", Path.Combine(_folder, "missing.txt"));
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("newsdsl: cannot read", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Theory]
    [InlineData("latin1", "0xE9 at line 3, column 4")]
    [InlineData("utf16-no-bom", "NUL byte")]
    public void Import_of_a_file_that_is_not_utf8_is_refused_with_exit_2_and_writes_nothing(string kind, string expected)
    {
        var input = Path.Combine(_folder, kind + ".txt");
        var bytes = kind == "latin1"
            ? System.Text.Encoding.Latin1.GetBytes("Headline\n\nCaf\u00E9 owners said “no.”\n")
            : System.Text.Encoding.Unicode.GetBytes("Headline\n\nBody.\n");
        File.WriteAllBytes(input, bytes);
        var output = Path.Combine(_folder, kind + ".news");
        var run = Newsdsl("import", input, "-o", output);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("newsdsl: cannot import", run.Error, StringComparison.Ordinal);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        Assert.Empty(Directory.GetFiles(_folder, "*.tmp"));

        var toStdout = Newsdsl("import", input);
        Assert.Equal(2, toStdout.ExitCode);
        Assert.Empty(toStdout.Out);
    }

    [Fact]
    public void Import_of_utf16_with_a_byte_order_mark_reads_it()
    {
        var input = Path.Combine(_folder, "utf16.txt");
        File.WriteAllText(input, "Bridge vote\n\n“It will be built,” Mayor Linda Okafor said.\n", System.Text.Encoding.Unicode);
        var run = Newsdsl("import", input);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("headline: Bridge vote\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("{@okafor?}", run.Out, StringComparison.Ordinal);
    }
}
