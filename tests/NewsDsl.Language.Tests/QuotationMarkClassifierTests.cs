using NewsDsl.Language.Parsing;
using NewsDsl.Language.Syntax;
using Xunit;

namespace NewsDsl.Language.Tests;

/// <summary>
/// The quotation-mark classifier as a table: mark, character before, character after, the innermost
/// open mark of its family ('\0' for none) and the expected role (by name: the enum is internal). '\0' before or after is the edge
/// of the paragraph.
/// </summary>
public sealed class QuotationMarkClassifierTests
{
    public static TheoryData<char, char, char, char, string> Table() => new()
    {
        // Curly double: “ opens, ” closes; ” opens Swedish-style only at a word start with nothing open; “ closes a German „.
        { '“', ' ', 'W', '\0', "Open" },
        { '”', ',', ' ', '“', "Close" },
        { '”', ' ', 'W', '\0', "Open" },
        { '”', 'e', ' ', '\0', "Text" },
        { '“', 'e', ' ', '„', "Close" },
        { '„', ' ', 'D', '\0', "Open" },
        { '„', ' ', ' ', '\0', "Text" },

        // Straight double: by its flanks; before a tag brace it closes whatever precedes it.
        { '"', ' ', 'h', '\0', "Open" },
        { '"', 't', ' ', '"', "Close" },
        { '"', 't', ' ', '\0', "Text" },
        { '"', '\'', '{', '"', "Close" },
        { '"', ' ', ' ', '\0', "Text" },
        { '"', '\0', 'W', '\0', "Open" },

        // Single marks and apostrophes.
        { '‘', ' ', 'S', '\0', "Open" },
        { '‘', ' ', '9', '\0', "Text" },
        { '’', 'n', 's', '\0', "Text" },
        { '’', 's', ' ', '\0', "Text" },
        { '’', 'e', ' ', '‘', "Close" },
        { '\'', ' ', 'h', '\0', "Open" },
        { '\'', ' ', '9', '\0', "Text" },
        { '\'', 'q', 's', '\0', "Text" },
        { '\'', 't', ',', '\'', "Close" },
        { '‚', ' ', 'D', '\0', "Open" },
        { '‚', 'a', ' ', '\0', "Text" },
        { '‘', 'e', ' ', '‚', "Close" },

        // Guillemets: French « with a space after opens; a German »…« pair; a stray » after a word is text.
        { '«', ' ', ' ', '\0', "Open" },
        { '«', ' ', 'N', '\0', "Open" },
        { '«', '\0', 'N', '\0', "Open" },
        { '«', 'e', ' ', '»', "Close" },
        { '»', 'e', ' ', '«', "Close" },
        { '»', ' ', 'D', '\0', "Open" },
        { '»', 'e', ' ', '\0', "Text" },
        { '‹', ' ', 'N', '\0', "Open" },
        { '›', 'e', ' ', '‹', "Close" },

        // The InlineParser.cs:222 bug: '«' with only space (or nothing) after it, glued to a word, is no opener.
        { '«', 't', ' ', '\0', "Text" },
        { '«', 'e', '\0', '\0', "Text" },
        { '‹', 't', ' ', '\0', "Text" },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void A_mark_plays_the_role_its_context_gives_it(char mark, char previous, char next, char innermost, string expected)
    {
        Assert.Equal(expected, QuotationMarkClassifier.Classify(mark, previous, next, innermost).ToString());
    }

    [Theory]
    [InlineData('\'', ' ', 'W', '\0', "Open")]
    [InlineData('\'', ',', ' ', '\'', "Close")]
    [InlineData('\'', ',', '{', '`', "Close")]
    [InlineData('\'', 's', ' ', '\0', "Text")]
    [InlineData('`', ' ', 'W', '\0', "Open")]
    [InlineData('`', ' ', ' ', '\0', "Text")]
    [InlineData('`', 'e', '\0', '"', "Text")]
    public void Doubled_wire_marks_read_like_a_straight_double_mark(char mark, char previous, char next, char innermost, string expected)
    {
        Assert.Equal(expected, QuotationMarkClassifier.ClassifyDoubled(mark, previous, next, innermost).ToString());
    }

    [Theory]
    [InlineData('“', QuotationMarkFamily.Double)]
    [InlineData('"', QuotationMarkFamily.Double)]
    [InlineData('„', QuotationMarkFamily.Double)]
    [InlineData('’', QuotationMarkFamily.Single)]
    [InlineData('\'', QuotationMarkFamily.Single)]
    [InlineData('‚', QuotationMarkFamily.Single)]
    [InlineData('»', QuotationMarkFamily.Guillemet)]
    [InlineData('‹', QuotationMarkFamily.SingleGuillemet)]
    public void Each_mark_belongs_to_one_family(char mark, QuotationMarkFamily family)
    {
        Assert.Equal(family, QuotationMarkClassifier.FamilyOf(mark));
    }

    [Fact]
    public void A_stray_guillemet_after_a_word_is_no_unclosed_quotation()
    {
        // Before the fix of `IsSpaceOrNone(next) && next == '\0'`, this « opened a quotation that never closed (NEWS007).
        var result = NewsChecker.Check(NewsDsl.Language.Text.NewsText.From("---\nid: a\nheadline: h\n---\nThe rate fell from 5% to 3%« and stayed there.\n", "a.news"));

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "NEWS007");
        Assert.Empty(result.Model.Quotations);
    }
}
