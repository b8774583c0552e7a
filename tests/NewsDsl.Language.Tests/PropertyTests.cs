using CsCheck;
using NewsDsl.Language.Rules;
using NewsDsl.Language.Text;
using Xunit;

namespace NewsDsl.Language.Tests;

/// <summary>
/// Property-based tests (CsCheck): generated articles, valid and broken, and mutated conformance
/// files never make the checker throw, and its findings are well-formed, deterministic and the same
/// for LF and CRLF. Iteration counts are bounded to keep the suite fast; a longer soak is
/// `dotnet run --project tests/NewsDsl.Fuzz -- --seconds 600` (see docs/robustness.md).
/// </summary>
public sealed class PropertyTests
{
    private static readonly string[] s_tokens =
    {
        "Iran", "struck", "back", " ", " ", " ", "said", ",", ".", "Zarif", "Hashd", "al-Sha’abi", "Iraq's", "allies’", "’90s",
        "“", "”", "\"", "‘", "’", "'", "«", "»", "‹", "›", "„", "‚", "[", "]", "{", "}", "\\", "\\{", "\\[", "\\]", "\\\\",
        "{@zarif}", "{@trump cue=\"said\" via=\"Twitter\"}", "{@ghost}", "{title}", "{term}", "{own about=\"x\" value=\"3\"}", "{@Bad_Id}",
        "{@zarif about=\"missiles\" value=\">12\"}", "{@trump about=\"missiles\" value=\"22\"}", "{@zarif cue=\"said}", "{@", "{unknown}",
        "\n", "\n", "\n\n", "\n\n", "\n# ", "\n## ", "\n%% note\n", "\n@source zarif person name=\"Mohammad Javad Zarif\"\n",
        "\n@source trump person name=\"Donald Trump\" aka=\"Trump\"\n", "\n@source anon anonymous name=\"officials\"\n", "\n@source broken\n",
        "\n@source x kind name=\"unclosed\n", "\u202E", "\u200B", "\uFEFF", "\0", "\uD800", "\uDC00", "😀", "—", "…", "\t", "reported.", ", reported.",
        "admitted", "\n---\n", ":",
    };

    private static readonly Gen<string> s_body = Gen.OneOf(s_tokens).Array[0, 120].Select(parts => string.Concat(parts));

    private static readonly Gen<string> s_article = Gen.Select(
        Gen.OneOf("---\nid: a\nheadline: H\n---\n", "---\nid: Bad Id\n---\n", string.Empty, "---\nheadline: only\n", "---\n"),
        s_body,
        (frontMatter, body) => frontMatter + body);

    [Fact]
    public void Generated_articles_never_throw_and_findings_are_well_formed()
    {
        s_article.Sample(text => AssertWellFormed(text), iter: 400);
    }

    [Fact]
    public void Checking_is_deterministic()
    {
        s_article.Sample(
            text =>
            {
                var first = Render(NewsChecker.Check(NewsText.From(text, "a.news")));
                var second = Render(NewsChecker.Check(NewsText.From(text, "a.news")));
                Assert.Equal(first, second);
            },
            iter: 150);
    }

    [Fact]
    public void CRLF_and_LF_give_the_same_positions_and_texts()
    {
        s_article.Where(text => text.IndexOf('\r') < 0).Sample(
            text =>
            {
                var lf = NewsChecker.Check(NewsText.From(text, "a.news"));
                var crlf = NewsChecker.Check(NewsText.From(text.Replace("\n", "\r\n"), "a.news"));
                Assert.Equal(
                    lf.Diagnostics.Select(d => $"{d.Start} {d.Id}"),
                    crlf.Diagnostics.Select(d => $"{d.Start} {d.Id}"));
                Assert.Equal(lf.Model.Quotes.Select(q => (q.Start, q.Text)), crlf.Model.Quotes.Select(q => (q.Start, q.Text)));
                Assert.Equal(lf.Model.Claims.Select(c => (c.Start, c.Text)), crlf.Model.Claims.Select(c => (c.Start, c.Text)));
            },
            iter: 200);
    }

    [Fact]
    public void Mutated_conformance_files_never_throw()
    {
        var corpus = Directory.EnumerateFiles(RepositoryPaths.TestData("Conformance"), "*.news", SearchOption.AllDirectories)
            .Select(File.ReadAllText)
            .Append(File.ReadAllText(RepositoryPaths.Samples("press-tv-264060-iran-strikes-back.news")))
            .ToArray();
        var mutation = Gen.Select(Gen.Int[0, corpus.Length - 1], Gen.Int[0, 5], Gen.Int, Gen.Int, Gen.Char, (file, kind, a, b, c) => (file, kind, a, b, c));

        mutation.Array[1, 8].Sample(
            mutations =>
            {
                var text = corpus[mutations[0].file];
                foreach (var (_, kind, a, b, c) in mutations)
                {
                    text = Mutate(text, kind, a, b, c);
                }

                AssertWellFormed(text);
            },
            iter: 300);
    }

    /// <summary>One byte-level edit: cut, duplicate, swap, insert a character, insert a lone surrogate, insert NUL.</summary>
    internal static string Mutate(string text, int kind, int a, int b, char c)
    {
        if (text.Length == 0)
        {
            return c.ToString();
        }

        var i = (int)((uint)a % (uint)text.Length);
        var j = (int)((uint)b % (uint)text.Length);
        var (low, high) = i <= j ? (i, j) : (j, i);
        return kind switch
        {
            0 => text.Remove(low, Math.Min(high - low, 200)),
            1 => text.Insert(high, text.Substring(low, Math.Min(high - low, 200))),
            2 => Swap(text, i, j),
            3 => text.Insert(i, c.ToString()),
            4 => text.Insert(i, (b & 1) == 0 ? "\uD800" : "\uDFFF"),
            _ => text.Insert(i, "\0"),
        };
    }

    private static string Swap(string text, int i, int j)
    {
        var chars = text.ToCharArray();
        (chars[i], chars[j]) = (chars[j], chars[i]);
        return new string(chars);
    }

    private static void AssertWellFormed(string content)
    {
        var text = NewsText.From(content, "a.news");
        var result = NewsChecker.Check(text);
        foreach (var diagnostic in result.Diagnostics)
        {
            Assert.NotNull(NewsRules.Find(diagnostic.Id));
            Assert.InRange(diagnostic.Span.Start, 0, text.Length);
            Assert.InRange(diagnostic.Span.End, diagnostic.Span.Start, text.Length);
            Assert.Equal(text.GetLinePosition(diagnostic.Span.Start), diagnostic.Start);
            Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message));
        }

        foreach (var quotation in result.Model.Quotations)
        {
            Assert.NotNull(quotation.Text);
            Assert.InRange(quotation.OpeningMark.Start, 0, text.Length - 1);
        }

        foreach (var claim in result.Model.Claims)
        {
            Assert.NotNull(claim.Text);
            Assert.InRange(claim.Span.End, claim.Span.Start, text.Length);
        }
    }

    private static string Render(NewsCheckResult result) =>
        string.Join("\n", result.Diagnostics.Select(d => d.ToString()))
        + "\n" + string.Join("\n", result.Model.Quotes.Select(q => $"{q.Start} {q.Source?.Id} {q.Text}"))
        + "\n" + string.Join("\n", result.Model.Claims.Select(c => $"{c.Start} {c.Source?.Id} {c.Text}"));
}
