using Xunit;

namespace NewsDsl.Import.Tests;

/// <summary>
/// Nothing is lost, over generated inputs: the draft parses without NEWS004/NEWS008 and its prose, with
/// markup removed, equals the input's paragraphs, whatever quotation marks, markup characters, names
/// and speech verbs the input mixes. Seeded, so a failure reproduces; the failing input is printed.
/// </summary>
public sealed class ImportPropertyTests
{
    private static readonly string[] s_words =
    {
        "the", "minister", "said", "he", "she", "added", "told", "Reuters", "Zarif", "Mrs.", "Okafor", "Pentagon", "it", "and",
        "“", "”", "‘", "’", "\"", "'", "''", "``", "{", "}", "[", "]", "\\", "{@x}", "[a]{@b}", "{title}", "@", "#", "%%", "—", ":", ",", ".",
        "Iran’s", "don't", "U.S.", "R-Ky.", "according", "to", "a", "spokesman", "for", "said:", "“Yes,”", "“No.”", "—", "x", "y",
    };

    [Fact]
    public void The_drafts_prose_equals_the_input_paragraphs_and_it_always_parses()
    {
        var random = new Random(20261203);
        for (var run = 0; run < 400; run++)
        {
            var paragraphs = new List<string>();
            var count = random.Next(1, 7);
            for (var p = 0; p < count; p++)
            {
                var words = new List<string>();
                var length = random.Next(1, 16);
                for (var w = 0; w < length; w++)
                {
                    words.Add(s_words[random.Next(s_words.Length)]);
                }

                paragraphs.Add(string.Join(" ", words));
            }

            var input = "Generated headline number " + run + "\n\n" + string.Join("\n\n", paragraphs) + "\n";
            var result = ArticleImporter.Import(input, ImportFormat.PlainText);
            var check = ImporterTests.Check(result.Draft);
            var problem = check.Diagnostics.FirstOrDefault(d => d.Id is "NEWS004" or "NEWS008" or "NEWS002");
            Assert.True(problem is null, $"{problem}\ninput:\n{input}\ndraft:\n{result.Draft}");
            Assert.True(paragraphs.SequenceEqual(ImporterTests.Prose(check)), $"prose changed\ninput:\n{input}\ndraft:\n{result.Draft}");
        }
    }
}
