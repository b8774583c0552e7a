namespace NewsDsl.Import.Tests;

/// <summary>Builds small test articles.</summary>
internal static class Lines
{
    public static string Article(params string[] body) =>
        "---\nid: test-article\nheadline: Test article\n---\n\n" + string.Join("\n\n", body) + "\n";
}
