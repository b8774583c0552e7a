namespace NewsDsl.Generator;

/// <summary>
/// The names of the generator's incremental steps (<c>WithTrackingName</c>), public so that tests
/// and anyone profiling the generator can ask Roslyn what each step did on a run.
/// </summary>
public static class TrackingNames
{
    /// <summary>The compiler's options and parse options, together.</summary>
    public const string OptionsInputs = nameof(OptionsInputs);

    /// <summary>The project's options: namespace, generator version, C# version.</summary>
    public const string Options = nameof(Options);

    /// <summary>The additional files that are <c>.news</c> files.</summary>
    public const string NewsFiles = nameof(NewsFiles);

    /// <summary>The additional files that are configuration (<c>.editorconfig</c>, global configs), passed along by the package.</summary>
    public const string EditorConfigFiles = nameof(EditorConfigFiles);

    /// <summary>The text of each configuration file.</summary>
    public const string EditorConfigTexts = nameof(EditorConfigTexts);

    /// <summary>Every configuration text at once.</summary>
    public const string AllEditorConfigTexts = nameof(AllEditorConfigTexts);

    /// <summary>The configuration, parsed once and comparable by the files' texts (for rule severities in <c>.news</c> files).</summary>
    public const string EditorConfigs = nameof(EditorConfigs);

    /// <summary>Each article, bound and copied into equatable records, without configuration.</summary>
    public const string Articles = nameof(Articles);

    /// <summary>Each article record with the configuration.</summary>
    public const string ArticlesWithConfiguration = nameof(ArticlesWithConfiguration);

    /// <summary>Each article with the severities configured for its file (joined late: no article is bound again for a configuration edit).</summary>
    public const string ConfiguredArticles = nameof(ConfiguredArticles);

    /// <summary>Every article at once.</summary>
    public const string AllArticles = nameof(AllArticles);

    /// <summary>Everything the plan is made from: the articles and the options.</summary>
    public const string PlanInputs = nameof(PlanInputs);

    /// <summary>The project-wide plan: class and hint names, NEWS006 across articles.</summary>
    public const string Plan = nameof(Plan);

    /// <summary>Each article that gets a class, with its names.</summary>
    public const string ArticleUnits = nameof(ArticleUnits);

    /// <summary>The generated code of each article.</summary>
    public const string ArticleCode = nameof(ArticleCode);

    /// <summary>What the <c>NewsArticles</c> class lists.</summary>
    public const string Index = nameof(Index);

    /// <summary>The generated code of <c>NewsArticles</c>.</summary>
    public const string IndexCode = nameof(IndexCode);

    /// <summary>The generated runtime types (<c>Article</c>, <c>Source</c>, <c>Quote</c>…).</summary>
    public const string RuntimeCode = nameof(RuntimeCode);

    /// <summary>The project-wide diagnostics to report.</summary>
    public const string ProjectDiagnostics = nameof(ProjectDiagnostics);
}
