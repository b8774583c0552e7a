using System.Text;
using Xunit;

namespace NewsDsl.Cli.Tests;

/// <summary>
/// <c>check --fix</c>: the language's safe fixes applied in place, atomically, byte-identical outside
/// the edits (byte order mark and CRLF kept); what remains is reported as plain <c>check</c> reports it.
/// </summary>
public sealed class FixTests
{
    // A space before a tag (NEWS004) and a zero-width space in prose (NEWS100): both have one right answer.
    private const string Fixable = "---\nid: fix-me\nheadline: H\n---\n@source zarif person name=\"Mohammad Javad Zarif\"\n@source ministry organization name=\"The ministry\"\n\n"
        + "“Iran took proportionate measures,” {@zarif} Zarif said.\r\n\r\nThe\u200b ministry said [it was calm]{@ministry}.\n";

    private const string Fixed = "---\nid: fix-me\nheadline: H\n---\n@source zarif person name=\"Mohammad Javad Zarif\"\n@source ministry organization name=\"The ministry\"\n\n"
        + "“Iran took proportionate measures,”{@zarif} Zarif said.\r\n\r\nThe ministry said [it was calm]{@ministry}.\n";

    [Fact]
    public void Safe_fixes_are_applied_in_place_byte_for_byte_and_nothing_remains()
    {
        using var folder = new ScratchFolder();
        var path = folder.Write("a.news", Fixable, byteOrderMark: true);
        var before = CliRun.Of("check", path);
        Assert.Contains(before.Lines, l => l.Contains(" error NEWS004: ", StringComparison.Ordinal));
        Assert.Contains(before.Lines, l => l.Contains(" error NEWS100: ", StringComparison.Ordinal));

        var run = CliRun.Of("check", "--fix", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Lines);
        Assert.Contains($"fixed 2 findings in {path}", run.Error, StringComparison.Ordinal);
        Assert.Equal(new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(Fixed)).ToArray(), File.ReadAllBytes(path));
        Assert.Equal(new[] { "a.news" }, Directory.GetFiles(folder.Path, "*.news").Select(Path.GetFileName));
    }

    [Fact]
    public void What_needs_an_editor_stays_and_is_reported_as_check_reports_it()
    {
        using var folder = new ScratchFolder();
        var path = folder.Write("warning.news", Articles.Warning());
        var before = File.ReadAllBytes(path);
        var stamp = File.GetLastWriteTimeUtc(path);

        var run = CliRun.Of("check", "--fix", path);

        Assert.Equal(CliRun.Of("check", path).Out, run.Out);
        Assert.Contains(" warning NEWS001: ", run.Out, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(path));
        Assert.Contains("(0 findings fixed)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fix_turned_off_by_configuration_is_not_applied()
    {
        using var folder = new ScratchFolder();
        File.WriteAllText(Path.Combine(folder.Path, ".editorconfig"), "root = true\n[*.news]\ndotnet_diagnostic.NEWS100.severity = none\n");
        var path = folder.Write("a.news", Fixable);

        var run = CliRun.Of("check", "--fix", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\u200b", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.DoesNotContain(" {@zarif}", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_file_of_a_folder_is_fixed_with_output_in_path_order()
    {
        using var folder = new ScratchFolder();
        var b = folder.Write("b.news", Fixable.Replace("fix-me", "b-article", StringComparison.Ordinal));
        var a = folder.Write("sub/a.news", Fixable.Replace("fix-me", "a-article", StringComparison.Ordinal));
        var warning = folder.Write("c.news", Articles.Warning());

        var run = CliRun.Of("check", "--fix", "--jobs", "4", folder.Path);

        Assert.Equal(Fixed.Replace("fix-me", "b-article", StringComparison.Ordinal), File.ReadAllText(b));
        Assert.Equal(Fixed.Replace("fix-me", "a-article", StringComparison.Ordinal), File.ReadAllText(a));
        Assert.StartsWith(warning + "(8,1): warning NEWS001: ", Assert.Single(run.Lines), StringComparison.Ordinal);
        Assert.Contains("(4 findings fixed)", run.Error, StringComparison.Ordinal);
    }
}
