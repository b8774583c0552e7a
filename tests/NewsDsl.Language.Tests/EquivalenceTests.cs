using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsDsl.Generator;
using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;
using Xunit;
using SourceText = Microsoft.CodeAnalysis.Text.SourceText;
using TextSpan = NewsDsl.Language.Text.TextSpan;

namespace NewsDsl.Language.Tests;

/// <summary>
/// The equivalence guard of issue 18: over the whole corpus of articles in the repository (the
/// conformance cases, samples/, the seed and the test projects' articles), the syntax tree as the
/// public API shows it, the findings of <see cref="NewsChecker.Check(NewsText)"/> and the files the
/// generator emits must stay exactly what was recorded, so a change to the tree's storage, to the
/// parser or to how the rules scan cannot change any output unnoticed.
/// <para>
/// The expectations live in <c>Equivalence/&lt;path of the article&gt;.txt</c>; the generated files
/// are recorded as their SHA-256 and length (the full texts are in the generator's own snapshot
/// tests). A mismatch writes the actual record beside the expected one as <c>.received</c>. When a
/// change of output is intended, record again with <c>NEWSDSL_RECORD_EQUIVALENCE=1 dotnet test
/// tests/NewsDsl.Language.Tests --filter EquivalenceTests</c> and say so in the commit.
/// </para>
/// </summary>
public sealed class EquivalenceTests
{
    private static readonly string[] s_corpusFolders =
    {
        "tests/NewsDsl.Language.Tests/Conformance",
        "tests/NewsDsl.Language.Tests/Seed",
        "tests/NewsDsl.Generator.Tests/Articles",
        "tests/NewsDsl.Render.Tests/Articles",
        "samples",
    };

    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<CSharpCompilation> s_compilation = new(() => CSharpCompilation.Create(
        "Consumer",
        Array.Empty<SyntaxTree>(),
        Basic.Reference.Assemblies.Net100.References.All,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true)));

    public static TheoryData<string> Articles()
    {
        var data = new TheoryData<string>();
        foreach (var path in Corpus())
        {
            data.Add(path);
        }

        return data;
    }

    /// <summary>Every article of the corpus, as a path relative to the repository root with '/' separators.</summary>
    internal static IReadOnlyList<string> Corpus() =>
        s_corpusFolders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, folder), "*.news", SearchOption.AllDirectories))
            .Select(file => Path.GetRelativePath(RepositoryPaths.Root, file).Replace('\\', '/'))
            .Where(path => !path.Contains("/bin/", StringComparison.Ordinal) && !path.Contains("/obj/", StringComparison.Ordinal))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void The_corpus_is_the_whole_repository_and_every_article_is_recorded()
    {
        var corpus = Corpus();
        Assert.True(corpus.Count >= 200, $"expected the whole corpus, found {corpus.Count} articles");
        Assert.Contains("samples/press-tv-264060-iran-strikes-back.news", corpus);

        // A recording whose article is gone would guard nothing; one missing would let an article through.
        var root = Path.Combine(RepositoryPaths.TestData("Equivalence"));
        var recorded = Directory.EnumerateFiles(root, "*.txt", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(root, file).Replace('\\', '/'))
            .Select(file => file.Substring(0, file.Length - ".txt".Length))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(corpus, recorded);
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Article_output_is_unchanged(string path)
    {
        var actual = Record(path, File.ReadAllText(Path.Combine(RepositoryPaths.Root, path)));
        var expectedPath = RepositoryPaths.TestData("Equivalence", path + ".txt");
        if (Environment.GetEnvironmentVariable("NEWSDSL_RECORD_EQUIVALENCE") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(expectedPath)!);
            File.WriteAllText(expectedPath, actual);
            return;
        }

        Assert.True(File.Exists(expectedPath), $"{path} has no recorded output; record it (see the class comment)");
        var expected = File.ReadAllText(expectedPath).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (expected != actual)
        {
            File.WriteAllText(expectedPath + ".received", actual);
            Assert.Fail($"{path}: the output differs from the recording; the actual record is in {expectedPath}.received\n" + FirstDifference(expected, actual));
        }
    }

    /// <summary>The tree, the findings and the generated files of one article, as text.</summary>
    internal static string Record(string path, string content)
    {
        var builder = new StringBuilder();
        var result = NewsChecker.Check(NewsText.From(content, Path.GetFileName(path)));

        builder.Append("# syntax errors\n");
        foreach (var error in result.Syntax.Errors)
        {
            builder.Append(Span(error.Span)).Append(' ').Append(error.Message).Append('\n');
        }

        builder.Append("# findings\n");
        foreach (var diagnostic in result.Diagnostics)
        {
            AppendDiagnostic(builder, diagnostic);
        }

        builder.Append("# suppressed findings\n");
        foreach (var diagnostic in result.SuppressedDiagnostics)
        {
            AppendDiagnostic(builder, diagnostic);
        }

        builder.Append("# quotations\n");
        foreach (var quote in result.Model.Quotes)
        {
            builder.Append(Span(quote.Syntax.Span)).Append(' ').Append(quote.Attribution).Append(' ').Append(quote.Source?.Id ?? "-")
                .Append(quote.IsSuggested ? "?" : string.Empty).Append(' ').Append(quote.Kind).Append(" | ").Append(Escape(quote.Text)).Append('\n');
        }

        builder.Append("# tree\n");
        foreach (var node in result.Syntax.Descendants())
        {
            builder.Append(' ', 2 * node.Ancestors().Count());
            AppendNode(builder, node);
            builder.Append('\n');
        }

        builder.Append("# generated\n");
        AppendGenerated(builder, path, content);
        return builder.ToString();
    }

    private static void AppendDiagnostic(StringBuilder builder, Diagnostics.NewsDiagnostic diagnostic) =>
        builder.Append(Span(diagnostic.Span)).Append(' ')
            .Append(diagnostic.Start.Line + 1).Append(',').Append(diagnostic.Start.Character + 1).Append('-')
            .Append(diagnostic.End.Line + 1).Append(',').Append(diagnostic.End.Character + 1).Append(' ')
            .Append(Diagnostics.NewsDiagnostic.SeverityWord(diagnostic.Severity)).Append(' ').Append(diagnostic.Id).Append(' ')
            .Append(Escape(diagnostic.Message)).Append('\n');

    internal static void AppendNode(StringBuilder builder, NewsSyntaxNode node)
    {
        builder.Append(node.GetType().Name.Replace("Syntax", string.Empty, StringComparison.Ordinal)).Append(' ').Append(Span(node.Span));
        switch (node)
        {
            case FrontMatterSyntax frontMatter:
                builder.Append(frontMatter.IsClosed ? " closed" : " open");
                break;
            case FrontMatterEntrySyntax entry:
                builder.Append(' ').Append(Span(entry.KeySpan)).Append(' ').Append(Escape(entry.Key)).Append(' ').Append(Span(entry.ValueSpan)).Append(" = ").Append(Escape(entry.Value));
                break;
            case HeadingSyntax heading:
                builder.Append(" level ").Append(heading.Level).Append(" content ").Append(Span(heading.ContentSpan));
                break;
            case ParagraphSyntax paragraph:
                builder.Append(" content ").Append(Span(paragraph.ContentSpan));
                break;
            case SourceDeclarationSyntax source:
                builder.Append(' ').Append(Span(source.IdSpan)).Append(' ').Append(Escape(source.Id)).Append(' ').Append(Span(source.KindSpan)).Append(' ').Append(Escape(source.KindText));
                break;
            case AttributeSyntax attribute:
                builder.Append(' ').Append(Span(attribute.NameSpan)).Append(' ').Append(Escape(attribute.Name)).Append(' ').Append(Span(attribute.ValueSpan)).Append(" = ").Append(Escape(attribute.Value));
                break;
            case QuotationSyntax quotation:
                builder.Append(' ').Append(quotation.Family).Append(" open ").Append(Span(quotation.OpeningMark))
                    .Append(" close ").Append(quotation.ClosingMark is { } closing ? Span(closing) : "-").Append(" content ").Append(Span(quotation.ContentSpan))
                    .Append(" children ").Append(quotation.Children.Count);
                break;
            case AttributedSpanSyntax attributed:
                builder.Append(" open ").Append(Span(attributed.OpenBracket)).Append(" close ").Append(Span(attributed.CloseBracket))
                    .Append(" children ").Append(attributed.Children.Count);
                break;
            case TagSyntax tag:
                builder.Append(' ').Append(tag.Kind).Append(" source ").Append(Span(tag.SourceIdSpan)).Append(' ').Append(Escape(tag.SourceId ?? "-"))
                    .Append(tag.IsDangling ? " dangling" : string.Empty).Append(tag.SuggestionMark is { } mark ? " suggested " + Span(mark) : string.Empty);
                break;
            case CommentSyntax comment:
                builder.Append(comment.Directive is null ? string.Empty : " directive");
                break;
            case SuppressionDirectiveSyntax directive:
                builder.Append(' ').Append(directive.Kind).Append(" keyword ").Append(Span(directive.KeywordSpan))
                    .Append(" separator ").Append(directive.SeparatorSpan is { } separator ? Span(separator) : "-")
                    .Append(" reason ").Append(directive.ReasonSpan is { } reasonSpan ? Span(reasonSpan) : "-").Append(' ').Append(Escape(directive.Reason ?? "-"));
                break;
            case DiagnosticIdSyntax id:
                builder.Append(' ').Append(Escape(id.Id));
                break;
        }
    }

    private static void AppendGenerated(StringBuilder builder, string path, string content)
    {
        var driver = CSharpGeneratorDriver.Create(
            new[] { new NewsGenerator().AsSourceGenerator() },
            new AdditionalText[] { new Article("/corpus/" + path, content) },
            s_parseOptions);
        var run = driver.RunGenerators(s_compilation.Value).GetRunResult().Results.Single();
        Assert.Null(run.Exception);
        foreach (var source in run.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal))
        {
            var text = source.SourceText.ToString();
            var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
            builder.Append(source.HintName).Append(' ').Append(text.Length).Append(' ').Append(hash).Append('\n');
        }

        foreach (var diagnostic in run.Diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal))
        {
            var span = diagnostic.Location.GetLineSpan();
            builder.Append(diagnostic.Id).Append(' ').Append(diagnostic.Severity).Append(' ')
                .Append(span.StartLinePosition.Line + 1).Append(',').Append(span.StartLinePosition.Character + 1).Append(' ')
                .Append(Escape(diagnostic.GetMessage(CultureInfo.InvariantCulture))).Append('\n');
        }
    }

    internal static string Span(TextSpan span) => span.Start.ToString(CultureInfo.InvariantCulture) + ".." + span.End.ToString(CultureInfo.InvariantCulture);

    internal static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    internal static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "(end)";
            var a = i < actualLines.Length ? actualLines[i] : "(end)";
            if (e != a)
            {
                return $"line {i + 1}\n expected: {e}\n   actual: {a}";
            }
        }

        return "(no line differs)";
    }

    private sealed class Article : AdditionalText
    {
        private readonly SourceText _text;

        public Article(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text, Encoding.UTF8);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
