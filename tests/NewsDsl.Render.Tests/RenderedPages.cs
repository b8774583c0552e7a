namespace NewsDsl.Render.Tests;

/// <summary>The seed and hostile articles rendered to files in a fresh folder, as 'newsdsl render' writes them.</summary>
internal static class RenderedPages
{
    private static readonly Lazy<string> s_folder = new(() =>
    {
        var folder = Path.Combine(Path.GetTempPath(), "newsdsl-render-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        foreach (var file in new[] { Articles.SeedFile, Articles.HostileFile })
        {
            var html = ReviewPage.Render(Articles.Check(file), file);
            File.WriteAllText(Path.Combine(folder, Path.ChangeExtension(file, ".html")), html);
        }

        return folder;
    });

    public static string Seed => Path.Combine(s_folder.Value, Path.ChangeExtension(Articles.SeedFile, ".html"));

    public static string Hostile => Path.Combine(s_folder.Value, Path.ChangeExtension(Articles.HostileFile, ".html"));
}
