using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsDsl.Generator.Tests.TestKit;
using Xunit;

namespace NewsDsl.Generator.Tests;

/// <summary>
/// The generator is incremental: a C# edit re-runs nothing, an edit to one article regenerates
/// only that article. Checked step by step through Roslyn's run tracking.
/// </summary>
public sealed class IncrementalTests
{
    private static readonly string[] AllTrackingNames = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    [Fact]
    public void Editing_an_editorconfig_binds_no_article_again_and_adds_no_new_code()
    {
        var (driver, compilation) = Start(Article("one", "One."), Article("two", "Two."));
        driver = driver.RunGenerators(compilation);

        driver = driver.ReplaceAdditionalText(EditorConfig, new InMemoryAdditionalText(EditorConfig.Path, EditorConfig.Content + "dotnet_diagnostic.NEWS000.severity = error\n"));
        var run = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, OutputReasons(run, TrackingNames.EditorConfigs));
        // Reading and binding did not run: the records come from the cache.
        Assert.Equal(new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Cached }, OutputReasons(run, TrackingNames.Articles));
        // Only the late, cheap join ran again; NEWS000's severity changed in each record.
        Assert.Equal(new[] { IncrementalStepRunReason.Modified, IncrementalStepRunReason.Modified }, OutputReasons(run, TrackingNames.ConfiguredArticles));
        Assert.Equal(new[] { IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Unchanged }, OutputReasons(run, TrackingNames.ArticleCode));
        Assert.Equal(new[] { IncrementalStepRunReason.Cached }, OutputReasons(run, TrackingNames.IndexCode));
        Assert.All(run.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void An_editorconfig_edit_that_changes_no_severity_leaves_everything_after_the_join_cached()
    {
        var (driver, compilation) = Start(Article("one", "One."), Article("two", "Two."));
        driver = driver.RunGenerators(compilation);

        // A setting for C# files only: the configuration changed, no article's severities did.
        driver = driver.ReplaceAdditionalText(EditorConfig, new InMemoryAdditionalText(EditorConfig.Path, EditorConfig.Content + "\n[*.cs]\ndotnet_diagnostic.NEWS001.severity = error\n"));
        var run = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, OutputReasons(run, TrackingNames.EditorConfigs));
        Assert.Equal(new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Cached }, OutputReasons(run, TrackingNames.Articles));
        Assert.Equal(new[] { IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Unchanged }, OutputReasons(run, TrackingNames.ConfiguredArticles));
        Assert.Equal(new[] { IncrementalStepRunReason.Cached }, OutputReasons(run, TrackingNames.Plan));
        Assert.All(OutputReasons(run, TrackingNames.ArticleCode), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    /// <summary>
    /// What the incremental cache keeps must not keep a compilation alive or compare by reference:
    /// walk every tracked step's outputs, field by field, on a first run and on a run after edits
    /// (article, configuration, C#), and fail on any Compilation, ISymbol, SyntaxNode, SyntaxTree or SemanticModel.
    /// </summary>
    [Fact]
    public void No_step_output_holds_a_compilation_symbol_syntax_node_or_semantic_model()
    {
        var one = Article("one", "One.");
        var broken = new InMemoryAdditionalText("/project/broken.news", "no front matter, “unclosed\n");
        var twin = new InMemoryAdditionalText("/project/twin.news", "---\nid: one\nheadline: Twin\n---\n");
        var (driver, compilation) = Start(one, broken, twin, GeneratorHarness.Article("seed-figures.news"), GeneratorHarness.Article("iran-strikes-back.news"));
        driver = driver.RunGenerators(compilation);
        var runs = new List<GeneratorRunResult> { driver.GetRunResult().Results.Single() };

        driver = driver.ReplaceAdditionalText(one, Article("one", "One, edited."));
        driver = driver.ReplaceAdditionalText(EditorConfig, new InMemoryAdditionalText(EditorConfig.Path, EditorConfig.Content + "dotnet_diagnostic.NEWS000.severity = error\n"));
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("internal static class Unrelated { }", GeneratorHarness.ParseOptions()));
        runs.Add(driver.RunGenerators(edited).GetRunResult().Results.Single());

        var walked = 0;
        foreach (var run in runs)
        {
            foreach (var (name, steps) in run.TrackedSteps)
            {
                foreach (var output in steps.SelectMany(s => s.Outputs))
                {
                    walked++;
                    var found = ObjectGraph.FindForbidden(output.Value);
                    Assert.True(found is null, $"step {name} keeps {found}");
                }
            }
        }

        Assert.True(walked > AllTrackingNames.Length, $"only {walked} outputs walked");
    }

    [Fact]
    public void The_object_graph_walk_finds_a_symbol_nested_in_a_record()
    {
        var compilation = GeneratorHarness.CreateCompilation("internal static class Program { }");
        var symbol = compilation.GetTypeByMetadataName("Program")!;

        Assert.Null(ObjectGraph.FindForbidden(("text", 1, new[] { "a" })));
        Assert.Contains("ISymbol", ObjectGraph.FindForbidden(new Holder(new object[] { "x", new Holder(symbol) })));
        Assert.Contains("Compilation", ObjectGraph.FindForbidden(new Holder(compilation)));
        Assert.Contains("SyntaxNode", ObjectGraph.FindForbidden(new Holder(compilation.SyntaxTrees.First().GetRoot())));
    }

    private sealed record Holder(object Value);

    private static InMemoryAdditionalText Article(string id, string quote) =>
        new($"/project/{id}.news", $"---\nid: {id}\nheadline: About {id}\n---\n\n@source someone person name=\"Someone\"\n\n“{quote}”{{@someone}} they said.\n");

    [Fact]
    public void Every_step_is_tracked()
    {
        var (driver, compilation) = Start(Article("one", "One."));
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.True(AllTrackingNames.Length >= 10);
        foreach (var name in AllTrackingNames)
        {
            Assert.True(result.TrackedSteps.ContainsKey(name), $"step {name} is not tracked");
        }
    }

    [Fact]
    public void Editing_unrelated_csharp_reruns_nothing()
    {
        var (driver, compilation) = Start(Article("one", "One."), Article("two", "Two."), Article("three", "Three."));
        AssertUnrelatedEditRerunsNothing(driver.RunGenerators(compilation), compilation);
    }

    /// <summary>Figure groups are records of records: they must compare by value, or every run would regenerate the article.</summary>
    [Fact]
    public void Editing_unrelated_csharp_reruns_nothing_for_articles_with_figures()
    {
        var (driver, compilation) = Start(GeneratorHarness.Article("seed-figures.news"), GeneratorHarness.Article("iran-strikes-back.news"), Article("one", "One."));
        driver = driver.RunGenerators(compilation);
        Assert.Contains("isConsistent: false", driver.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName == "seed-figures.g.cs").SourceText.ToString());

        AssertUnrelatedEditRerunsNothing(driver, compilation);
    }

    [Fact]
    public void Editing_a_figure_regenerates_only_its_article_with_the_new_verdict()
    {
        var seed = GeneratorHarness.Article("seed-figures.news");
        var (driver, compilation) = Start(seed, Article("one", "One."));
        driver = driver.RunGenerators(compilation);

        // National TV's 80 becomes 0: the casualties now agree.
        var edited = new InMemoryAdditionalText(seed.Path, seed.Content.Replace("about=\"casualties\" value=\"80\"", "about=\"casualties\" value=\"0\"", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(seed, edited);
        var run = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        // In path order: /project/articles/seed-figures.news, /project/one.news.
        Assert.Equal(new[] { IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached }, OutputReasons(run, TrackingNames.ArticleCode));
        Assert.Equal(new[] { IncrementalStepRunReason.Unchanged }, OutputReasons(run, TrackingNames.Index));
        Assert.Equal(new[] { IncrementalStepRunReason.Cached }, OutputReasons(run, TrackingNames.RuntimeCode));
        var code = run.GeneratedSources.Single(s => s.HintName == "seed-figures.g.cs").SourceText.ToString();
        Assert.Contains("<item><term>casualties</term><description>consistent: ", code);
        Assert.Contains("<item><term>missiles</term><description>conflicting: ", code);
    }

    /// <summary>NEWS006 across articles comes from the identities in the article records: no file is read twice.</summary>
    [Fact]
    public void A_duplicate_id_is_reported_without_reading_any_file_again()
    {
        var first = new CountingText("/project/a.news", "---\nid: twin\nheadline: A\n---\n");
        var second = new CountingText("/project/b.news", "---\nid: twin\nheadline: B\n---\n");
        var driver = GeneratorHarness.CreateDriver(new AdditionalText[] { second, first }, trackSteps: true);

        var run = driver.RunGenerators(GeneratorHarness.CreateCompilation()).GetRunResult().Results.Single();

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("NEWS109", diagnostic.Id);
        Assert.Equal("/project/b.news", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePosition(1, 4), diagnostic.Location.GetLineSpan().StartLinePosition);
        Assert.Equal("Article id 'twin' is already used by /project/a.news: give one of the articles another id; until then this article gets no generated class", diagnostic.GetMessage());
        Assert.Equal(1, first.Reads);
        Assert.Equal(1, second.Reads);
    }

    private static void AssertUnrelatedEditRerunsNothing(GeneratorDriver driver, CSharpCompilation compilation)
    {
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("internal static class Unrelated { }", GeneratorHarness.ParseOptions()));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var name in AllTrackingNames)
        {
            var reasons = OutputReasons(result, name);
            Assert.NotEmpty(reasons);
            Assert.All(reasons, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {r}"));
        }

        var outputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void Editing_one_article_regenerates_only_that_article()
    {
        var one = Article("one", "One.");
        var two = Article("two", "Two.");
        var three = Article("three", "Three.");
        var (driver, compilation) = Start(one, two, three);
        driver = driver.RunGenerators(compilation);
        var before = driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());

        driver = driver.ReplaceAdditionalText(two, Article("two", "Two, edited."));
        var run = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        // Reading: only the edited file is read again.
        Assert.Equal(
            new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached },
            OutputReasons(run, TrackingNames.Articles));

        // The plan sees every article, so it changes; but per article (in path order: one, three,
        // two) only the edited unit is new, and only its code is written again.
        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, OutputReasons(run, TrackingNames.Plan));
        Assert.Equal(
            new[] { IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Modified },
            OutputReasons(run, TrackingNames.ArticleUnits));
        Assert.Equal(
            new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified },
            OutputReasons(run, TrackingNames.ArticleCode));
        Assert.Equal(
            new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified },
            run.TrackedOutputSteps["SourceOutput"].Take(3).SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray());

        // The same articles under the same names: the index is recomputed but unchanged, the runtime untouched.
        Assert.Equal(new[] { IncrementalStepRunReason.Unchanged }, OutputReasons(run, TrackingNames.Index));
        Assert.Equal(new[] { IncrementalStepRunReason.Cached }, OutputReasons(run, TrackingNames.IndexCode));
        Assert.Equal(new[] { IncrementalStepRunReason.Cached }, OutputReasons(run, TrackingNames.RuntimeCode));
        Assert.Equal(new[] { IncrementalStepRunReason.Cached }, OutputReasons(run, TrackingNames.Options));

        var after = run.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        Assert.Equal(before.Keys.OrderBy(k => k), after.Keys.OrderBy(k => k));
        foreach (var hint in before.Keys)
        {
            if (hint == "two.g.cs")
            {
                Assert.NotEqual(before[hint], after[hint]);
                Assert.Contains("Two, edited.", after[hint]);
            }
            else
            {
                Assert.Equal(before[hint], after[hint]);
            }
        }
    }

    [Fact]
    public void Renaming_an_article_regenerates_the_index()
    {
        var one = Article("one", "One.");
        var (driver, compilation) = Start(one, Article("two", "Two."));
        driver = driver.RunGenerators(compilation);

        driver = driver.ReplaceAdditionalText(one, new InMemoryAdditionalText(one.Path, one.Content.Replace("id: one", "id: uno", StringComparison.Ordinal)));
        var run = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, OutputReasons(run, TrackingNames.Index));
        Assert.Contains("global::Consumer.News.Uno.Article", run.GeneratedSources.Single(s => s.HintName == "NewsDsl.NewsArticles.g.cs").SourceText.ToString());
    }

    [Fact]
    public void Changing_the_namespace_regenerates_everything()
    {
        var (driver, compilation) = Start(Article("one", "One."));
        driver = driver.RunGenerators(compilation);

        driver = driver.WithUpdatedAnalyzerConfigOptions(new TestOptionsProvider(new Dictionary<string, string> { ["build_property.NewsDslNamespace"] = "Elsewhere" }));
        var run = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, OutputReasons(run, TrackingNames.Options));
        Assert.All(OutputReasons(run, TrackingNames.ArticleCode), r => Assert.Equal(IncrementalStepRunReason.Modified, r));
        Assert.All(run.GeneratedSources, s => Assert.Contains("namespace Elsewhere\n", s.SourceText.ToString()));
    }

    // With an .editorconfig among the additional files, as the package passes them along.
    private static (GeneratorDriver Driver, CSharpCompilation Compilation) Start(params InMemoryAdditionalText[] articles) =>
        (GeneratorHarness.CreateDriver(articles.Prepend(EditorConfig), trackSteps: true), GeneratorHarness.CreateCompilation("internal static class Program { }"));

    private static readonly InMemoryAdditionalText EditorConfig =
        new("/project/.editorconfig", "root = true\n\n[*.news]\ndotnet_diagnostic.NEWS006.severity = error\n");

    private sealed class CountingText : AdditionalText
    {
        private readonly Microsoft.CodeAnalysis.Text.SourceText _text;
        private int _reads;

        public CountingText(string path, string text)
        {
            Path = path;
            _text = Microsoft.CodeAnalysis.Text.SourceText.From(text, System.Text.Encoding.UTF8);
        }

        public override string Path { get; }

        public int Reads => _reads;

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(System.Threading.CancellationToken cancellationToken = default)
        {
            System.Threading.Interlocked.Increment(ref _reads);
            return _text;
        }
    }

    private static IncrementalStepRunReason[] OutputReasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps.TryGetValue(step, out var steps)
            ? steps.SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray()
            : throw new Xunit.Sdk.XunitException($"step {step} is not tracked");
}

/// <summary>A reflection walk over an object's fields, looking for Roslyn objects a cached step must not keep.</summary>
internal static class ObjectGraph
{
    private static readonly Type[] Forbidden = { typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SemanticModel) };

    /// <summary>A description of the first forbidden object reachable from <paramref name="root"/>, or null.</summary>
    public static string? FindForbidden(object? root)
    {
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<(object Value, string Path)>();
        if (root is not null)
        {
            pending.Push((root, root.GetType().Name));
        }

        while (pending.Count > 0)
        {
            var (value, path) = pending.Pop();
            var type = value.GetType();
            if (type.IsPrimitive || type.IsEnum || value is string or decimal or Type or Delegate or System.Reflection.MemberInfo || type.IsPointer)
            {
                continue;
            }

            if (!type.IsValueType && !visited.Add(value))
            {
                continue;
            }

            foreach (var forbidden in Forbidden)
            {
                if (forbidden.IsInstanceOfType(value))
                {
                    return $"{forbidden.Name} ({type.FullName}) at {path}";
                }
            }

            if (value is Array array)
            {
                var index = 0;
                foreach (var item in array)
                {
                    if (item is not null)
                    {
                        pending.Push((item, $"{path}[{index}]"));
                    }

                    index++;
                }

                continue;
            }

            for (var declaring = type; declaring is not null && declaring != typeof(object); declaring = declaring.BaseType)
            {
                foreach (var field in declaring.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (field.FieldType.IsPointer || field.FieldType.IsByRefLike)
                    {
                        continue;
                    }

                    if (field.GetValue(value) is { } child)
                    {
                        pending.Push((child, path + "." + field.Name));
                    }
                }
            }
        }

        return null;
    }
}
