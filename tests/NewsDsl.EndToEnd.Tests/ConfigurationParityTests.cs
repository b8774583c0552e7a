using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;
using Xunit.Abstractions;

namespace NewsDsl.EndToEnd.Tests;

/// <summary>
/// <c>dotnet build</c> of a packed consumer and <c>newsdsl check</c> of the same folder report the same
/// findings with the same severities, under a matrix of configurations held in ONE consumer (folders
/// with their own .editorconfig files, a global config, <c>root = true</c>): per ID, per category, all
/// analyzers, global config, <c>none</c>, <c>error</c>, the nested brace section of issue 9, and a
/// duplicate article id. Compared twice: the build's output lines against the CLI's text lines, and
/// the build's SARIF error log (<c>-p:ErrorLog=…,version=2.1</c>) against <c>check --format sarif</c>.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ConfigurationParityTests : IClassFixture<ConfigurationParityTests.Matrix>
{
    // The compiler's line, with the help link it appends to the message and MSBuild's project suffix.
    private static readonly Regex s_buildLine = new(@"^(?<path>/.+?\.news)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning) (?<id>NEWS\d{3}): (?<message>.*?)(?: \(https://[^ ]+\))? \[[^\]]+\.csproj\]$", RegexOptions.CultureInvariant);

    private readonly Matrix _matrix;
    private readonly ITestOutputHelper _output;

    public ConfigurationParityTests(Matrix matrix, ITestOutputHelper output)
    {
        _matrix = matrix;
        _output = output;
    }

    [Fact]
    public void The_build_and_newsdsl_check_print_the_same_findings_with_the_same_severities()
    {
        var result = _matrix.Result;
        _output.WriteLine($"build ({result.Build.Elapsed}):\n{result.Build.Output}\ncheck:\n{result.CheckText.Output}");

        var build = result.Build.Lines
            .Select(l => s_buildLine.Match(l))
            .Where(m => m.Success)
            .Select(m => $"{m.Groups["path"].Value}({m.Groups["line"].Value},{m.Groups["column"].Value}): {m.Groups["severity"].Value} {m.Groups["id"].Value}: {m.Groups["message"].Value}")
            .Distinct()
            .OrderBy(l => l, StringComparer.Ordinal)
            .ToList();
        var check = result.CheckText.Lines
            .Where(l => l.Contains("): error NEWS", StringComparison.Ordinal) || l.Contains("): warning NEWS", StringComparison.Ordinal))
            .OrderBy(l => l, StringComparer.Ordinal)
            .ToList();

        AssertSameSets(check, build, "newsdsl check", "dotnet build");
        foreach (var expected in Matrix.Expectations(result.Project))
        {
            Assert.Contains(check, l => l.StartsWith(expected, StringComparison.Ordinal));
        }

        foreach (var absent in Matrix.Absent(result.Project))
        {
            Assert.DoesNotContain(check, l => l.StartsWith(absent, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_sarif_of_newsdsl_check_has_the_results_of_the_builds_error_log()
    {
        var result = _matrix.Result;
        var log = Path.Combine(result.Project, "log.sarif");
        Assert.True(File.Exists(log), $"the build wrote no error log:\n{result.Build.Output}");

        var build = Results(File.ReadAllText(log), result.Project).Where(r => r.Contains("|NEWS", StringComparison.Ordinal)).OrderBy(r => r, StringComparer.Ordinal).ToList();
        // The tool's summary line goes to standard error, which the runner interleaves with the document.
        var sarif = string.Join("\n", result.CheckSarif.Output.Split('\n').Where(l => !l.StartsWith("newsdsl: ", StringComparison.Ordinal)));
        var check = Results(sarif, result.Project).OrderBy(r => r, StringComparer.Ordinal).ToList();
        _output.WriteLine(string.Join("\n", build));

        Assert.Contains(build, r => r.Contains("|note|", StringComparison.Ordinal));
        AssertSameSets(check, build, "newsdsl check --format sarif", "the build's error log");
    }

    /// <summary>
    /// Issue 17 §2: one matrix, every host. The build (its SARIF error log, which has infos too), <c>check --format
    /// json</c>, the language server (pushed and pulled) and <c>render</c>'s findings report the same
    /// (file, line, column, ID, severity) in every cell; then, case (c), a <c>.globalconfig</c> edited while the
    /// server runs changes what it reports exactly as it changes what <c>check</c> prints.
    /// </summary>
    [Fact]
    public async System.Threading.Tasks.Task Every_host_reports_the_same_findings_in_every_cell_of_the_matrix()
    {
        var result = _matrix.Result;
        var project = result.Project;
        var build = Results(File.ReadAllText(Path.Combine(project, "log.sarif")), project)
            .Where(r => r.Contains("|NEWS", StringComparison.Ordinal))
            .Select(HostFindings.FromSarifResult)
            .OrderBy(r => r, StringComparer.Ordinal)
            .ToList();
        var check = HostFindings.FromCheckJson(result.CheckJson.Output, project);
        var (pushed, pulled) = await HostFindings.FromLanguageServer(project);
        var rendered = result.RenderedFindings.OrderBy(r => r, StringComparer.Ordinal).ToList();
        _output.WriteLine("check:\n" + string.Join("\n", check));

        AssertSameSets(check, build, "check --format json", "the build's error log");
        AssertSameSets(pushed, check, "the language server (pushed)", "check --format json");
        AssertSameSets(pulled, check, "the language server (pulled)", "check --format json");
        AssertSameSets(rendered, check, "render", "check --format json");

        // The cells say what they are about.
        Assert.Contains(Path.Combine(project, "suppress-off/a.news") + "|8|30|NEWS010|warning", check);
        Assert.DoesNotContain(check, f => f.StartsWith(Path.Combine(project, "suppress-off/a.news") + "|11|", StringComparison.Ordinal));
        // NEWS109 none in the .globalconfig: the build's compiler drops every NEWS109, so no host reports one, not even
        // the info an .editorconfig's none leaves (measured: the build printed none in all three cells).
        Assert.DoesNotContain(check, f => f.Contains("|NEWS109|", StringComparison.Ordinal));
        Assert.Contains(check, f => f.StartsWith(Path.Combine(project, "twins-global/b.news") + "|", StringComparison.Ordinal));
        Assert.Contains(Path.Combine(project, "levels/a.news") + "|8|1|NEWS001|info", check);
        Assert.Contains(Path.Combine(project, "suppressions/a.news") + "|11|4|NEWS009|warning", check);
        Assert.Contains(Path.Combine(project, "no-id/missing.news") + "|1|1|NEWS008|info", check);
        Assert.Contains(Path.Combine(project, "no-id/invalid.news") + "|1|1|NEWS004|info", check);

        // (c) The server follows a .globalconfig edited while it runs, as check does.
        var globalConfig = Path.Combine(project, ".globalconfig");
        var original = File.ReadAllText(globalConfig);
        try
        {
            File.WriteAllText(globalConfig, original + "dotnet_diagnostic.NEWS003.severity = error\ndotnet_diagnostic.NEWS010.severity = error\n");
            var edited = HostFindings.FromCheckJson(_matrix.CheckJsonAgain(), project);
            File.WriteAllText(globalConfig, original);
            var (pushedAfterEdit, pulledAfterEdit) = await HostFindings.FromLanguageServer(
                project,
                () => File.WriteAllText(globalConfig, original + "dotnet_diagnostic.NEWS003.severity = error\ndotnet_diagnostic.NEWS010.severity = error\n"));
            Assert.Contains(Path.Combine(project, "suppress-off/a.news") + "|8|30|NEWS010|error", edited);
            AssertSameSets(pushedAfterEdit, edited, "the language server after the edit (pushed)", "check after the edit");
            AssertSameSets(pulledAfterEdit, edited, "the language server after the edit (pulled)", "check after the edit");
        }
        finally
        {
            File.WriteAllText(globalConfig, original);
        }
    }

    private static void AssertSameSets(IReadOnlyList<string> actual, IReadOnlyList<string> expected, string actualName, string expectedName)
    {
        var missing = expected.Except(actual).ToList();
        var extra = actual.Except(expected).ToList();
        Assert.True(
            missing.Count == 0 && extra.Count == 0,
            $"only in {expectedName}:\n{string.Join("\n", missing)}\nonly in {actualName}:\n{string.Join("\n", extra)}");
        Assert.Equal(expected.Count, actual.Count);
        Assert.True(expected.Count >= 10, $"only {expected.Count} findings: the matrix would prove little");
    }

    /// <summary>Each SARIF result as <c>path|line:col-endLine:endCol|ruleId|level|message</c>, paths made absolute.</summary>
    private static IEnumerable<string> Results(string sarif, string project)
    {
        using var document = JsonDocument.Parse(sarif);
        foreach (var run in document.RootElement.GetProperty("runs").EnumerateArray())
        {
            var bases = new Dictionary<string, Uri>(StringComparer.Ordinal);
            if (run.TryGetProperty("originalUriBaseIds", out var baseIds))
            {
                foreach (var baseId in baseIds.EnumerateObject())
                {
                    bases[baseId.Name] = new Uri(baseId.Value.GetProperty("uri").GetString()!);
                }
            }

            foreach (var result in run.GetProperty("results").EnumerateArray())
            {
                var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
                var artifact = location.GetProperty("artifactLocation");
                var uri = artifact.GetProperty("uri").GetString()!;
                var absolute = artifact.TryGetProperty("uriBaseId", out var baseName)
                    ? new Uri(bases[baseName.GetString()!], uri)
                    : new Uri(new Uri(project + "/"), uri);
                var region = location.GetProperty("region");
                var startLine = region.GetProperty("startLine").GetInt32();
                var endLine = region.TryGetProperty("endLine", out var end) ? end.GetInt32() : startLine;
                var level = result.TryGetProperty("level", out var l) ? l.GetString() : "warning";
                yield return $"{absolute.LocalPath}|{startLine}:{region.GetProperty("startColumn").GetInt32()}-{endLine}:{region.GetProperty("endColumn").GetInt32()}|{result.GetProperty("ruleId").GetString()}|{level}|{result.GetProperty("message").GetProperty("text").GetString()}";
            }
        }
    }

    /// <summary>The one consumer, built once for both tests.</summary>
    public sealed class Matrix
    {
        private readonly Lazy<MatrixResult> _result;

        public Matrix(PackageFixture package)
        {
            _package = package;
            _result = new Lazy<MatrixResult>(() => Run(package));
        }

        public MatrixResult Result => _result.Value;

        private PackageFixture? _package;

        /// <summary><c>check --format json</c> of the consumer as its files are now.</summary>
        public string CheckJsonAgain() =>
            _package!.Dotnet(Result.Project, Path.Combine(AppContext.BaseDirectory, "newsdsl.dll"), "check", "--format", "json", Result.Project).Output;

        private const string Header = "---\nid: {0}\nheadline: Parity\n---\n@source zarif person name=\"Mohammad Javad Zarif\"\n@source officials anonymous name=\"Two officials\"\n\n";

        // NEWS001 at 8,1 (attribution) and NEWS005 at 6,9 (sources) in Warning; NEWS002 (an error) in Faulty.
        private static string Warning(string id) => string.Format(Header, id) +
            "“Iran took proportionate measures,” Zarif said, adding [Tehran did not seek escalation]{@zarif}.\n\n“No one was hurt,”{@officials} they said.\n";

        private static string Faulty(string id) => string.Format(Header, id) +
            "“Iran took proportionate measures,”{@zarif} Zarif said.\n\n“No one was hurt,”{@officials} they said, and [more]{@nobody}.\n";

        /// <summary>Folder, configuration, articles: each folder one cell of the matrix.</summary>
        private static Dictionary<string, string> Files() => new()
        {
            // Project root: "error" for NEWS001 everywhere below, unless a nearer file says otherwise.
            [".editorconfig"] = "root = true\n\n[*.cs]\nindent_size = 4\n\n[*.news]\ndotnet_diagnostic.NEWS001.severity = error\n",
            // A global config: NEWS005 (sources) as an error for every article of the project, and NEWS109 off:
            // the compiler then drops every NEWS109 (cells twins, twins-none, twins-global), so no host reports one.
            [".globalconfig"] = "is_global = true\ndotnet_diagnostic.NEWS005.severity = error\ndotnet_diagnostic.NEWS109.severity = none\n",
            ["Program.cs"] = "System.Console.WriteLine(Consumer.News.NewsArticles.All.Count);\n",
            ["root-error.news"] = Warning("root-error"),
            // per ID: NEWS001 back to warning.
            ["per-id/.editorconfig"] = "[*.news]\ndotnet_diagnostic.NEWS001.severity = warning\n",
            ["per-id/a.news"] = Warning("per-id"),
            // category: every Attribution rule a suggestion, but the root's per-ID NEWS001 error still wins.
            ["category/.editorconfig"] = "[*.news]\ndotnet_analyzer_diagnostic.category-Attribution.severity = suggestion\n",
            ["category/a.news"] = Warning("category"),
            // An error of its own (NEWS002, an undeclared source).
            ["faulty.news"] = Faulty("faulty"),
            // all analyzers: everything not configured per ID becomes an error... here warnings become infos.
            ["all/.editorconfig"] = "root = true\n[*.news]\ndotnet_analyzer_diagnostic.severity = suggestion\n",
            ["all/a.news"] = Warning("all-analyzers"),
            // none: NEWS001 off.
            ["none/.editorconfig"] = "[*.news]\ndotnet_diagnostic.NEWS001.severity = none\n",
            ["none/a.news"] = Warning("none"),
            // root = true: the root's NEWS001 error does not reach here (the global config still does).
            ["rooted/.editorconfig"] = "root = true\n",
            ["rooted/a.news"] = Warning("rooted"),
            // issue 9: a nested folder with only .news files and a brace section.
            ["News/.editorconfig"] = "[{council,other}.news]\ndotnet_diagnostic.NEWS001.severity = none\n",
            ["News/council.news"] = Warning("council"),
            ["News/budget.news"] = Warning("budget"),
            // A duplicate article id: NEWS109 in the later path.
            // Under the global none, a nearer .editorconfig's error for NEWS109 does not bring it back in a build.
            ["twins/.editorconfig"] = "[*.news]\ndotnet_diagnostic.NEWS109.severity = error\n",
            ["twins/a.news"] = Warning("twin"),
            ["twins/b.news"] = Warning("twin"),

            // Issue 17 §2, every host (HostParityMatrixTests). (a) NEWS001 off, with a suppression comment that
            // hides nothing (NEWS010 everywhere) and one that hides a real quotation (nothing anywhere).
            ["suppress-off/.editorconfig"] = "[*.news]\ndotnet_diagnostic.NEWS001.severity = none\n",
            ["suppress-off/a.news"] = string.Format(Header, "suppress-off")
                + "%% newsdsl-disable-next-line NEWS001 -- the sidebar attributes it\n“Iran took proportionate measures,”{@zarif} Zarif said.\n\n"
                + "%% newsdsl-disable-next-line NEWS001 -- chanted by the crowd\n“No one was hurt,” they chanted, and [more]{@officials}.\n",
            // (b) NEWS109 off: still reported, as info, in the later article.
            ["twins-none/.editorconfig"] = "[*.news]\ndotnet_diagnostic.NEWS109.severity = none\n",
            ["twins-none/a.news"] = Warning("twin-none"),
            ["twins-none/b.news"] = Warning("twin-none"),
            // NEWS109 none in the .globalconfig only.
            ["twins-global/a.news"] = Warning("twin-global"),
            ["twins-global/b.news"] = Warning("twin-global"),
            // A rule at suggestion, one at error, one at none.
            ["levels/.editorconfig"] = "[*.news]\ndotnet_diagnostic.NEWS001.severity = suggestion\ndotnet_diagnostic.NEWS005.severity = none\ndotnet_diagnostic.NEWS003.severity = error\n",
            ["levels/a.news"] = Warning("levels"),
            // Suppressions with and without a reason (NEWS009 for the latter; it still suppresses).
            ["suppressions/a.news"] = string.Format(Header, "suppressions")
                + "%% newsdsl-disable-next-line NEWS001 -- chanted by the crowd\n“Death to America,” the crowd chanted.\n\n"
                + "%% newsdsl-disable-next-line NEWS001\n“No one was hurt,” they said, and [more]{@zarif}.\n",
            // NEWS004 and NEWS008 off: an article without a (valid) id is still explained, as info.
            ["no-id/.editorconfig"] = "[*.news]\ndotnet_diagnostic.NEWS004.severity = none\ndotnet_diagnostic.NEWS008.severity = none\n",
            ["no-id/missing.news"] = "---\nheadline: No id\n---\n\nWords.\n",
            ["no-id/invalid.news"] = "---\nid: Not A Valid Id!\nheadline: Bad id\n---\n\nWords.\n",
            // The global config makes NEWS005 an error; a nearer .editorconfig turns it off.
            ["editorconfig-over-global/.editorconfig"] = "[*.news]\ndotnet_diagnostic.NEWS005.severity = none\n",
            ["editorconfig-over-global/a.news"] = Warning("editorconfig-over-global"),
            ["editorconfig-warning-under-global/.editorconfig"] = "[*.news]\ndotnet_diagnostic.NEWS005.severity = warning\n",
            ["editorconfig-warning-under-global/a.news"] = Warning("editorconfig-warning-under-global"),
        };

        /// <summary>Lines the check must print (so the parity is about the configurations, not about nothing).</summary>
        public static IEnumerable<string> Expectations(string project)
        {
            yield return Line(project, "root-error.news", 8, 1, "error", "NEWS001");
            yield return Line(project, "per-id/a.news", 8, 1, "warning", "NEWS001");
            yield return Line(project, "category/a.news", 8, 1, "error", "NEWS001");
            yield return Line(project, "rooted/a.news", 8, 1, "warning", "NEWS001");
            yield return Line(project, "rooted/a.news", 6, 9, "error", "NEWS005");
            yield return Line(project, "News/budget.news", 8, 1, "error", "NEWS001");
        }

        /// <summary>Prefixes of lines the check must not print.</summary>
        public static IEnumerable<string> Absent(string project)
        {
            yield return Path.Combine(project, "none/a.news") + "(8,1)";
            yield return Path.Combine(project, "News/council.news") + "(8,1)";
            yield return Path.Combine(project, "all/a.news") + "(8,1)";
        }

        private static string Line(string project, string relative, int line, int column, string severity, string id) =>
            $"{Path.Combine(project, relative)}({line},{column}): {severity} {id}: ";

        private static MatrixResult Run(PackageFixture package)
        {
            var project = package.CreateConsumer("parity-matrix", Files());
            var build = package.Dotnet(project, "build", "-p:GenerateFullPaths=true", "-nodeReuse:false", "-p:ErrorLog=log.sarif%2Cversion=2.1");
            var tool = Path.Combine(AppContext.BaseDirectory, "newsdsl.dll");
            var checkText = package.Dotnet(project, tool, "check", project);
            var checkSarif = package.Dotnet(project, tool, "check", "--format", "sarif", project);
            var checkJson = package.Dotnet(project, tool, "check", "--format", "json", project);
            var pages = HostFindings.Render(package, project, tool);
            return new MatrixResult(project, build, checkText, checkSarif, checkJson, pages);
        }
    }

    public sealed record MatrixResult(string Project, ProcessResult Build, ProcessResult CheckText, ProcessResult CheckSarif, ProcessResult CheckJson, IReadOnlyList<string> RenderedFindings);
}
