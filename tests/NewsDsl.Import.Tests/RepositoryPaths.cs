namespace NewsDsl.Import.Tests;

/// <summary>Finds files of the checkout, so data files are read in place.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string TestData(params string[] parts) =>
        Path.Combine(new[] { Root, "tests", "NewsDsl.Import.Tests" }.Concat(parts).ToArray());

    public static string Samples(params string[] parts) => Path.Combine(new[] { Root, "samples" }.Concat(parts).ToArray());

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "NewsDsl.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("NewsDsl.sln not found above " + AppContext.BaseDirectory);
    }
}
