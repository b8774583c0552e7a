using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NewsDsl.Generator.Emit;
using NewsDsl.Generator.Tests.TestKit;
using NewsDsl.Language;
using NewsDsl.Language.Text;
using Xunit;

namespace NewsDsl.Generator.Tests;

/// <summary>Article text never becomes code: every string survives the trip through generated C# exactly.</summary>
public sealed class LiteralTests
{
    public static readonly TheoryData<string> HostileStrings = new()
    {
        "",
        "plain",
        "\"",
        "\\",
        "\\\"",
        "*/",
        "/*",
        "// comment",
        "\"\"\"",
        "\"\"\"\"\"\" raw",
        "{0} {{ }}",
        "line\nbreak",
        "cr\rlf\r\n",
        "\u2028line separator\u2029paragraph separator",
        "\u0085next line",
        "\0nul\a\b\f\t\v",
        "\u001B[31mescape",
        "\uD800 lone high",
        "lone low \uDC00",
        "\uDC00\uD800 reversed pair",
        "😀 pair 𝄞",
        "\U000F0000 private use plane",
        "\u202Ebidi override\u202C and \u2066isolate\u2069",
        "zero\u200Bwidth\uFEFFbom",
        "</summary><script>alert(1)</script>&amp;",
        "]]> <!-- -->",
        "\uFFFE\uFFFF noncharacters",
        "nbsp\u00A0thin\u2009ideographic\u3000",
        "“curly” ‘single’ «guillemets»",
        "Zarif’s İstanbul ıi",
        "\\u0041 not an escape",
        "#nullable disable",
        "\";System.Environment.Exit(1);//",
    };

    private const string Specials = "\"\\\u2028\u2029\u0085\u202E\uFEFF\uFFFF{}*/\n\r";

    [Theory]
    [MemberData(nameof(HostileStrings))]
    public void A_literal_parses_back_to_exactly_its_value(string value) => AssertRoundTrip(value);

    [Fact]
    public void Random_strings_of_any_utf16_code_units_round_trip()
    {
        var random = new Random(20200108);
        for (var i = 0; i < 2000; i++)
        {
            var chars = new char[random.Next(0, 24)];
            for (var j = 0; j < chars.Length; j++)
            {
                // Half the time from the interesting ranges: controls, separators, surrogates, specials.
                chars[j] = random.Next(4) switch
                {
                    0 => (char)random.Next(0, 0x20),
                    1 => (char)random.Next(0xD800, 0xE000),
                    2 => Specials[random.Next(Specials.Length)],
                    _ => (char)random.Next(0, 0x10000),
                };
            }

            AssertRoundTrip(new string(chars));
        }
    }

    [Fact]
    public void Null_is_the_null_literal()
    {
        Assert.Equal("null", CSharpLiteral.String(null));
    }

    [Fact]
    public void Printable_text_stays_readable()
    {
        Assert.Equal("\"“Iran’s” strikes — 😀\"", CSharpLiteral.String("“Iran’s” strikes — 😀"));
        Assert.Equal("\"a\\u2028b\\u202Ec\\uD800\"", CSharpLiteral.String("a\u2028b\u202Ec\uD800"));
        Assert.Equal("\"\\U000F0000\"", CSharpLiteral.String("\U000F0000"));
    }

    [Theory]
    [MemberData(nameof(HostileStrings))]
    public void Documentation_text_is_one_well_formed_line(string value)
    {
        var xml = XmlDoc.Text(value);

        Assert.DoesNotContain('\n', xml);
        Assert.DoesNotContain('\r', xml);
        Assert.All(xml, c => Assert.True(c >= ' ' && c != '\u2028' && c != '\u2029' && c != '\u0085', $"U+{(int)c:X4} in documentation"));
        var parsed = System.Xml.Linq.XElement.Parse("<summary>" + xml + "</summary>");
        Assert.DoesNotContain(parsed.Elements(), e => e.Name != "br");
    }

    /// <summary>
    /// An article full of hostile text, compiled and loaded: every value the generated code holds is
    /// exactly what the language core read from the article.
    /// </summary>
    [Fact]
    public void Hostile_article_text_round_trips_through_generated_code()
    {
        // Written as it would be in the .news file; {LS}, {PS}, {NEL}, {RLO}, {SUR}, {SOH} are put in below.
        var article = """
            ---
            id: hostile
            headline: "Quote \" backslash \\ comment */ /* raw \"\"\" </summary> {LS} {NEL} {RLO} bidi"
            byline: #nullable disable \u0041
            desk: ";System.Environment.Exit(1);//
            contributors: </summary>, \"\"\", */
            ---

            @source evil person name="Evil \"Quote\" \\ */ </summary>" title="{LS}{PS}" aka="\"\"\", \\"

            “He said \"\"\" and */ and </summary> and \\ and {LS} and {SUR} and {SOH} and 😀,”{@evil cue="said \"so\"" via="*/"} she wrote.

            [A claim with \[brackets\] and {PS} and </c>]{@evil about="\\" value="\"\"\""}.
            """
            .Replace("{LS}", "\u2028", StringComparison.Ordinal)
            .Replace("{PS}", "\u2029", StringComparison.Ordinal)
            .Replace("{NEL}", "\u0085", StringComparison.Ordinal)
            .Replace("{RLO}", "\u202E", StringComparison.Ordinal)
            .Replace("{SUR}", "\uD800", StringComparison.Ordinal)
            .Replace("{SOH}", "\u0001", StringComparison.Ordinal);
        var run = GeneratorHarness.Run(new[] { (AdditionalText)new InMemoryAdditionalText("/project/hostile.news", article) });

        run.AssertCompilesClean();
        var expected = NewsChecker.Check(NewsText.From(article, "/project/hostile.news")).Model;
        Assert.Single(expected.Quotes);
        Assert.Single(expected.Claims);
        Assert.Equal("Evil \"Quote\" \\ */ </summary>", expected.Sources[0].Name);
        Assert.Same(expected.Sources[0], expected.Quotes[0].Source);
        using var loaded = run.Load();
        const string Type = "Consumer.News.Hostile";
        Assert.Equal(expected.Metadata.Headline, loaded.Static(Type, "Headline"));
        Assert.Equal(expected.Metadata.Byline, loaded.Static(Type, "Byline"));
        Assert.Equal(expected.Metadata.Desk, loaded.Static(Type, "Desk"));
        Assert.Equal(expected.Metadata.Contributors, (IEnumerable<string>)loaded.Static(Type, "Contributors")!);

        var source = loaded.Static(Type + "+Sources", "Evil")!;
        Assert.Equal(expected.Sources[0].Name, LoadedAssembly.Get(source, "Name"));
        Assert.Equal(expected.Sources[0].Title, LoadedAssembly.Get(source, "Title"));
        Assert.Equal(expected.Sources[0].Aliases, (IEnumerable<string>)LoadedAssembly.Get(source, "Aliases")!);

        var quote = ((IEnumerable<object>)loaded.Static(Type, "Quotes")!).Single();
        Assert.Equal(expected.Quotes[0].Text, LoadedAssembly.Get(quote, "Text"));
        Assert.Equal(expected.Quotes[0].Cue, LoadedAssembly.Get(quote, "Cue"));
        Assert.Equal(expected.Quotes[0].Via, LoadedAssembly.Get(quote, "Via"));
        Assert.Contains("\uD800", (string)LoadedAssembly.Get(quote, "Text")!);
        Assert.Contains("\u2028", (string)LoadedAssembly.Get(quote, "Text")!);

        var claim = ((IEnumerable<object>)loaded.Static(Type, "Claims")!).Single();
        Assert.Equal(expected.Claims[0].Text, LoadedAssembly.Get(claim, "Text"));
        Assert.Equal(expected.Claims[0].About, LoadedAssembly.Get(claim, "About"));
        Assert.Equal(expected.Claims[0].Value, LoadedAssembly.Get(claim, "Value"));

        // The quote's text and source are in the documentation, escaped, and the file is one
        // comment line per line: no raw separator anywhere in the generated source.
        var generated = run.Source("hostile.g.cs");
        Assert.DoesNotContain('\u2028', generated);
        Assert.DoesNotContain('\u2029', generated);
        Assert.DoesNotContain('\u0085', generated);
        Assert.DoesNotContain('\u202E', generated);
        Assert.DoesNotContain('\r', generated);
        var quotesDoc = loaded.Documentation.Descendants("member").Single(m => (string?)m.Attribute("name") == "P:Consumer.News.Hostile.Quotes");
        Assert.Contains("Evil \"Quote\" \\ */ </summary>", quotesDoc.Value);
        Assert.Contains("He said \"\"\" and */ and </summary>", quotesDoc.Value);
    }

    private static void AssertRoundTrip(string value)
    {
        var literal = CSharpLiteral.String(value);

        var expression = SyntaxFactory.ParseExpression(literal);
        Assert.Empty(expression.GetDiagnostics());
        var token = Assert.IsType<LiteralExpressionSyntax>(expression).Token;
        Assert.Equal(SyntaxKind.StringLiteralToken, token.Kind());
        Assert.Equal(value, token.ValueText);
        Assert.Equal(literal, expression.ToFullString());

        // Nothing in the literal can break a line, hide text or confuse a reader.
        for (var i = 0; i < literal.Length; i++)
        {
            var c = literal[i];
            if (char.IsHighSurrogate(c) && i + 1 < literal.Length && char.IsLowSurrogate(literal[i + 1]))
            {
                i++;
                continue;
            }

            Assert.True(Characters.IsPrintable(literal, i), $"U+{(int)c:X4} left raw in {literal}");
        }
    }
}
