using NewsDsl.Fuzz;
using NewsDsl.Language.Text;
using Xunit;

namespace NewsDsl.Language.Tests;

/// <summary>
/// A fixed, seeded slice of the fuzzer (tests/NewsDsl.Fuzz) run in every build, so a crash it once
/// found cannot come back unnoticed. The open-ended soak is documented in docs/robustness.md.
/// </summary>
public sealed class FuzzSliceTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Seeded_mutations_of_the_corpus_never_throw(int seed)
    {
        var corpus = Directory.EnumerateFiles(RepositoryPaths.TestData("Conformance"), "*.news", SearchOption.AllDirectories)
            .Append(RepositoryPaths.Samples("press-tv-264060-iran-strikes-back.news"))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToList();
        var random = new Random(seed);
        for (var run = 0; run < 1500; run++)
        {
            var text = corpus[random.Next(corpus.Count)];
            var edits = random.Next(1, 10);
            for (var e = 0; e < edits; e++)
            {
                text = ArticleMutator.Mutate(text, random);
            }

            var result = NewsChecker.Check(NewsText.From(text, "fuzz.news"));
            Assert.All(result.Diagnostics, d => Assert.InRange(d.Span.End, 0, result.Model.Text.Length));
        }
    }
}
