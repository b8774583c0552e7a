using System.Text;

namespace NewsDsl.Render.Tests;

/// <summary>The one writer every piece of article text goes through.</summary>
public class HtmlWriterTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("</style><style>", "&lt;/style&gt;&lt;style&gt;")]
    [InlineData("a & b", "a &amp; b")]
    [InlineData("&amp;", "&amp;amp;")]
    [InlineData("javascript:alert(1)", "javascript:alert(1)")]
    [InlineData("<!-- x -->", "&lt;!-- x --&gt;")]
    [InlineData("it's \"quoted\"", "it&#39;s &quot;quoted&quot;")]
    public void Text_is_encoded(string text, string expected)
    {
        var output = new StringBuilder();
        new HtmlWriter(output).Text(text);
        Assert.Equal(expected, output.ToString());
    }

    [Fact]
    public void Attribute_values_cannot_close_the_attribute_or_the_tag()
    {
        var output = new StringBuilder();
        new HtmlWriter(output).Start("span").Attribute("title", "\" onmouseover=\"alert(1)\" x='y' >").Text("t").End("span");
        Assert.Equal("<span title=\"&quot; onmouseover=&quot;alert(1)&quot; x=&#39;y&#39; &gt;\">t</span>", output.ToString());
    }

    [Theory]
    [InlineData('\u202E')]
    [InlineData('\u202A')]
    [InlineData('\u2066')]
    [InlineData('\u2069')]
    [InlineData('\u200B')]
    [InlineData('\u0007')]
    [InlineData('\u0085')]
    [InlineData('\uFEFF')]
    public void Hidden_characters_are_shown_as_codes(char hidden)
    {
        var output = new StringBuilder();
        new HtmlWriter(output).Text("a" + hidden + "b").Start("i").Attribute("title", "c" + hidden).End("i");
        var code = $"[U+{(int)hidden:X4}]";
        Assert.Equal($"a<span class=\"ctl\">{code}</span>b<i title=\"c{code}\"></i>", output.ToString());
        Assert.DoesNotContain(hidden, output.ToString());
    }

    [Fact]
    public void Lone_surrogates_become_replacement_characters_and_pairs_stay()
    {
        var output = new StringBuilder();
        new HtmlWriter(output).Text("x\uD800y\uDC00z😀");
        Assert.Equal("x\uFFFDy\uFFFDz😀", output.ToString());
    }

    [Theory]
    [InlineData("script onload")]
    [InlineData("a\"b")]
    [InlineData("Span")]
    [InlineData("")]
    public void Names_must_be_the_renderers_own(string name)
    {
        var writer = new HtmlWriter(new StringBuilder());
        Assert.Throws<ArgumentException>(() => writer.Start(name));
        writer.Start("span");
        Assert.Throws<ArgumentException>(() => writer.Attribute(name, "v"));
    }
}
