using NewsDsl.Language.Fixes;
using NewsDsl.Language.Text;
using Xunit;

namespace NewsDsl.Language.Tests.Fixes;

/// <summary>The edit applier: exact offsets, any order given, overlaps refused.</summary>
public sealed class NewsTextEditsTests
{
    [Fact]
    public void Edits_given_in_any_order_apply_at_their_original_offsets()
    {
        var edits = new[]
        {
            NewsTextEdit.Replace(new TextSpan(6, 5), "Tehran"),
            NewsTextEdit.Insert(0, "«"),
            NewsTextEdit.Delete(new TextSpan(11, 1)),
            NewsTextEdit.Insert(12, "»"),
        };
        Assert.Equal("«Hello Tehran»", NewsTextEdits.Apply("Hello world!", edits));
    }

    [Fact]
    public void Insertions_at_one_place_keep_their_order_and_come_before_a_replacement_there()
    {
        var edits = new[] { NewsTextEdit.Replace(new TextSpan(0, 1), "X"), NewsTextEdit.Insert(0, "1"), NewsTextEdit.Insert(0, "2") };
        Assert.Equal("12Xbc", NewsTextEdits.Apply("abc", edits));
    }

    [Fact]
    public void Overlapping_or_out_of_range_edits_are_refused()
    {
        Assert.Throws<ArgumentException>(() => NewsTextEdits.Apply("abcdef", new[] { NewsTextEdit.Delete(new TextSpan(1, 3)), NewsTextEdit.Delete(new TextSpan(2, 3)) }));
        Assert.Throws<ArgumentException>(() => NewsTextEdits.Apply("abcdef", new[] { NewsTextEdit.Delete(new TextSpan(1, 3)), NewsTextEdit.Insert(2, "x") }));
        Assert.Throws<ArgumentException>(() => NewsTextEdits.Apply("abc", new[] { NewsTextEdit.Delete(new TextSpan(2, 5)) }));
        Assert.True(NewsTextEdits.Overlap(NewsTextEdit.Delete(new TextSpan(1, 3)), NewsTextEdit.Insert(2, "x")));
        Assert.False(NewsTextEdits.Overlap(NewsTextEdit.Delete(new TextSpan(1, 3)), NewsTextEdit.Insert(4, "x")));
        Assert.False(NewsTextEdits.Overlap(NewsTextEdit.Delete(new TextSpan(1, 3)), NewsTextEdit.Delete(new TextSpan(4, 1))));
    }

    [Fact]
    public void Adjacent_edits_both_apply()
    {
        var edits = new[] { NewsTextEdit.Delete(new TextSpan(1, 1)), NewsTextEdit.Delete(new TextSpan(2, 1)) };
        Assert.Equal("ad", NewsTextEdits.Apply("abcd", edits));
    }

    [Fact]
    public void A_fix_needs_edits_that_do_not_overlap()
    {
        var result = NewsChecker.Check(NewsText.From("x"));
        var diagnostic = result.Diagnostics[0];
        Assert.Throws<ArgumentException>(() => new NewsFix("t", Array.Empty<NewsTextEdit>(), false, diagnostic, "k"));
        Assert.Throws<ArgumentException>(() => new NewsFix("t", new[] { NewsTextEdit.Delete(new TextSpan(0, 1)), NewsTextEdit.Delete(new TextSpan(0, 1)) }, false, diagnostic, "k"));
        var fix = new NewsFix("t", new[] { NewsTextEdit.Insert(1, "b"), NewsTextEdit.Insert(0, "a") }, false, diagnostic, "k");
        Assert.Equal(new[] { 0, 1 }, fix.Edits.Select(e => e.Span.Start));
    }
}
