using System;
using NewsDsl.Language.Text;
using Xunit;

namespace NewsDsl.Language.Tests;

/// <summary>
/// The binder asks for line positions with the previous answer's line as a hint (<c>GetLinePosition(offset, ref hint)</c>);
/// whatever the hint (ahead, behind, within a few lines, far away, out of range), the answer must be the plain search's.
/// </summary>
public sealed class LinePositionHintTests
{
    [Theory]
    [InlineData("")]
    [InlineData("one line")]
    [InlineData("a\nb\r\nc\rd\n\n\ne")]
    [InlineData("\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n")]
    [InlineData("trailing break\n")]
    public void A_hinted_line_position_equals_the_plain_one_for_every_offset_and_hint(string content)
    {
        var text = NewsText.From(content);
        var random = new Random(content.Length);
        for (var offset = -1; offset <= content.Length + 1; offset++)
        {
            var expected = text.GetLinePosition(offset);
            foreach (var start in new[] { -5, 0, 1, expected.Line - 9, expected.Line - 1, expected.Line, expected.Line + 1, text.LineCount, random.Next(-2, text.LineCount + 3) })
            {
                var hint = start;
                Assert.Equal(expected, text.GetLinePosition(offset, ref hint));
                Assert.Equal(expected.Line, hint);
            }
        }
    }

    [Fact]
    public void Offsets_asked_in_order_over_a_long_text_get_the_plain_answers()
    {
        var content = string.Concat(System.Linq.Enumerable.Repeat("line of prose\nsecond\r\n\n", 500));
        var text = NewsText.From(content);
        var hint = 0;
        for (var offset = 0; offset <= content.Length; offset += 7)
        {
            Assert.Equal(text.GetLinePosition(offset), text.GetLinePosition(offset, ref hint));
        }

        // Backwards, where the hint is always past the answer.
        for (var offset = content.Length; offset >= 0; offset -= 1000)
        {
            Assert.Equal(text.GetLinePosition(offset), text.GetLinePosition(offset, ref hint));
        }
    }
}
