using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NewsDsl.Generator.Tests.TestKit;
using NewsDsl.Language.Rules;
using Xunit;

namespace NewsDsl.Generator.Tests;

/// <summary>
/// What a build reports (the analyzer's per-file findings and the generator's project-wide ones, with
/// the configuration files the package passes along) and what <c>newsdsl check</c> prints for the same
/// folder on disk (its real entry point, its own configuration discovery) are the same lines — ID,
/// severity, position and message — for every conformance case and the marked-up seed article, under
/// each kind of configuration. The end-to-end tests repeat a matrix of this against a real build.
/// </summary>
public sealed class ParityTests
{
    private static readonly string Category = NewsRules.Find("NEWS001")!.Category;

    /// <summary>Configuration variants: files to write (relative path, text) into the folder of the articles.</summary>
    public static TheoryData<string, string[]> Configurations() => new()
    {
        { "none", new[] { ".editorconfig", "root = true\n" } },
        { "per-id", new[] { ".editorconfig", "root = true\n[*.news]\ndotnet_diagnostic.NEWS001.severity = error\ndotnet_diagnostic.NEWS003.severity = none\ndotnet_diagnostic.NEWS002.severity = warning\n" } },
        { "category", new[] { ".editorconfig", $"root = true\n[*.news]\ndotnet_analyzer_diagnostic.category-{Category}.severity = error\n" } },
        { "all-analyzers", new[] { ".editorconfig", "root = true\n[*.news]\ndotnet_analyzer_diagnostic.severity = suggestion\ndotnet_diagnostic.NEWS004.severity = error\n" } },
        { "global", new[] { ".editorconfig", "root = true\n[*.news]\ndotnet_diagnostic.NEWS001.severity = none\n", ".globalconfig", "is_global = true\ndotnet_diagnostic.NEWS001.severity = error\ndotnet_diagnostic.NEWS109.severity = warning\ndotnet_analyzer_diagnostic.severity = suggestion\n" } },
        // Issue 17 (a): rules named by suppression comments turned off; NEWS010 must not depend on the host.
        { "suppressed-rules-off", new[] { ".editorconfig", "root = true\n[*.news]\ndotnet_diagnostic.NEWS001.severity = none\ndotnet_diagnostic.NEWS003.severity = none\ndotnet_diagnostic.NEWS106.severity = none\n" } },
        // Never silent: what costs an article its class is said at info when turned off, by every host.
        { "never-silent", new[] { ".editorconfig", "root = true\n[*.news]\ndotnet_diagnostic.NEWS004.severity = none\ndotnet_diagnostic.NEWS008.severity = none\ndotnet_diagnostic.NEWS109.severity = none\n" } },
        { "nested-root", new[] { ".editorconfig", "root = true\n[*.news]\ndotnet_diagnostic.NEWS001.severity = error\n", "tests/.editorconfig", "root = true\n[{diagnostics,quotations}/*.news]\ndotnet_diagnostic.NEWS001.severity = none\n" } },
    };

    [Theory]
    [MemberData(nameof(Configurations))]
    public async Task The_build_reports_what_the_command_line_prints(string name, string[] configuration)
    {
        var root = FindRoot();
        var folder = Path.Combine(Path.GetTempPath(), "newsdsl-parity-" + name + "-" + Guid.NewGuid().ToString("N"));
        try
        {
            var files = new List<AdditionalText>();
            for (var i = 0; i < configuration.Length; i += 2)
            {
                files.Add(Write(folder, configuration[i], configuration[i + 1]));
            }

            var articles = Directory.EnumerateFiles(Path.Combine(root, "tests", "NewsDsl.Language.Tests", "Conformance"), "*.news", SearchOption.AllDirectories)
                .Append(Path.Combine(root, "samples", "press-tv-264060-iran-strikes-back.news"))
                .ToList();
            foreach (var article in articles)
            {
                files.Add(Write(folder, Path.GetRelativePath(root, article), File.ReadAllText(article)));
            }

            var analyzer = await AnalyzerHarness.Analyze(files);
            // Warnings stay warnings, as in the analyzer run (the harness compiles with -warnaserror).
            var compilation = GeneratorHarness.CreateCompilation("internal static class Program { }");
            compilation = compilation.WithOptions(compilation.Options.WithGeneralDiagnosticOption(ReportDiagnostic.Default));
            var generator = GeneratorHarness.CreateDriver(files).RunGenerators(compilation).GetRunResult().Results.Single().Diagnostics;
            var build = analyzer.Concat(generator).Select(AnalyzerHarness.Format).OrderBy(s => s, StringComparer.Ordinal).ToList();

            var stdout = new StringWriter();
            var exit = NewsDsl.Cli.Program.Run(new[] { "check", folder }, stdout, new StringWriter());
            var cli = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).OrderBy(s => s, StringComparer.Ordinal).ToList();

            Assert.True(exit is 0 or 1, $"exit {exit}");
            Assert.True(cli.Count > articles.Count / 2, $"only {cli.Count} findings for {articles.Count} articles: the comparison would prove little");
            var onlyCli = cli.Except(build).ToList();
            var onlyBuild = build.Except(cli).ToList();
            Assert.True(onlyCli.Count == 0 && onlyBuild.Count == 0, $"only in newsdsl check:\n{string.Join("\n", onlyCli)}\nonly in the build:\n{string.Join("\n", onlyBuild)}");
            Assert.Equal(cli, build);
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static InMemoryAdditionalText Write(string folder, string relativePath, string content)
    {
        var path = Path.Combine(folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return new InMemoryAdditionalText(path, content);
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
