using System.Text;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Text;
using Xunit;

namespace NewsDsl.Language.Tests;

/// <summary>
/// The conformance suite: every <c>Conformance/**/*.news</c> file is checked and compared with the
/// files beside it, so anyone can add a case without writing C#:
/// <list type="bullet">
/// <item><c>name.diagnostics</c> (required): one finding per line, <c>line,column severity ID</c>; empty for none.</item>
/// <item><c>name.quotes</c> (optional): the article's Quotes, one per line, <c>line,column @source|- Kind | text</c> (newlines in text as <c>\n</c>; a suggested attribution is <c>@source?</c>).</item>
/// <item><c>name.claims</c> (optional): its Claims, one per line, <c>line,column @source|- | text</c> (suggested: <c>@source?</c>).</item>
/// </list>
/// On a mismatch the actual result is written beside the case as <c>.received</c>; rename it to accept it.
/// </summary>
public sealed class ConformanceTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var name in CaseNames())
        {
            data.Add(name);
        }

        return data;
    }

    private static IReadOnlyList<string> CaseNames()
    {
        var root = RepositoryPaths.TestData("Conformance");
        return Directory.EnumerateFiles(root, "*.news", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(root, file).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
    }

    [Fact]
    public void The_suite_is_not_empty_and_every_case_has_expectations()
    {
        var cases = CaseNames();
        Assert.True(cases.Count >= 20, $"expected a real conformance suite, found {cases.Count} cases");
        foreach (var name in cases)
        {
            Assert.True(File.Exists(Path.ChangeExtension(RepositoryPaths.TestData("Conformance", name), ".diagnostics")), $"{name} has no .diagnostics file");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_matches_its_expectations(string name)
    {
        var path = RepositoryPaths.TestData("Conformance", name);
        var text = NewsText.From(File.ReadAllText(path), Path.GetFileName(path));
        var result = NewsChecker.Check(text);

        var mismatches = new List<string>();
        Compare(path, ".diagnostics", FormatDiagnostics(result.Diagnostics), mismatches, required: true);
        Compare(path, ".quotes", FormatQuotes(result.Model.Quotes), mismatches, required: false);
        Compare(path, ".claims", FormatClaims(result.Model.Claims), mismatches, required: false);
        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine + Environment.NewLine, mismatches));
    }

    private static void Compare(string casePath, string extension, IReadOnlyList<string> actual, List<string> mismatches, bool required)
    {
        var expectedPath = Path.ChangeExtension(casePath, extension);
        if (!File.Exists(expectedPath))
        {
            if (required)
            {
                File.WriteAllText(expectedPath + ".received", Join(actual));
                mismatches.Add($"{Path.GetFileName(expectedPath)} is missing; the actual result was written to {expectedPath}.received");
            }

            return;
        }

        var expected = File.ReadAllLines(expectedPath).Where(l => l.Trim().Length > 0 && !l.StartsWith('#')).Select(l => l.TrimEnd()).ToList();
        if (!expected.SequenceEqual(actual.Select(a => a.TrimEnd())))
        {
            File.WriteAllText(expectedPath + ".received", Join(actual));
            mismatches.Add($"{Path.GetFileName(expectedPath)} differs.{Environment.NewLine}expected:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", expected)}{Environment.NewLine}actual:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", actual)}");
        }
        else if (File.Exists(expectedPath + ".received"))
        {
            File.Delete(expectedPath + ".received");
        }
    }

    private static string Join(IReadOnlyList<string> lines) => lines.Count == 0 ? string.Empty : string.Join("\n", lines) + "\n";

    internal static IReadOnlyList<string> FormatDiagnostics(IEnumerable<NewsDiagnostic> diagnostics) =>
        diagnostics.Select(d => $"{d.Start.Line + 1},{d.Start.Character + 1} {NewsDiagnostic.SeverityWord(d.Severity)} {d.Id}").ToList();

    internal static IReadOnlyList<string> FormatQuotes(IEnumerable<Quotation> quotes) =>
        quotes.Select(q => $"{q.Start.Line + 1},{q.Start.Character + 1} {Source(q.Source)}{Suggested(q.IsSuggested)} {q.Kind} | {Escape(q.Text)}").ToList();

    internal static IReadOnlyList<string> FormatClaims(IEnumerable<Claim> claims) =>
        claims.Select(c => $"{c.Start.Line + 1},{c.Start.Character + 1} {Source(c.Source)}{Suggested(c.IsSuggested)} | {Escape(c.Text)}").ToList();

    private static string Source(SourceSymbol? source) => source is null ? "-" : "@" + source.Id;

    // Only suggested attributions are marked, so the files written before 0.2 keep their form.
    private static string Suggested(bool isSuggested) => isSuggested ? "?" : string.Empty;

    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\\' => "\\\\",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
