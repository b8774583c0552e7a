namespace NewsDsl.Generator.Model;

/// <summary>One article with the names the project-wide plan gave it: the input of one generated file.</summary>
internal sealed record ArticleUnit(ArticleInfo Article, string ClassName, string HintName, GeneratorOptions Options);
