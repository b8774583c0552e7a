using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using NewsDsl.Generator;

namespace NewsDsl.Fuzz;

/// <summary>
/// Runs the real generator over one article, as a build would, and compiles what it emits: any
/// exception, NEWS000, or compiler error in generated code means article text escaped into code.
/// </summary>
public sealed class EmitterProbe
{
    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.Latest);
    private readonly CSharpCompilation _compilation = CSharpCompilation.Create(
        "FuzzConsumer",
        new[] { CSharpSyntaxTree.ParseText("namespace FuzzConsumer { internal static class Program { } }", s_parseOptions) },
        Basic.Reference.Assemblies.Net100.References.All,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>Null when all is well, else what went wrong.</summary>
    public string? Probe(string articleText)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new NewsGenerator().AsSourceGenerator() },
            new AdditionalText[] { new Article("fuzz.news", articleText) },
            s_parseOptions);
        driver = driver.RunGeneratorsAndUpdateCompilation(_compilation, out var output, out var generatorDiagnostics);
        var run = driver.GetRunResult();
        foreach (var result in run.Results)
        {
            if (result.Exception is not null)
            {
                return "generator threw: " + result.Exception;
            }
        }

        foreach (var diagnostic in generatorDiagnostics)
        {
            if (diagnostic.Id is "NEWS000" or "CS8785")
            {
                return diagnostic.ToString();
            }
        }

        foreach (var diagnostic in output.GetDiagnostics())
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error && diagnostic.Location.SourceTree?.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) == true)
            {
                return "generated code does not compile: " + diagnostic;
            }
        }

        return null;
    }

    private sealed class Article : AdditionalText
    {
        private readonly SourceText _text;

        public Article(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
