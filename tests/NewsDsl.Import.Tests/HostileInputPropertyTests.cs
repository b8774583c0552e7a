using System.Text;
using NewsDsl.Language;
using Xunit;

namespace NewsDsl.Import.Tests;

/// <summary>
/// Hostile inputs in all three formats, generated from pieces that each broke (or could break) an
/// importer: markup of the language, of Markdown and of HTML, directives, nesting, invisible and bidi
/// characters, lone surrogates, controls and line separators. For every input: the importer does not
/// throw; the draft has no NEWS004, NEWS008 or NEWS002, no suppression directive and nothing suppressed;
/// its headline reads back as the input's; it holds no dropped invisible character and no lone surrogate;
/// and its prose equals the blocks the reader found. Seeded, so a failure reproduces; the input is printed.
/// </summary>
public sealed class HostileInputPropertyTests
{
    private static readonly string[] s_pieces =
    {
        "the", "minister", "said", "he", "Okafor", "Mrs.", "U.S.", " ", " ", " ", "\n", "\n\n", "\r\n", "\t",
        "“", "”", "‘", "’", "\"", "'", "''", "``", "«", "»", "‹", "›", "„", "‚", "\\", "\\\\", "{", "}", "[", "]", "{@x}", "[a]{@b}", "{@x?}", "@",
        "%%", "%% newsdsl-disable NEWS001 -- x", "newsdsl-disable NEWS001, NEWS100 -- x", "newsdsl-enable NEWS001", "newsdsl-disable-next-line NEWS004",
        "# ", "## ", "@source x person name=\"X\"", "---", "id: x", "title: ", "headline: \"x\"", "Key: value",
        "<div>", "</div>", "<p>", "</p>", "<br>", "<br/>", "<li>", "<ul>", "</ul>", "<script>", "</script>", "<style>", "<!--", "-->", "<q>", "</q>", "&amp;", "&#8203;", "&shy;", "<h1>", "</h1>",
        "> ", ">>>>", "- ", "* ", "*", "**", "_", "`", "```", "[link](http://x)", "<b>",
        "\u200B", "\u2060", "\uFEFF", "\u00AD", "\u202E", "\u2066", "\u2069", "\u200D", "\uD800", "\uDC00", "\U0001F600", "\u0000", "\u0007", "\u2028", "\u0085", "\u00A0",
        new string('“', 70), new string('[', 70),
    };

    [Theory]
    [InlineData(ImportFormat.PlainText, 11)]
    [InlineData(ImportFormat.Markdown, 12)]
    [InlineData(ImportFormat.Html, 13)]
    public void Any_input_gives_a_draft_that_parses_with_no_directive_and_the_readers_prose(ImportFormat format, int seed)
    {
        var random = new Random(seed);
        for (var run = 0; run < 150; run++)
        {
            var input = new StringBuilder();
            var length = random.Next(1, 60);
            for (var i = 0; i < length; i++)
            {
                input.Append(s_pieces[random.Next(s_pieces.Length)]);
            }

            var text = input.ToString();
            ImportResult result;
            try
            {
                result = ArticleImporter.Import(text, format);
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException($"the importer threw on run {run}: {e}\ninput: {Escape(text)}");
            }

            var check = ImporterTests.Check(result.Draft);
            var context = $"run {run}\ninput: {Escape(text)}\ndraft:\n{Escape(result.Draft)}";
            var problem = check.Diagnostics.FirstOrDefault(d => d.Id is "NEWS004" or "NEWS008" or "NEWS002");
            Assert.True(problem is null, $"{problem}\n{context}");
            Assert.True(check.Syntax.SuppressionDirectives.Count == 0, "a directive in the draft\n" + context);
            Assert.True(check.SuppressedDiagnostics.Count == 0, "a finding suppressed\n" + context);
            Assert.True(result.Draft.IndexOfAny(new[] { '\u200B', '\u2060', '\u00AD' }) < 0 && result.Draft.IndexOf('\uFEFF') < 0, "an invisible character kept\n" + context);
            Assert.True(!HasLoneSurrogate(result.Draft), "a lone surrogate kept\n" + context);
            Assert.True((result.Document.Headline ?? "Untitled") == check.Model.Metadata.Headline, $"headline changed: {Escape(result.Document.Headline ?? "Untitled")} → {Escape(check.Model.Metadata.Headline ?? "(none)")}\n{context}");
            var expected = result.Document.Blocks.Select(b => b.Text).ToList();
            Assert.True(expected.SequenceEqual(ImporterTests.Prose(check)), "prose changed\n" + context);
        }
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c is '\n' ? "\\n\n" : c < ' ' || c is (>= '\u007F' and <= '\u00A0') or '\u00AD' or (>= '\u2000' and <= '\u206F') or '\uFEFF' || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return builder.ToString();
    }
}
