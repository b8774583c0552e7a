using NewsDsl.Language.Fixes;
using Xunit;

namespace NewsDsl.Language.Tests.Fixes;

/// <summary>
/// The safe fixes as text in, text out: every character outside the edits kept (byte order mark and
/// CRLF included), the input itself when nothing is fixed, severities deciding what is fixed. Writing the
/// result to disk is the CLI's (AtomicFile; tests in NewsDsl.Cli.Tests).
/// </summary>
public sealed class NewsTextFixerTests
{
    // Two safe fixes (a hidden character in a word, a space before a tag) and one finding left for a person (NEWS001).
    private const string Article =
        "---\nid: a\nheadline: Iran’s answer\n---\n@source zarif person name=\"Mohammad Javad Zarif\"\n\n"
        + "“We took proportionate measures,” {@zarif} Zarif said on Twi\u200Btter.\n\n“Unattributed,” someone said.\n";

    [Fact]
    public void Safe_fixes_are_applied_and_every_other_character_is_kept_with_BOM_and_CRLF()
    {
        var crlf = "\uFEFF" + Article.Replace("\n", "\r\n", StringComparison.Ordinal);

        var result = NewsTextFixer.Fix(crlf, "a.news");

        Assert.True(result.Changed);
        Assert.Equal(new[] { "Remove the space before the tag", "Remove the hidden character U+200B" }, result.Applied.Select(f => f.Title));

        // Expected text made from the original by hand: the BOM, every CRLF and every other character stay.
        Assert.Equal(crlf.Replace("” {@zarif}", "”{@zarif}", StringComparison.Ordinal).Replace("Twi\u200Btter", "Twitter", StringComparison.Ordinal), result.Text);

        // What is left is the check of the fixed text: the quotation nobody is tagged with (and the story's
        // single source, NEWS107); the fixed findings are gone, and the original check still has them.
        Assert.Equal(new[] { "NEWS001@8", "NEWS107@2" }, result.Result.Diagnostics.Select(d => $"{d.Id}@{d.Start.Line}").Order());
        Assert.Contains(result.Original.Diagnostics, d => d.Id == "NEWS100");
    }

    [Fact]
    public void Nothing_to_fix_gives_back_the_same_text_and_its_findings()
    {
        var text = Article.Replace("” {@zarif}", "”{@zarif}", StringComparison.Ordinal).Replace("Twi\u200Btter", "Twitter", StringComparison.Ordinal);

        var result = NewsTextFixer.Fix(text, "a.news");

        Assert.False(result.Changed);
        Assert.Empty(result.Applied);
        Assert.Same(text, result.Text);
        Assert.Equal(new[] { "NEWS001", "NEWS107" }, result.Result.Diagnostics.Select(d => d.Id).Order());
    }

    [Fact]
    public void Configured_severities_decide_what_is_fixed()
    {
        var options = new NewsCheckOptions { Severities = new Dictionary<string, Diagnostics.NewsSeverity?> { ["NEWS100"] = null } };

        var result = NewsTextFixer.Fix(Article, "a.news", options);

        // NEWS100 is turned off, so its hidden character stays; the space before the tag goes.
        Assert.Equal(new[] { "Remove the space before the tag" }, result.Applied.Select(f => f.Title));
        Assert.Contains("Twi\u200Btter", result.Text, StringComparison.Ordinal);
    }
}
