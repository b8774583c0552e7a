using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace NewsDsl.Generator.Tests.TestKit;

/// <summary>Runs <see cref="NewsAnalyzer"/> over additional files the way the compiler does in a build.</summary>
public static class AnalyzerHarness
{
    /// <summary>Only the diagnostics of one rule: the language keeps adding rules (NEWS100 on) that a test about another rule must not depend on.</summary>
    public static async Task<ImmutableArray<Diagnostic>> Analyze(
        string id,
        IEnumerable<AdditionalText> files,
        AnalyzerConfigOptionsProvider? options = null,
        CSharpCompilationOptions? compilationOptions = null) =>
        (await Analyze(files, options, compilationOptions)).Where(d => d.Id == id).ToImmutableArray();

    public static Task<ImmutableArray<Diagnostic>> Analyze(
        IEnumerable<AdditionalText> files,
        AnalyzerConfigOptionsProvider? options = null,
        CSharpCompilationOptions? compilationOptions = null,
        CancellationToken cancellationToken = default)
    {
        // Warnings stay warnings unless a test says otherwise (the generator tests compile with -warnaserror).
        var compilation = GeneratorHarness.CreateCompilation("internal static class Program { }");
        compilation = compilation.WithOptions(compilation.Options.WithGeneralDiagnosticOption(ReportDiagnostic.Default));
        if (compilationOptions is not null)
        {
            compilation = compilation.WithOptions(compilationOptions);
        }

        var analyzerOptions = new AnalyzerOptions(files.ToImmutableArray(), options ?? new TestOptionsProvider());
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new NewsAnalyzer()), analyzerOptions);
        return withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken);
    }

    /// <summary>Like the compiler's command line: <c>path(line,col): severity ID: message</c>, 1-based.</summary>
    public static string Format(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            DiagnosticSeverity.Info => "info",
            _ => "hidden",
        };
        return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {severity} {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }
}
