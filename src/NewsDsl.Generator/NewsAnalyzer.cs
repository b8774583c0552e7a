using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NewsDsl.Configuration;
using NewsDsl.Generator.Diagnostics;
using NewsDsl.Language;
using NewsDsl.Language.Rules;
using NewsDsl.Language.Text;

namespace NewsDsl.Generator;

/// <summary>
/// Reports the language's diagnostics inside each <c>.news</c> file, so that <c>dotnet build</c>
/// and the IDE show <c>article.news(12,5): warning NEWS001: …</c> exactly as the command line does.
/// The project-wide NEWS109 comes from <see cref="NewsGenerator"/>, which sees every article.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NewsAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => RoslynDiagnostics.Supported;

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            // The .editorconfig files are the same for every article: read them once per compilation.
            var severities = new Lazy<SeverityOptions>(() => ReadEditorConfigs(start.Options.AdditionalFiles, start.CancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);
            start.RegisterAdditionalFileAction(file => AnalyzeFile(file, severities));
        });
    }

    // Every configuration file the package passed along (.editorconfig files, global configs).
    private static SeverityOptions ReadEditorConfigs(ImmutableArray<AdditionalText> files, CancellationToken cancellationToken)
    {
        var configs = new List<KeyValuePair<string, string>>();
        foreach (var file in files)
        {
            if (SeverityOptions.IsConfigurationFile(file.Path) && file.GetText(cancellationToken) is { } text)
            {
                configs.Add(new KeyValuePair<string, string>(file.Path, text.ToString()));
            }
        }

        return SeverityOptions.From(configs);
    }

    private static void AnalyzeFile(AdditionalFileAnalysisContext context, Lazy<SeverityOptions> severities)
    {
        var file = context.AdditionalFile;
        if (!NewsGenerator.IsNewsFile(file.Path))
        {
            return;
        }

        Analyze(file, severities, context.ReportDiagnostic, context.CancellationToken);
    }

    /// <summary>
    /// One article: the core's findings with the configured severities, or NEWS000 on any failure.
    /// Cancellation is passed on, never turned into a finding. Separate from the Roslyn callback so tests can drive it.
    /// </summary>
    internal static void Analyze(AdditionalText file, Lazy<SeverityOptions> severities, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        var configured = SeverityOptions.None;
        try
        {
            configured = severities.Value;
            TestHooks.OnAnalyze?.Invoke(file.Path);
            var content = file.GetText(cancellationToken)?.ToString();
            if (content is null)
            {
                ReportFailure(report, file.Path, configured, "the file could not be read");
                return;
            }

            // The file's configured severities go into the core, which applies them, resolves the suppression
            // comments under them and adds what must never be silent: the verdict is reported as it is.
            var options = new NewsCheckOptions { Severities = configured.EffectiveForAll(file.Path, NewsRules.Descriptors) };
            var result = NewsProject.CheckArticle(new NewsArticleInput(NewsText.From(content, file.Path), options), cancellationToken);
            foreach (var diagnostic in result.Diagnostics)
            {
                report(RoslynDiagnostics.Create(diagnostic));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            ReportFailure(report, file.Path, configured, Failures.Describe(exception));
        }
    }

    private static void ReportFailure(Action<Diagnostic> report, string path, SeverityOptions configured, string reason)
    {
        var rule = NewsRules.InternalError;
        if (configured.Effective(path, rule) is { } severity)
        {
            report(RoslynDiagnostics.Create(Failures.Create(path, reason, severity)));
        }
    }
}
