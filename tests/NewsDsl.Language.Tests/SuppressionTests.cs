using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;
using Xunit;

namespace NewsDsl.Language.Tests;

/// <summary>Suppression comments (contract 8.3) through the public API: what tools see beyond the conformance files.</summary>
public sealed class SuppressionTests
{
    private const string FrontMatter = "---\nid: a\nheadline: h\n---\n";

    private static NewsCheckResult Check(string body, NewsCheckOptions? options = null) =>
        NewsChecker.Check(NewsText.From(FrontMatter + body, "a.news"), options);

    [Fact]
    public void The_syntax_tree_exposes_each_directive_with_its_spans_ids_and_reason()
    {
        const string Directive = "%% newsdsl-disable-next-line NEWS106, NEWS105 -- both figures reported";
        var result = Check(Directive + "\nCrowds chanted “Death to America”.\n");
        var text = result.Syntax.Text;

        var directive = Assert.Single(result.Syntax.SuppressionDirectives);
        Assert.Equal(SuppressionDirectiveKind.DisableNextLine, directive.Kind);
        Assert.Equal("newsdsl-disable-next-line", text.ToString(directive.KeywordSpan));
        Assert.Equal(new[] { "NEWS106", "NEWS105" }, directive.Ids.Select(i => i.Id));
        Assert.Equal(new[] { "NEWS106", "NEWS105" }, directive.Ids.Select(i => text.ToString(i.Span)));
        Assert.Equal("--", text.ToString(directive.SeparatorSpan!.Value));
        Assert.Equal("both figures reported", directive.Reason);
        Assert.Equal("both figures reported", text.ToString(directive.ReasonSpan!.Value));

        // The directive is the note's: the same object hangs off the comment block.
        var comment = Assert.Single(result.Syntax.Blocks.OfType<CommentSyntax>());
        Assert.Same(directive, comment.Directive);
    }

    [Fact]
    public void A_plain_note_has_no_directive()
    {
        var result = Check("%% check the chant with the desk\n");

        Assert.Empty(result.Syntax.SuppressionDirectives);
        Assert.Null(Assert.Single(result.Syntax.Blocks.OfType<CommentSyntax>()).Directive);
    }

    [Fact]
    public void Suppressed_findings_are_kept_aside_for_tools()
    {
        var result = Check("%% newsdsl-disable-next-line NEWS001 -- crowd chant\nCrowds chanted “Death to America”.\n");

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "NEWS001");
        var suppressed = Assert.Single(result.SuppressedDiagnostics);
        Assert.Equal("NEWS001", suppressed.Id);
        Assert.Equal(5, suppressed.Start.Line);
    }

    /// <summary>
    /// Issue 17 (a): suppressions are resolved the same under every configuration. A rule a comment names runs
    /// even when it is turned off, so a comment that hides nothing is NEWS010 with the rule off as with it on
    /// (the build said so, check did not), and one that hides a real finding is still needed (no NEWS010).
    /// </summary>
    [Fact]
    public void A_directive_for_a_rule_turned_off_is_resolved_as_with_the_rule_on()
    {
        var off = new NewsCheckOptions { Severities = new Dictionary<string, NewsSeverity?> { ["NEWS105"] = null, ["NEWS001"] = null } };
        const string Stale = "%% newsdsl-disable NEWS105 -- house style allows it\nHe said it.\n";
        const string Needed = "%% newsdsl-disable-next-line NEWS001 -- the sidebar attributes it\n“Untagged,” he said.\n";

        Assert.Contains(Check(Stale, off).Diagnostics, d => d.Id == "NEWS010");
        Assert.Contains(Check(Stale).Diagnostics, d => d.Id == "NEWS010");
        Assert.Empty(Check(Needed, off).Diagnostics);
        Assert.Empty(Check(Needed).Diagnostics);
        Assert.Empty(Check(Needed, off).SuppressedDiagnostics);
        Assert.Equal("NEWS001", Assert.Single(Check(Needed).SuppressedDiagnostics).Id);
    }

    [Fact]
    public void NEWS004_is_reported_even_inside_a_disabled_range()
    {
        var result = Check("%% newsdsl-disable NEWS004 -- trying\n“Hello,”{@Bad} he said.\n");

        Assert.Contains(result.Diagnostics, d => d.Id == "NEWS004");
        Assert.Contains(result.Diagnostics, d => d.Id == "NEWS009" && d.Message.StartsWith("NEWS004 cannot be suppressed", StringComparison.Ordinal));
    }

    /// <summary>
    /// NEWS111 (a generated class name, known only to the build) and NEWS112 (a file that was not read,
    /// so no comment in it is ever seen) cannot be named in a suppression comment: NEWS009 says why, in
    /// every host alike, rather than NEWS010 from check and the editor while the build still reports NEWS111.
    /// </summary>
    [Theory]
    [InlineData("NEWS111", "the .editorconfig")]
    [InlineData("NEWS112", "the .editorconfig")]
    public void NEWS111_and_NEWS112_cannot_be_suppressed_in_an_article(string id, string hint)
    {
        foreach (var directive in new[] { "newsdsl-disable", "newsdsl-disable-next-line" })
        {
            var result = Check($"%% {directive} {id} -- the desk knows\nHe said it.\n");

            var news009 = Assert.Single(result.Diagnostics, d => d.Id == "NEWS009");
            Assert.StartsWith(id + " cannot be suppressed in an article", news009.Message, StringComparison.Ordinal);
            Assert.Contains(hint, news009.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "NEWS010");
        }
    }

    [Fact]
    public void Enable_without_ids_ends_every_disable()
    {
        var result = Check("%% newsdsl-disable NEWS001 -- chants\n“One”\n%% newsdsl-enable\n“Two”\n");

        var news001 = Assert.Single(result.Diagnostics, d => d.Id == "NEWS001");
        Assert.Equal(7, news001.Start.Line);
    }

    [Fact]
    public void Line_endings_do_not_change_which_line_is_covered()
    {
        const string Body = "%% newsdsl-disable-next-line NEWS001 -- chant\r\n\r\nCrowds chanted “Death to America”.\r\nThey said “more”.\r\n";
        var result = NewsChecker.Check(NewsText.From((FrontMatter + Body).Replace("\n", "\r\n", StringComparison.Ordinal).Replace("\r\r\n", "\r\n", StringComparison.Ordinal), "a.news"));

        var news001 = Assert.Single(result.Diagnostics, d => d.Id == "NEWS001");
        Assert.Equal(7, news001.Start.Line);
        Assert.Single(result.SuppressedDiagnostics);
    }
}
