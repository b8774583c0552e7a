namespace NewsDsl.Generator.Model;

/// <summary>
/// What the whole project generates: the articles that get a class (in path order), the index,
/// and the project-wide diagnostics (NEWS006 across articles, NEWS000 for articles that failed).
/// </summary>
internal sealed record ProjectPlan(
    EquatableArray<ArticleUnit> Units,
    IndexInfo Index,
    EquatableArray<DiagnosticInfo> Diagnostics);
