using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using NewsDsl.Configuration;
using NewsDsl.Generator.Diagnostics;
using NewsDsl.Generator.Emit;
using NewsDsl.Generator.Model;
using NewsDsl.Generator.Planning;
using NewsDsl.Language.Rules;

namespace NewsDsl.Generator;

/// <summary>
/// Generates a static class per <c>.news</c> article, the project-wide <c>NewsArticles</c> list
/// and the types they are made of. Every step's output is an equatable record of strings and
/// numbers, so an edit to C# code re-runs nothing and an edit to one article regenerates only it.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class NewsGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Combine(context.ParseOptionsProvider)
            .WithTrackingName(TrackingNames.OptionsInputs)
            .Select(static (pair, _) => ReadOptions(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Options);

        var files = context.AdditionalTextsProvider
            .Where(static file => IsNewsFile(file.Path))
            .WithTrackingName(TrackingNames.NewsFiles);

        // The project's configuration files (.editorconfig, global configs), which the package passes
        // along so that severities reach diagnostics in .news files (see SeverityOptions).
        var configuration = context.AdditionalTextsProvider
            .Where(static file => SeverityOptions.IsConfigurationFile(file.Path))
            .WithTrackingName(TrackingNames.EditorConfigFiles)
            .Select(static (file, cancellationToken) => ReadEditorConfig(file, cancellationToken))
            .WithTrackingName(TrackingNames.EditorConfigTexts)
            .Collect()
            .WithTrackingName(TrackingNames.AllEditorConfigTexts)
            .Select(static (configs, _) => ToSeverityOptions(configs))
            .WithTrackingName(TrackingNames.EditorConfigs);

        // Reading and binding depends on the file alone: an edit to the configuration binds nothing again.
        var read = files
            .Select(static (file, cancellationToken) => ArticleReader.Read(file, cancellationToken))
            .WithTrackingName(TrackingNames.Articles);

        // Configuration is joined late and cheaply (severities only); an unchanged result leaves
        // everything after it cached.
        var articles = read
            .Combine(configuration)
            .WithTrackingName(TrackingNames.ArticlesWithConfiguration)
            .Select(static (input, _) => ArticleReader.Configure(input.Left, input.Right))
            .WithTrackingName(TrackingNames.ConfiguredArticles);

        // The plan needs only the article records (each carries its identity for NEWS006), never
        // the files: so an unchanged set of records leaves it cached whatever else happens.
        var plan = articles.Collect()
            .WithTrackingName(TrackingNames.AllArticles)
            .Combine(options)
            .WithTrackingName(TrackingNames.PlanInputs)
            .Select(static (input, cancellationToken) => ProjectPlanner.Plan(input.Left, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Plan);

        var articleCode = plan
            .SelectMany(static (p, _) => p.Units)
            .WithTrackingName(TrackingNames.ArticleUnits)
            .Select(static (unit, cancellationToken) => EmitArticle(unit, cancellationToken))
            .WithTrackingName(TrackingNames.ArticleCode);
        context.RegisterSourceOutput(articleCode, static (spc, file) => AddSource(spc, file));

        var indexCode = plan
            .Select(static (p, _) => p.Index)
            .WithTrackingName(TrackingNames.Index)
            .Select(static (index, cancellationToken) => EmitIndex(index, cancellationToken))
            .WithTrackingName(TrackingNames.IndexCode);
        context.RegisterSourceOutput(indexCode, static (spc, file) => AddSource(spc, file));

        var runtimeCode = options
            .Select(static (o, _) => RuntimeEmitter.Emit(o))
            .WithTrackingName(TrackingNames.RuntimeCode);
        context.RegisterSourceOutput(runtimeCode, static (spc, files) =>
        {
            foreach (var file in files)
            {
                AddSource(spc, file);
            }
        });

        var diagnostics = plan
            .Select(static (p, _) => p.Diagnostics)
            .WithTrackingName(TrackingNames.ProjectDiagnostics);
        context.RegisterSourceOutput(diagnostics, static (spc, list) =>
        {
            foreach (var diagnostic in list)
            {
                Report(spc, diagnostic);
            }
        });
    }

    /// <summary>Whether an additional file is an article: the extension, case-insensitively (Windows users type .NEWS too).</summary>
    internal static bool IsNewsFile(string path) => path.EndsWith(".news", StringComparison.OrdinalIgnoreCase);

    // Settings that cannot be read give the defaults rather than no code at all.
    private static GeneratorOptions ReadOptions(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider provider, ParseOptions parseOptions)
    {
        try
        {
            return OptionsReader.Read(provider.GlobalOptions, parseOptions);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new GeneratorOptions("News", OptionsReader.GeneratorVersion, NullableAnnotations: true);
        }
    }

    // An .editorconfig that cannot be read counts as empty, as it would for the compiler.
    private static EditorConfigFile ReadEditorConfig(AdditionalText file, CancellationToken cancellationToken)
    {
        try
        {
            return new EditorConfigFile(file.Path, file.GetText(cancellationToken)?.ToString() ?? string.Empty);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new EditorConfigFile(file.Path, string.Empty);
        }
    }

    // In path order, so the set compares equal however the compiler lists the files.
    private static SeverityOptions ToSeverityOptions(System.Collections.Immutable.ImmutableArray<EditorConfigFile> configs)
    {
        var files = new System.Collections.Generic.List<System.Collections.Generic.KeyValuePair<string, string>>(configs.Length);
        foreach (var config in configs.Sort(static (a, b) => string.CompareOrdinal(a.Path, b.Path)))
        {
            files.Add(new System.Collections.Generic.KeyValuePair<string, string>(config.Path, config.Text));
        }

        return SeverityOptions.From(files);
    }

    private static GeneratedFile EmitArticle(ArticleUnit unit, CancellationToken cancellationToken)
    {
        try
        {
            TestHooks.OnEmit?.Invoke(unit.HintName);
            cancellationToken.ThrowIfCancellationRequested();
            return new GeneratedFile(unit.HintName, ArticleEmitter.Emit(unit), null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            // Never silent, even with NEWS000 turned off: the article loses its class.
            return new GeneratedFile(unit.HintName, string.Empty, Failures.Create(unit.Article.Path, exception, unit.Article.NoClassSeverityOf(NewsRules.InternalError)));
        }
    }

    private static GeneratedFile EmitIndex(IndexInfo index, CancellationToken cancellationToken)
    {
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            return new GeneratedFile(IndexEmitter.HintName, IndexEmitter.Emit(index), null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            return new GeneratedFile(IndexEmitter.HintName, string.Empty, Failures.CreateForProject(exception));
        }
    }

    // A failed file reports NEWS000 instead of adding half a class; AddSource itself can throw
    // (a hint name taken twice), and that must not crash the generator either.
    private static void AddSource(SourceProductionContext context, GeneratedFile file)
    {
        if (file.Failure is { } failure)
        {
            Report(context, failure);
            return;
        }

        if (file.Text.Length == 0)
        {
            return;
        }

        try
        {
            context.AddSource(file.HintName, file.Text);
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            Report(context, Failures.CreateForProject(exception));
        }
    }

    // Reporting can throw too (Roslyn validates locations); then say so without a location.
    private static void Report(SourceProductionContext context, DiagnosticInfo diagnostic)
    {
        try
        {
            context.ReportDiagnostic(RoslynDiagnostics.Create(diagnostic));
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            context.ReportDiagnostic(RoslynDiagnostics.Create(Failures.CreateForProject(exception)));
        }
    }
}
