namespace NewsDsl.Generator.Model;

/// <summary>One article with the names the project-wide plan gave it: the input of one generated file.</summary>
/// <param name="TextAsUtf8">
/// Store the texts of quotations, claims and figures as UTF-8 data (<c>"…"u8</c>), not string literals:
/// the project's literals would otherwise pass the compiler's limit on user strings (CS8103), see
/// <see cref="Planning.ProjectPlanner.LiteralBudget"/>.
/// </param>
internal sealed record ArticleUnit(ArticleInfo Article, string ClassName, string HintName, GeneratorOptions Options, bool TextAsUtf8 = false);
