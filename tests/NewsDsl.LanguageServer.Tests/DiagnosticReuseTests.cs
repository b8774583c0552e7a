using System.Text.Json;
using NewsDsl.Language;
using NewsDsl.Language.Parsing;
using NewsDsl.Language.Text;
using NewsDsl.LanguageServer.Protocol;

namespace NewsDsl.LanguageServer.Tests;

/// <summary>
/// The LSP form of a finding reused from the previous version (<see cref="DiagnosticConverter.ConvertAll"/>) and its
/// JSON written once (<see cref="DiagnosticJsonConverter"/>): over chained edits to the sample, what is published must
/// be, byte for byte, what converting and serializing every finding afresh gives; and the reuse must be real.
/// </summary>
public sealed class DiagnosticReuseTests
{
    private static readonly JsonSerializerOptions s_plain = LspJson.ConfigureWithoutCache(new JsonSerializerOptions());
    private static readonly JsonSerializerOptions s_cached = LspJson.Configure(new JsonSerializerOptions());

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Reused_diagnostics_are_those_of_a_fresh_conversion(int seed)
    {
        var random = new Random(seed);
        var content = File.ReadAllText(TestFiles.Sample);
        var uri = "file:///a.news";
        var text = NewsText.From(content, "a.news");
        var result = NewsChecker.Recheck(null, NewsParser.Parse(text));
        var map = new PositionMap(uri, text);
        var diagnostics = DiagnosticConverter.ConvertAll(map, result.Diagnostics, null, null, null);
        var reusedInAll = 0;
        for (var edit = 0; edit < 80; edit++)
        {
            content = Edit(random, content);
            var next = NewsText.From(content, "a.news");
            var nextResult = NewsChecker.Recheck(result, NewsParser.Reparse(result.Syntax, next));
            var nextMap = new PositionMap(uri, next);
            var converted = DiagnosticConverter.ConvertAll(nextMap, nextResult.Diagnostics, null, result.Diagnostics, diagnostics);
            var fresh = nextResult.Diagnostics.Select(d => DiagnosticConverter.Convert(nextMap, d, DiagnosticConverter.Related(nextMap, d, null))).ToList();
            Assert.Equal(JsonSerializer.Serialize(fresh, s_plain), JsonSerializer.Serialize(converted, s_plain));
            Assert.Equal(JsonSerializer.Serialize(fresh, s_plain), JsonSerializer.Serialize(converted, s_cached));
            reusedInAll += converted.Count(d => diagnostics.Any(old => ReferenceEquals(old, d)));
            (result, diagnostics) = (nextResult, converted);
        }

        // Not vacuous: most edits leave most of the sample's findings as they were.
        Assert.True(reusedInAll > 80 * diagnostics.Count / 3, $"only {reusedInAll} diagnostics reused over 80 edits of {diagnostics.Count}");
    }

    [Fact]
    public void A_diagnostic_is_written_as_the_serializer_writes_it_and_read_back()
    {
        var range = new Protocol.Range(new Position(3, 4), new Position(3, 9));
        var diagnostics = new List<Diagnostic>
        {
            new(range, DiagnosticSeverity.Warning, "NEWS106", new CodeDescription("https://example.org/NEWS106"), "newsdsl", "Figures about “x” disagree: \"15\" \\ 22\n", new[] { new DiagnosticRelatedInformation(new Location("file:///a.news", range), "here") }),
            new(range, DiagnosticSeverity.Error, "NEWS004", null, "newsdsl", "plain", null),
        };
        diagnostics.Add(diagnostics[0]);
        var plain = JsonSerializer.Serialize(diagnostics, s_plain);
        Assert.Equal(plain, JsonSerializer.Serialize(diagnostics, s_cached));
        Assert.Equal(plain, JsonSerializer.Serialize(diagnostics, s_cached));
        var read = JsonSerializer.Deserialize<List<Diagnostic>>(plain, s_cached)!;
        Assert.Equal(plain, JsonSerializer.Serialize(read, s_plain));
    }

    // Typing, line breaks, a source renamed (messages change, places do not), a figure's value changed, a quotation added.
    private static string Edit(Random random, string content)
    {
        switch (random.Next(6))
        {
            case 0:
                var name = content.IndexOf("name=\"", StringComparison.Ordinal);
                return content.Insert(name + 6, "N");
            case 1:
                var value = content.IndexOf("value=\"", random.Next(content.Length / 2), StringComparison.Ordinal);
                return value < 0 ? content : content.Insert(value + 7, "1");
            case 2:
                return content.Insert(random.Next(content.Length), "\n");
            case 3:
                return content.Insert(random.Next(content.Length), " “Yes,”{@nobody} he said. ");
            default:
                var at = random.Next(content.Length);
                return content.Insert(at, "x");
        }
    }
}
