using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Xml.Linq;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace NewsDsl.Generator.Tests.TestKit;

/// <summary>Runs the generator in process over a consumer compilation, the way the compiler does in a build.</summary>
public static class GeneratorHarness
{
    public const string RootNamespace = "Consumer";

    public static CSharpParseOptions ParseOptions(LanguageVersion version = LanguageVersion.Latest) =>
        new(version, DocumentationMode.Diagnose);

    /// <summary>
    /// A consumer as strict as a project can be: nullable on, every warning level, warnings as
    /// errors, and documentation diagnostics (what GenerateDocumentationFile turns on).
    /// </summary>
    public static CSharpCompilation CreateCompilation(string code = "", LanguageVersion version = LanguageVersion.Latest, string assemblyName = "Consumer")
    {
        var trees = string.IsNullOrEmpty(code)
            ? Array.Empty<SyntaxTree>()
            : new[] { CSharpSyntaxTree.ParseText(code, ParseOptions(version), path: "Program.cs", encoding: Encoding.UTF8) };
        return CSharpCompilation.Create(
            assemblyName,
            trees,
            Net100.References.All,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: version >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable,
                generalDiagnosticOption: ReportDiagnostic.Error,
                warningLevel: 9999,
                deterministic: true));
    }

    public static GeneratorDriver CreateDriver(
        IEnumerable<AdditionalText> articles,
        AnalyzerConfigOptionsProvider? options = null,
        LanguageVersion version = LanguageVersion.Latest,
        bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            new[] { new NewsGenerator().AsSourceGenerator() },
            articles,
            ParseOptions(version),
            options ?? TestOptionsProvider.WithRootNamespace(RootNamespace),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    public static GeneratorRun Run(params (string Path, string Text)[] articles) =>
        Run(articles.Select(a => (AdditionalText)new InMemoryAdditionalText(a.Path, a.Text)).ToArray());

    public static GeneratorRun Run(IReadOnlyList<AdditionalText> articles, AnalyzerConfigOptionsProvider? options = null, LanguageVersion version = LanguageVersion.Latest, string code = "")
    {
        var compilation = CreateCompilation(code, version);
        var driver = CreateDriver(articles, options, version);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var driverDiagnostics);
        var result = driver.GetRunResult();
        return new GeneratorRun(result, (CSharpCompilation)output, driverDiagnostics);
    }

    /// <summary>Reads an article shipped with the tests (Articles/*.news).</summary>
    public static InMemoryAdditionalText Article(string fileName, string? path = null) =>
        new(path ?? "/project/articles/" + fileName, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Articles", fileName)));
}

/// <summary>The outcome of one generator run: the sources, the generator's diagnostics, and the compilation with the sources added.</summary>
public sealed class GeneratorRun
{
    public GeneratorRun(GeneratorDriverRunResult result, CSharpCompilation output, ImmutableArray<Diagnostic> driverDiagnostics)
    {
        Result = result;
        Output = output;
        DriverDiagnostics = driverDiagnostics;
    }

    public GeneratorDriverRunResult Result { get; }

    public CSharpCompilation Output { get; }

    /// <summary>Diagnostics about running the generator (CS8785 when it throws) plus those it reported.</summary>
    public ImmutableArray<Diagnostic> DriverDiagnostics { get; }

    public ImmutableArray<Diagnostic> GeneratorDiagnostics => Result.Results.Single().Diagnostics;

    public GeneratorRunResult Single => Result.Results.Single();

    public IReadOnlyDictionary<string, string> Sources =>
        Single.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);

    public string Source(string hintName) =>
        Sources.TryGetValue(hintName, out var text)
            ? text
            : throw new Xunit.Sdk.XunitException($"No generated file '{hintName}'; there are: {string.Join(", ", Sources.Keys)}");

    /// <summary>The generator must never throw: an exception shows up as CS8785 from the driver.</summary>
    public void AssertGeneratorDidNotThrow()
    {
        Assert.Null(Single.Exception);
        Assert.DoesNotContain(DriverDiagnostics, d => d.Id == "CS8785");
    }

    /// <summary>The consumer compilation with the generated code has no diagnostic at all, hidden ones included.</summary>
    public void AssertCompilesClean()
    {
        AssertGeneratorDidNotThrow();
        var diagnostics = Output.GetDiagnostics();
        Assert.True(diagnostics.IsEmpty, "The generated code has diagnostics:\n" + string.Join("\n", diagnostics));
    }

    /// <summary>Emits the consumer assembly (with its XML documentation) and loads it in a collectible context.</summary>
    public LoadedAssembly Load()
    {
        using var pe = new MemoryStream();
        using var xml = new MemoryStream();
        var emit = Output.Emit(pe, xmlDocumentationStream: xml);
        Assert.True(emit.Success, "Emit failed:\n" + string.Join("\n", emit.Diagnostics));
        pe.Position = 0;
        xml.Position = 0;
        var context = new AssemblyLoadContext("generated-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        var assembly = context.LoadFromStream(pe);
        return new LoadedAssembly(context, assembly, XDocument.Load(xml));
    }
}

/// <summary>A generated assembly loaded for reflection; unloaded when disposed.</summary>
public sealed class LoadedAssembly : IDisposable
{
    private readonly AssemblyLoadContext _context;

    public LoadedAssembly(AssemblyLoadContext context, Assembly assembly, XDocument documentation)
    {
        _context = context;
        Assembly = assembly;
        Documentation = documentation;
    }

    public Assembly Assembly { get; }

    /// <summary>The XML documentation file the compiler wrote: proof that every doc comment is well-formed.</summary>
    public XDocument Documentation { get; }

    public Type Type(string fullName) =>
        Assembly.GetType(fullName) ?? throw new Xunit.Sdk.XunitException($"No type {fullName} in {string.Join(", ", Assembly.GetTypes().Select(t => t.FullName))}");

    public object? Static(string typeName, string member)
    {
        var type = Type(typeName);
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Static;
        if (type.GetProperty(member, flags) is { } property)
        {
            return property.GetValue(null);
        }

        if (type.GetField(member, flags) is { } field)
        {
            return field.GetValue(null);
        }

        throw new Xunit.Sdk.XunitException($"{typeName} has no public static member {member}");
    }

    public static object? Get(object instance, string property) =>
        instance.GetType().GetProperty(property)?.GetValue(instance)
        ?? (instance.GetType().GetProperty(property) is null ? throw new Xunit.Sdk.XunitException($"No property {property} on {instance.GetType()}") : null);

    public void Dispose() => _context.Unload();
}
