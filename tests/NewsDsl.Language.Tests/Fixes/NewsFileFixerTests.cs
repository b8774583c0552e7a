using System.Text;
using NewsDsl.Language.Fixes;
using Xunit;

namespace NewsDsl.Language.Tests.Fixes;

/// <summary>
/// <c>check --fix</c> on real files: atomic replacement, bytes outside the edits untouched (byte order
/// mark and CRLF included), nothing written when nothing is fixed, and clear errors instead of exceptions.
/// </summary>
public sealed class NewsFileFixerTests : IDisposable
{
    private static readonly byte[] s_bom = { 0xEF, 0xBB, 0xBF };

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "newsdsl-fix-" + Guid.NewGuid().ToString("N"));

    public NewsFileFixerTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        foreach (var file in Directory.EnumerateFiles(_folder))
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }

        Directory.Delete(_folder, recursive: true);
    }

    // Two safe fixes (a hidden character in a word, a space before a tag) and one finding left for a person (NEWS001).
    private const string Article =
        "---\nid: a\nheadline: Iran’s answer\n---\n@source zarif person name=\"Mohammad Javad Zarif\"\n\n"
        + "“We took proportionate measures,” {@zarif} Zarif said on Twi\u200Btter.\n\n“Unattributed,” someone said.\n";

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    [Fact]
    public void Safe_fixes_are_applied_and_every_other_byte_is_kept_with_BOM_and_CRLF()
    {
        var crlf = Article.Replace("\n", "\r\n");
        var path = Write("a.news", Concat(s_bom, Utf8(crlf)));

        var result = NewsFileFixer.Fix(path);

        Assert.True(result.Succeeded, result.Error);
        Assert.True(result.Changed);
        Assert.Equal(new[] { "Remove the space before the tag", "Remove the hidden character U+200B" }, result.Applied.Select(f => f.Title));

        // Expected bytes made from the original bytes by hand: the BOM, every CRLF and every other byte stay.
        var expected = Concat(s_bom, Utf8(crlf.Replace("” {@zarif}", "”{@zarif}").Replace("Twi\u200Btter", "Twitter")));
        Assert.Equal(expected, File.ReadAllBytes(path));

        // What is left is reported from the fixed file: the quotation nobody is tagged with (and the
        // story's single source, NEWS107); the fixed findings are gone.
        Assert.Equal(new[] { "NEWS001@8", "NEWS107@2" }, result.Remaining.Select(d => $"{d.Id}@{d.Start.Line}").Order());
        Assert.Equal(new[] { path }, Directory.EnumerateFiles(_folder));
    }

    [Fact]
    public void The_file_is_replaced_by_a_rename_not_rewritten_in_place()
    {
        var original = Utf8(Article);
        var path = Write("a.news", original);

        // A reader that opened the file before the fix keeps reading the old file: a rename swapped the
        // name to a new file; a rewrite in place would show it the new bytes.
        using var reader = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var result = NewsFileFixer.Fix(path);
        Assert.True(result.Changed, result.Error);

        using var memory = new MemoryStream();
        reader.CopyTo(memory);
        Assert.Equal(original, memory.ToArray());
        Assert.NotEqual(original, File.ReadAllBytes(path));
        Assert.Single(Directory.EnumerateFiles(_folder));
    }

    [Fact]
    public void Nothing_to_fix_leaves_the_file_untouched()
    {
        var content = Utf8(Article.Replace(" {@zarif}", "{@zarif}").Replace("\u200B", string.Empty));
        var path = Write("a.news", content);
        var stamp = new DateTime(2020, 1, 8, 5, 55, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, stamp);

        var result = NewsFileFixer.Fix(path);

        Assert.True(result.Succeeded);
        Assert.False(result.Changed);
        Assert.Empty(result.Applied);
        Assert.Equal(new[] { "NEWS001", "NEWS107" }, result.Remaining.Select(d => d.Id).Order());
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(path));
        Assert.Equal(content, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_read_only_file_gives_a_clear_error_and_is_not_changed()
    {
        var original = Utf8(Article);
        var path = Write("a.news", original);
        File.SetAttributes(path, FileAttributes.ReadOnly);

        var result = NewsFileFixer.Fix(path);

        Assert.False(result.Succeeded);
        Assert.False(result.Changed);
        Assert.Contains("read-only", result.Error, StringComparison.Ordinal);
        Assert.Contains(path, result.Error, StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllBytes(path));
        Assert.Contains(result.Remaining, d => d.Id == "NEWS100");
        Assert.Single(Directory.EnumerateFiles(_folder));
    }

    [Fact]
    public void A_locked_file_gives_a_clear_error_and_is_not_changed()
    {
        var original = Utf8(Article);
        var path = Write("a.news", original);

        NewsFileFixResult result;
        using (new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            result = NewsFileFixer.Fix(path);
        }

        Assert.False(result.Succeeded);
        Assert.False(result.Changed);
        Assert.StartsWith($"Cannot read '{path}'", result.Error, StringComparison.Ordinal);
        Assert.EndsWith("The file was not changed.", result.Error, StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_file_that_is_not_UTF8_is_refused_rather_than_rewritten_lossily()
    {
        var original = Concat(Utf8(Article), new byte[] { 0xFF, 0xFE, 0x0A });
        var path = Write("a.news", original);

        var result = NewsFileFixer.Fix(path);

        Assert.False(result.Succeeded);
        Assert.Contains("not valid UTF-8", result.Error, StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_missing_file_gives_a_clear_error()
    {
        var result = NewsFileFixer.Fix(Path.Combine(_folder, "missing.news"));
        Assert.False(result.Succeeded);
        Assert.Contains("missing.news", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Remaining);
    }

    [Fact]
    public void Unix_permissions_survive_the_rename()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var path = Write("a.news", Utf8(Article));
        const UnixFileMode Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
        File.SetUnixFileMode(path, Mode);

        Assert.True(NewsFileFixer.Fix(path).Changed);
        Assert.Equal(Mode, File.GetUnixFileMode(path));
    }

    [Fact]
    public void Configured_severities_decide_what_is_fixed()
    {
        var original = Utf8(Article);
        var path = Write("a.news", original);
        var options = new NewsCheckOptions { Severities = new Dictionary<string, Diagnostics.NewsSeverity?> { ["NEWS100"] = null } };

        var result = NewsFileFixer.Fix(path, options);

        // NEWS100 is turned off, so its hidden character stays; the space before the tag goes.
        Assert.Equal(new[] { "Remove the space before the tag" }, result.Applied.Select(f => f.Title));
        Assert.Contains("Twi\u200Btter", File.ReadAllText(path), StringComparison.Ordinal);
    }
}
