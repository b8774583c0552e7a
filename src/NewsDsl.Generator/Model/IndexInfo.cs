namespace NewsDsl.Generator.Model;

/// <summary>The input of the project-wide <c>NewsArticles</c> class: the article classes in path order.</summary>
internal sealed record IndexInfo(EquatableArray<string> ClassNames, GeneratorOptions Options);
