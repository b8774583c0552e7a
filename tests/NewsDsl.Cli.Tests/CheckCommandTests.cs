using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsDsl.Language.Rules;
using Xunit;

namespace NewsDsl.Cli.Tests;

/// <summary><c>newsdsl check</c> in process: exit codes, the exact MSBuild lines, folders, JSON, severities, and read-only inputs.</summary>
public sealed class CheckCommandTests
{
    private static readonly Regex s_msbuildLine = new(@"^(?<path>.+)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning|info|hidden) (?<id>NEWS\d{3}): (?<message>.+)$", RegexOptions.CultureInvariant);

    private static string News001(string path) =>
        $"{path}(8,1): warning NEWS001: {NewsRules.Find("NEWS001")!.FormatMessage("Iran took proportionate measures,")}";

    private static string News002(string path, string severity = "error") =>
        $"{path}(10,97): {severity} NEWS002: {NewsRules.Find("NEWS002")!.FormatMessage("pentagn", " (did you mean 'pentagon'?)")}";

    // ------------------------------------------------------------------ exit codes

    [Fact]
    public void Clean_article_exits_0_and_prints_no_finding()
    {
        using var folder = new ScratchFolder();
        var path = folder.Write("clean.news", Articles.Clean());

        var run = CliRun.Of("check", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains("1 file checked: 0 errors, 0 warnings", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_alone_exit_0_and_print_the_exact_msbuild_line()
    {
        using var folder = new ScratchFolder();
        var path = folder.Write("warning.news", Articles.Warning());

        var run = CliRun.Of("check", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(new[] { News001(path) }, run.Lines);
    }

    [Fact]
    public void An_error_exits_1_and_prints_the_exact_msbuild_line()
    {
        using var folder = new ScratchFolder();
        var path = folder.Write("error.news", Articles.Error());

        var run = CliRun.Of("check", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(new[] { News002(path) }, run.Lines);
        Assert.Contains("1 file checked: 1 error, 0 warnings", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_output_line_is_in_msbuild_form_with_one_based_positions()
    {
        using var folder = new ScratchFolder();
        var path = folder.Write("many.news", "“No front matter,” he said.\n\n@source Bad person\n\n“Unclosed\n");

        var run = CliRun.Of("check", path);

        Assert.Equal(1, run.ExitCode);
        Assert.NotEmpty(run.Lines);
        Assert.All(run.Lines, line =>
        {
            var match = s_msbuildLine.Match(line);
            Assert.True(match.Success, line);
            Assert.Equal(path, match.Groups["path"].Value);
            Assert.True(int.Parse(match.Groups["line"].Value) >= 1 && int.Parse(match.Groups["column"].Value) >= 1, line);
        });
        Assert.Contains($"{path}(1,1): error NEWS008: ", run.Out, StringComparison.Ordinal);
        Assert.Contains($"{path}(5,1): warning NEWS007: ", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("check")]
    [InlineData("check --frobnicate x.news")]
    [InlineData("check --format xml x.news")]
    [InlineData("check --format")]
    [InlineData("lint x.news")]
    public void Bad_usage_exits_2_with_a_message_on_stderr_and_nothing_on_stdout(string commandLine)
    {
        var run = CliRun.Of(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.NotEqual(string.Empty, run.Error.Trim());
    }

    [Fact]
    public void Missing_path_exits_2_and_names_the_path()
    {
        using var folder = new ScratchFolder();
        var clean = folder.Write("clean.news", Articles.Clean());
        var missing = Path.Combine(folder.Path, "no-such-article.news");

        var run = CliRun.Of("check", clean, missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(missing, run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public void Missing_path_wins_over_errors_found_in_other_files()
    {
        using var folder = new ScratchFolder();
        var error = folder.Write("error.news", Articles.Error());

        var run = CliRun.Of("check", error, Path.Combine(folder.Path, "missing"));

        Assert.Equal(2, run.ExitCode);
    }

    // ------------------------------------------------------------------ folders

    [Fact]
    public void Folders_are_searched_recursively_for_news_files_only_in_ordinal_order()
    {
        using var folder = new ScratchFolder();
        var b = folder.Write("b.news", Articles.Warning("article-b"));
        var a = folder.Write("sub/a.news", Articles.Warning("article-a"));
        var deep = folder.Write("sub/deeper/still/c.news", Articles.Error("article-c"));
        folder.Write("notes.txt", "“An untagged quotation in a text file,” he said.\n");
        folder.Write("sub/draft.news.bak", "“An untagged quotation in a backup,” he said.\n");

        var run = CliRun.Of("check", folder.Path);

        var expected = new[] { (b, News001(b)), (a, News001(a)), (deep, News002(deep)) }
            .OrderBy(p => p.Item1, StringComparer.Ordinal)
            .Select(p => p.Item2);
        Assert.Equal(expected, run.Lines);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("3 files checked: 1 error, 2 warnings", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_named_twice_or_inside_a_named_folder_is_checked_once()
    {
        using var folder = new ScratchFolder();
        var path = folder.Write("warning.news", Articles.Warning());

        var run = CliRun.Of("check", path, folder.Path, path);

        Assert.Equal(new[] { News001(path) }, run.Lines);
    }

    [Fact]
    public void Article_id_used_by_two_files_is_NEWS109_in_the_second()
    {
        using var folder = new ScratchFolder();
        var first = folder.Write("a.news", Articles.Clean("iran-strikes-back"));
        var second = folder.Write("b.news", Articles.Clean("iran-strikes-back"));

        var run = CliRun.Of("check", folder.Path);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Lines);
        Assert.StartsWith($"{second}(2,5): error NEWS109: ", line, StringComparison.Ordinal);
        Assert.Contains(first, line, StringComparison.Ordinal);
    }

    // ------------------------------------------------------------------ options

    [Fact]
    public void Json_format_is_one_document_with_every_field()
    {
        using var folder = new ScratchFolder();
        var warning = folder.Write("a-warning.news", Articles.Warning());
        var error = folder.Write("b-error.news", Articles.Error());
        var clean = folder.Write("c-clean.news", Articles.Clean());

        var run = CliRun.Of("check", "--format", "json", folder.Path);

        Assert.Equal(1, run.ExitCode);
        using var document = JsonDocument.Parse(run.Out);
        var root = document.RootElement;
        Assert.Equal("1", root.GetProperty("version").GetString());
        var files = root.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(new[] { warning, error, clean }, files.Select(f => f.GetProperty("path").GetString()));
        Assert.Empty(files[2].GetProperty("diagnostics").EnumerateArray());

        var news001 = Assert.Single(files[0].GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("NEWS001", news001.GetProperty("id").GetString());
        Assert.Equal("warning", news001.GetProperty("severity").GetString());
        Assert.Equal(NewsRules.Find("NEWS001")!.FormatMessage("Iran took proportionate measures,"), news001.GetProperty("message").GetString());
        Assert.Equal((8, 1), (news001.GetProperty("line").GetInt32(), news001.GetProperty("column").GetInt32()));
        // The range covers the whole quotation (issue 16 §1); the start is the contract's position.
        Assert.Equal((8, 36), (news001.GetProperty("endLine").GetInt32(), news001.GetProperty("endColumn").GetInt32()));
        var offset = Articles.Warning().IndexOf('“', StringComparison.Ordinal);
        Assert.Equal((offset, "“Iran took proportionate measures,”".Length), (news001.GetProperty("offset").GetInt32(), news001.GetProperty("length").GetInt32()));
        Assert.EndsWith("/NEWS001.md", news001.GetProperty("helpLink").GetString(), StringComparison.Ordinal);

        var news002 = Assert.Single(files[1].GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(("NEWS002", "error", 10, 97), (news002.GetProperty("id").GetString(), news002.GetProperty("severity").GetString(), news002.GetProperty("line").GetInt32(), news002.GetProperty("column").GetInt32()));
    }

    [Theory]
    [InlineData("--format=json")]
    [InlineData("--format", "json")]
    public void Json_format_accepts_both_spellings(params string[] option)
    {
        using var folder = new ScratchFolder();
        var path = folder.Write("warning.news", Articles.Warning());

        var run = CliRun.Of(new[] { "check" }.Concat(option).Append(path).ToArray());

        using var document = JsonDocument.Parse(run.Out);
        Assert.Equal("NEWS001", document.RootElement.GetProperty("files")[0].GetProperty("diagnostics")[0].GetProperty("id").GetString());
    }

    [Fact]
    public void Warnaserror_turns_warnings_into_errors_and_exits_1()
    {
        using var folder = new ScratchFolder();
        var path = folder.Write("warning.news", Articles.Warning());

        var run = CliRun.Of("check", "--warnaserror", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(new[] { News001(path).Replace("): warning NEWS001:", "): error NEWS001:", StringComparison.Ordinal) }, run.Lines);
    }

    [Fact]
    public void Warnaserror_leaves_a_clean_article_at_exit_0()
    {
        using var folder = new ScratchFolder();
        var path = folder.Write("clean.news", Articles.Clean());

        Assert.Equal(0, CliRun.Of("check", path, "--warnaserror").ExitCode);
    }

    [Fact]
    public void Editorconfig_can_raise_a_rule_to_error()
    {
        using var folder = new ScratchFolder();
        File.WriteAllText(Path.Combine(folder.Path, ".editorconfig"), "root = true\n\n[*.news]\ndotnet_diagnostic.NEWS001.severity = error\n");
        var path = folder.Write("warning.news", Articles.Warning());

        var run = CliRun.Of("check", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(new[] { News001(path).Replace("): warning NEWS001:", "): error NEWS001:", StringComparison.Ordinal) }, run.Lines);
    }

    [Fact]
    public void Editorconfig_none_turns_a_rule_off()
    {
        using var folder = new ScratchFolder();
        File.WriteAllText(Path.Combine(folder.Path, ".editorconfig"), "root = true\n\n[*.news]\ndotnet_diagnostic.NEWS001.severity = none\ndotnet_diagnostic.NEWS002.severity = none\n");
        var warning = folder.Write("warning.news", Articles.Warning());
        var error = folder.Write("error.news", Articles.Error());

        var run = CliRun.Of("check", warning, error);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public void Nearer_editorconfig_wins_and_other_sections_do_not_apply()
    {
        using var folder = new ScratchFolder();
        File.WriteAllText(Path.Combine(folder.Path, ".editorconfig"), "root = true\n\n[*.news]\ndotnet_diagnostic.NEWS001.severity = error\n\n[*.cs]\ndotnet_diagnostic.NEWS002.severity = none\n");
        folder.Write("desk/.editorconfig", "[*.news]\ndotnet_diagnostic.NEWS001.severity = warning\n");
        var outer = folder.Write("outer.news", Articles.Warning("outer"));
        var inner = folder.Write("desk/inner.news", Articles.Warning("inner"));
        var error = folder.Write("error.news", Articles.Error());

        var run = CliRun.Of("check", outer, inner, error);

        // Sorted by path whatever the order named: desk/inner.news, error.news, outer.news.
        Assert.Equal(
            new[]
            {
                News001(inner),
                News002(error),
                News001(outer).Replace("): warning NEWS001:", "): error NEWS001:", StringComparison.Ordinal),
            },
            run.Lines);
    }

    [Fact]
    public void Warnaserror_applies_after_editorconfig()
    {
        using var folder = new ScratchFolder();
        File.WriteAllText(Path.Combine(folder.Path, ".editorconfig"), "root = true\n[*.news]\ndotnet_diagnostic.NEWS001.severity = none\n");
        var path = folder.Write("warning.news", Articles.Warning());

        var run = CliRun.Of("check", "--warnaserror", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
    }

    // ------------------------------------------------------------------ inputs

    [Fact]
    public void Byte_order_mark_and_crlf_report_the_same_lines_and_columns()
    {
        using var folder = new ScratchFolder();
        var plain = folder.Write("plain.news", Articles.Warning("plain"));
        var windows = folder.Write("windows.news", Articles.Warning("windows").Replace("\n", "\r\n"), byteOrderMark: true);

        var run = CliRun.Of("check", plain, windows);

        Assert.Equal(new[] { News001(plain), News001(windows) }, run.Lines);
    }

    [Fact]
    public void The_checker_never_modifies_or_creates_files()
    {
        using var folder = new ScratchFolder();
        folder.Write("a.news", Articles.Warning());
        folder.Write("sub/b.news", Articles.Error().Replace("\n", "\r\n"), byteOrderMark: true);
        folder.Write("sub/c.news", "no front matter, “unclosed\n");
        File.WriteAllText(Path.Combine(folder.Path, "sub", ".editorconfig"), "[*.news]\ndotnet_diagnostic.NEWS001.severity = error\n");
        var before = Snapshot(folder.Path);

        CliRun.Of("check", folder.Path);
        CliRun.Of("check", "--format", "json", "--warnaserror", folder.Path);
        CliRun.Of("check", Path.Combine(folder.Path, "a.news"), Path.Combine(folder.Path, "missing.news"));

        Assert.Equal(before, Snapshot(folder.Path));
    }

    private static List<string> Snapshot(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => $"{Path.GetRelativePath(root, f)} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))} {File.GetLastWriteTimeUtc(f):O}")
            .ToList();
}
