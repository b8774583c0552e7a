namespace NewsDsl.Language.Tests;

/// <summary>The reviewed sample article's text, read once for the tests that need a real, large article.</summary>
internal static class SeedText
{
    public static string Sample { get; } = File.ReadAllText(RepositoryPaths.Samples("press-tv-264060-iran-strikes-back.news"));
}
