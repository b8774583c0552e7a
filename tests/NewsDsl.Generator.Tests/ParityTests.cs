using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using NewsDsl.Generator.Tests.TestKit;
using NewsDsl.Language;
using NewsDsl.Language.Text;
using Xunit;

namespace NewsDsl.Generator.Tests;

/// <summary>
/// The analyzer (what `dotnet build` and the IDE show) and the language core (what `newsdsl check`
/// prints) report exactly the same findings — same ID, severity, position and message — on every
/// conformance case and on the marked-up seed article.
/// </summary>
public sealed class ParityTests
{
    public static TheoryData<string> Articles()
    {
        var root = FindRoot();
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "tests", "NewsDsl.Language.Tests", "Conformance"), "*.news", SearchOption.AllDirectories)
            .Append(Path.Combine(root, "samples", "press-tv-264060-iran-strikes-back.news"))
            .OrderBy(f => f, StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(root, file).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public async Task The_build_reports_what_the_command_line_reports(string relativePath)
    {
        var content = File.ReadAllText(Path.Combine(FindRoot(), relativePath));
        var path = "/project/" + relativePath;
        var expected = NewsChecker.Check(NewsText.From(content, path)).Diagnostics.Select(d => d.ToString()).ToList();

        var actual = (await AnalyzerHarness.Analyze(new[] { new InMemoryAdditionalText(path, content) }))
            .Select(AnalyzerHarness.Format)
            .ToList();

        Assert.Equal(expected.OrderBy(s => s, StringComparer.Ordinal), actual.OrderBy(s => s, StringComparer.Ordinal));
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "NewsDsl.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("NewsDsl.sln not found");
    }
}
