using NewsDsl.Language;
using NewsDsl.Language.Text;

namespace NewsDsl.Render.Tests;

/// <summary>The articles the tests render: the seed sample and a hostile one.</summary>
internal static class Articles
{
    public const string SeedFile = "press-tv-264060-iran-strikes-back.news";
    public const string HostileFile = "hostile.news";

    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Articles", file);

    public static NewsText Load(string file) => NewsText.From(File.ReadAllText(PathOf(file)), file);

    public static NewsCheckResult Check(string file) => NewsChecker.Check(Load(file));

    public static NewsCheckResult CheckText(string content) => NewsChecker.Check(NewsText.From(content, "test.news"));
}
