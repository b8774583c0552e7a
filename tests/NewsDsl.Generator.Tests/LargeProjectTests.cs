using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsDsl.Generator.Emit;
using NewsDsl.Generator.Planning;
using NewsDsl.Generator.Tests.TestKit;
using Xunit;

namespace NewsDsl.Generator.Tests;

/// <summary>
/// The generated code never breaks the build by its size: a project whose quotations pass the compiler's
/// limit on string literals (about 8.4 million UTF-16 characters, CS8103) still compiles, because text
/// past <see cref="ProjectPlanner.LiteralBudget"/> is stored as UTF-8 data, and reads back exactly.
/// </summary>
public sealed class LargeProjectTests
{
    private const int Articles = 92;
    private const int QuotesPerArticle = 100;
    private const int QuoteLength = 1000;

    /// <summary>Text the language reads back as is: lower-case words, no marks, brackets or escapes; a different text for every quotation.</summary>
    private static string Words(Random random, int length)
    {
        var builder = new StringBuilder(length);
        while (builder.Length < length)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            var word = random.Next(2, 9);
            for (var i = 0; i < word; i++)
            {
                builder.Append((char)('a' + random.Next(26)));
            }
        }

        builder.Length = length;
        return builder.ToString().TrimEnd();
    }

    [Fact]
    public void A_project_of_nine_million_characters_of_quotations_compiles_and_reads_back_every_text()
    {
        var random = new Random(17_0304);
        var expected = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var files = new List<AdditionalText>();
        for (var a = 0; a < Articles; a++)
        {
            var id = "story-" + a.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
            var texts = new List<string>();
            var body = new StringBuilder($"---\nid: {id}\nheadline: Story {a}\n---\n@source minister person name=\"The Minister\"\n\n");
            for (var q = 0; q < QuotesPerArticle; q++)
            {
                var text = Words(random, QuoteLength);
                texts.Add(text);
                body.Append('“').Append(text).Append("”{@minister} the minister said.\n\n");
            }

            expected.Add("Story" + a.ToString("D3", System.Globalization.CultureInfo.InvariantCulture), texts);
            files.Add(new InMemoryAdditionalText("/project/" + id + ".news", body.ToString()));
        }

        // Last in path order, so past the budget: hostile text through the UTF-8 form, and a lone
        // surrogate (no UTF-8 form) that must stay a string literal and still be exact.
        var hostile = new[] { "C:\\temp */ </summary> \u2028 \u202E 😀 \u0001 #nullable disable", "lone \uD800 surrogate" };
        files.Add(new InMemoryAdditionalText("/project/zz-hostile.news", "---\nid: zz-hostile\nheadline: H\n---\n@source minister person name=\"M\"\n\n“C:\\\\temp */ </summary> \u2028 \u202E 😀 \u0001 #nullable disable”{@minister} one said.\n\n“lone \uD800 surrogate”{@minister} one said.\n"));
        expected.Add("ZzHostile", hostile.ToList());
        var total = expected.Values.Sum(t => t.Sum(s => (long)s.Length));
        Assert.True(total > 9_000_000, $"the project has {total} characters of quotations; the test needs more than the compiler's 8.4 million");

        var run = GeneratorHarness.Run(files);

        run.AssertCompilesClean();
        // Emitting is where CS8103 is reported: Load() asserts that emit succeeds.
        using var loaded = run.Load();
        foreach (var (className, texts) in expected)
        {
            var quotes = ((System.Collections.IEnumerable)loaded.Static("Consumer.News." + className, "Quotes")!).Cast<object>().ToList();
            Assert.Equal(texts, quotes.Select(q => (string)LoadedAssembly.Get(q, "Text")!));
        }

        // Greedy in path order: the first articles keep literals, the ones past the budget hold UTF-8 data.
        var sources = run.Sources;
        Assert.DoesNotContain("u8", sources["story-000.g.cs"], StringComparison.Ordinal);
        Assert.Contains("u8.ToArray()", sources["story-091.g.cs"], StringComparison.Ordinal);
        Assert.Contains("\"lone \\uD800 surrogate\",", sources["zz-hostile.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_under_the_budget_gets_string_literals_only()
    {
        var run = GeneratorHarness.Run(("/project/a.news", "---\nid: a\nheadline: H\n---\n@source m person name=\"M\"\n\n“Words,”{@m} m said.\n"));

        run.AssertCompilesClean();
        Assert.DoesNotContain("u8", run.Source("a.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Before_CSharp_11_text_stays_in_string_literals()
    {
        var run = GeneratorHarness.Run(
            new AdditionalText[] { new InMemoryAdditionalText("/project/a.news", "---\nid: a\nheadline: H\n---\n@source m person name=\"M\"\n\n“Words,”{@m} m said.\n") },
            version: LanguageVersion.CSharp10);

        run.AssertCompilesClean();
        Assert.DoesNotContain("u8", string.Concat(run.Sources.Values), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_hostile_and_random_string_round_trips_through_the_UTF8_form()
    {
        var values = ((IEnumerable<object[]>)LiteralTests.HostileStrings).Select(row => (string)row[0]).ToList();
        var random = new Random(8103);
        for (var i = 0; i < 500; i++)
        {
            var chars = new char[random.Next(0, 24)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = (char)(random.Next(3) == 0 ? random.Next(0, 0x80) : random.Next(0, 0x10000));
            }

            values.Add(new string(chars));
        }

        var code = "/// <summary>Values.</summary>\npublic static class Values\n{\n    /// <summary>All.</summary>\n    public static readonly string[] All = new string[]\n    {\n"
            + string.Concat(values.Select(v => "        " + CSharpLiteral.Utf8String(v) + ",\n"))
            + "    };\n}\n";
        var compilation = GeneratorHarness.CreateCompilation(code);
        Assert.Empty(compilation.GetDiagnostics());
        using var pe = new MemoryStream();
        var emit = compilation.Emit(pe);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        var context = new AssemblyLoadContext("utf8-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        try
        {
            pe.Position = 0;
            var all = (string[])context.LoadFromStream(pe).GetType("Values")!.GetField("All")!.GetValue(null)!;
            Assert.Equal(values, all);
        }
        finally
        {
            context.Unload();
        }
    }
}
