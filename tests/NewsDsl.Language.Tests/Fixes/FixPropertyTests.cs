using CsCheck;
using NewsDsl.Language.Fixes;
using NewsDsl.Language.Text;
using Xunit;
using static NewsDsl.Language.Tests.Fixes.FixAssertions;

namespace NewsDsl.Language.Tests.Fixes;

/// <summary>
/// The promise of issue 8 §5, as properties: applying any offered fix never introduces a NEWS004 and
/// removes the finding it targets, on every conformance case, the sample, and generated articles
/// (LF and CRLF alike); and fix-all's fixes keep both promises when applied together.
/// </summary>
public sealed class FixPropertyTests
{
    private static readonly string[] s_declarations =
    {
        "@source zarif person name=\"Mohammad Javad Zarif\" aka=\"Zarif\"",
        "@source trump person name=\"Donald Trump\" aka=\"the president\"",
        "@source officials anonymous name=\"Two Iraqi security officials\"",
        "@source iran-tv media name=\"Iranian television\"",
        "@source cnn media name=CNN",
        "@source khazali person name=Qais al-Khazali",
        "@source zarif person name=\"Duplicate\"",
        "@source pentagon organization name=\"The Pentagon\" reason=\"\"",
        "  indented prose line",
        "%% an editor's note",
        "%% newsdsl-disable-next-line NEWS001",
        "%% newsdsl-disable-next-line NEWS105, NEWS001 -- checked",
        "%% newsdsl-disable-next-line NEWS999 -- typo",
        "%% newsdsl-disable NEWS100 --",
        "%% newsdsl-enable NEWS100",
        "# “A heading quotation”",
    };

    private static readonly string[] s_tokens =
    {
        "Zarif", "Trump", "the president", "officials", "said", " ", " ", " ", ",", ".", "Iran’s", "allies’", "and",
        "“We acted,”", "“No.”", "\"Straight,\"", "‘single’", "“open", "close”", "‘", "’", "“", "”", "[a claim]", "[", "]",
        "{@zarif}", "{@trump cue=\"said\"}", "{@zarf}", "{@ghost}", "{@iran-tv}", "{term}", "{title}", "{own about=\"x\" value=\"1\"}",
        " {@zarif}", "\t{@trump}", "\n{@zarif}", "{@zarif cue=said}", "{@trump cue=said via=X}", "{@zarif cue=said more}", "{@Bad_Id}", "{@", "{unknown}",
        "\u200B", "\u202E", "\u2060", "\uFEFF", "\\{", "\\[", "\n", "\n", "\n\n", "\n\n", "\n\n", "😀", "—",
    };

    private static readonly Gen<string> s_line = Gen.OneOf(s_tokens).Array[1, 24].Select(parts => string.Concat(parts));

    private static readonly Gen<string> s_article = Gen.Select(
        Gen.OneOf("---\nid: a\nheadline: H\n---\n", "---\nid: a\nheadline: H\u200B\n---\n", string.Empty),
        Gen.OneOf(s_declarations).Array[0, 5],
        Gen.OneOf(s_line, Gen.OneOf(s_declarations)).Array[1, 8],
        (frontMatter, declarations, body) => frontMatter + string.Join("\n", declarations) + "\n\n" + string.Join("\n", body) + "\n");

    public static TheoryData<string> Corpus() => new(CorpusPaths());

    private static IEnumerable<string> CorpusPaths() =>
        Directory.EnumerateFiles(RepositoryPaths.TestData("Conformance"), "*.news", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(RepositoryPaths.Root, file).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Append("samples/press-tv-264060-iran-strikes-back.news");

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Every_fix_on_a_conformance_case_keeps_its_promises(string relativePath)
    {
        var content = File.ReadAllText(Path.Combine(RepositoryPaths.Root, relativePath));
        AssertEveryFixKeepsPromises(content, relativePath);
        AssertEveryFixKeepsPromises(content.Replace("\r\n", "\n").Replace("\n", "\r\n"), relativePath + " (CRLF)");
    }

    [Fact]
    public void The_corpus_offers_fixes_of_every_kind()
    {
        // Guards the property above against passing on nothing: the conformance files and the sample
        // must exercise each kind of fix the core offers for them.
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in CorpusPaths())
        {
            var result = Check(File.ReadAllText(Path.Combine(RepositoryPaths.Root, path)));
            foreach (var diagnostic in result.Diagnostics)
            {
                foreach (var fix in NewsFixes.GetFixes(result, diagnostic))
                {
                    keys.Add(fix.EquivalenceKey.StartsWith("NEWS001.attribute.", StringComparison.Ordinal) ? "NEWS001.attribute" : fix.EquivalenceKey);
                }
            }
        }

        foreach (var expected in new[] { "NEWS001.attribute", "NEWS001.mark-term", "NEWS001.mark-title", "NEWS002.declare-source", "NEWS002.did-you-mean", "NEWS003.remove-declaration", "NEWS005.add-reason", "NEWS004.remove-space-before-tag", "NEWS001.suppress-line", "NEWS100.remove-hidden-character", "NEWS108.confirm", "NEWS009.add-reason", "NEWS009.remove-id", "NEWS010.remove-comment" })
        {
            Assert.Contains(expected, keys);
        }
    }

    [Fact]
    public void Every_fix_on_generated_articles_keeps_its_promises()
    {
        var fixesSeen = 0;
        s_article.Sample(
            content =>
            {
                fixesSeen += AssertEveryFixKeepsPromises(content, "generated");
                fixesSeen += AssertEveryFixKeepsPromises(content.Replace("\n", "\r\n"), "generated (CRLF)");
            },
            iter: 120);
        Assert.True(fixesSeen > 500, $"only {fixesSeen} fixes were tried: the generator no longer makes fixable articles");
    }

    [Fact]
    public void Every_fix_on_mutated_conformance_files_keeps_its_promises()
    {
        // Byte-level damage (cuts, duplicates, swaps, stray characters, lone surrogates, NUL), as the
        // robustness tests make it: fixes must stay sound on text no generator thought of.
        var corpus = CorpusPaths().Select(path => File.ReadAllText(Path.Combine(RepositoryPaths.Root, path))).ToArray();
        var mutation = Gen.Select(Gen.Int[0, corpus.Length - 1], Gen.Int[0, 5], Gen.Int, Gen.Int, Gen.Char, (file, kind, a, b, c) => (file, kind, a, b, c));
        mutation.Array[1, 4].Sample(
            mutations =>
            {
                var text = corpus[mutations[0].file];
                foreach (var (_, kind, a, b, c) in mutations)
                {
                    text = PropertyTests.Mutate(text, kind, a, b, c);
                }

                AssertEveryFixKeepsPromises(text, "mutated");
            },
            iter: 150);
    }

    [Fact]
    public void Fix_all_on_generated_articles_keeps_its_promises_and_only_takes_safe_fixes()
    {
        var safeSeen = 0;
        s_article.Sample(
            content =>
            {
                var result = Check(content);
                var fixes = NewsFixes.GetSafeFixes(result);
                var edits = fixes.SelectMany(f => f.Edits).ToList();
                foreach (var fix in fixes)
                {
                    Assert.True(fix.IsSafe);
                    Assert.Contains(fix.Diagnostic, result.Diagnostics);
                    AssertKeepsPromises(result, fix, edits, "fix-all");
                }

                safeSeen += fixes.Count;
            },
            iter: 250);
        Assert.True(safeSeen > 100, $"only {safeSeen} safe fixes were tried");
    }

    private static int AssertEveryFixKeepsPromises(string content, string label)
    {
        var result = NewsChecker.Check(NewsText.From(content, "a.news"));
        var count = 0;
        foreach (var diagnostic in result.Diagnostics)
        {
            foreach (var fix in NewsFixes.GetFixes(result, diagnostic))
            {
                Assert.Same(diagnostic, fix.Diagnostic);
                AssertKeepsPromises(result, fix, fix.Edits, $"{label}, {diagnostic}");
                count++;
            }
        }

        return count;
    }
}
