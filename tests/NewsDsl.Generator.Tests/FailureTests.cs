using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NewsDsl.Configuration;
using NewsDsl.Generator.Tests.TestKit;
using Xunit;

namespace NewsDsl.Generator.Tests;

/// <summary>
/// A failure inside NewsDsl becomes NEWS000 naming the file, never a crashed generator or
/// analyzer; cancellation still cancels. The failures are injected through <see cref="TestHooks"/>;
/// the hooks are static, so every test that sets one lives in this class (xUnit runs a class's
/// tests one at a time) and throws only for its own file names.
/// </summary>
public sealed class FailureTests
{
    private static InMemoryAdditionalText Article(string id) =>
        new($"/project/{id}.news", $"---\nid: {id}\nheadline: About {id}\n---\n\nHe said “hello”.\n");

    [Fact]
    public void A_failure_while_reading_an_article_is_NEWS000_and_the_other_articles_are_generated()
    {
        TestHooks.OnRead = path => { if (path.EndsWith("boom-read.news", StringComparison.Ordinal)) throw new InvalidOperationException("injected\nfailure."); };
        try
        {
            var run = GeneratorHarness.Run(new AdditionalText[] { Article("boom-read"), Article("fine") });

            run.AssertCompilesClean();
            var diagnostic = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.DefaultSeverity);

            // A warning by default; "error" because the test compilation treats warnings as errors.
            Assert.Equal(
                "/project/boom-read.news(1,1): error NEWS000: NewsDsl failed on this file: System.InvalidOperationException: injected failure. Please report it with the file.",
                AnalyzerHarness.Format(diagnostic));
            Assert.Contains("fine.g.cs", run.Sources.Keys);
            Assert.DoesNotContain("boom-read.g.cs", run.Sources.Keys);
        }
        finally
        {
            TestHooks.OnRead = null;
        }
    }

    [Fact]
    public void A_failure_while_writing_an_article_is_NEWS000()
    {
        TestHooks.OnEmit = hint => { if (hint == "boom-emit.g.cs") throw new FormatException("bad"); };
        try
        {
            var run = GeneratorHarness.Run(new AdditionalText[] { Article("boom-emit"), Article("fine") });

            run.AssertGeneratorDidNotThrow();
            var diagnostic = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("NEWS000", diagnostic.Id);
            Assert.Equal("/project/boom-emit.news", diagnostic.Location.GetLineSpan().Path);
            Assert.Contains("System.FormatException: bad", diagnostic.GetMessage());
            Assert.Contains("fine.g.cs", run.Sources.Keys);
            Assert.DoesNotContain("boom-emit.g.cs", run.Sources.Keys);
        }
        finally
        {
            TestHooks.OnEmit = null;
        }
    }

    [Fact]
    public async Task A_failure_in_the_analyzer_is_NEWS000_for_that_file_only()
    {
        TestHooks.OnAnalyze = path => { if (path.EndsWith("boom-analyze.news", StringComparison.Ordinal)) throw new NullReferenceException("injected"); };
        try
        {
            var diagnostics = await AnalyzerHarness.Analyze(new[] { Article("boom-analyze"), Article("fine") });

            var failure = Assert.Single(diagnostics, d => d.Id == "NEWS000");
            Assert.Equal(
                "/project/boom-analyze.news(1,1): warning NEWS000: NewsDsl failed on this file: System.NullReferenceException: injected. Please report it with the file.",
                AnalyzerHarness.Format(failure));
            Assert.Contains(diagnostics, d => d.Id == "NEWS001" && d.Location.GetLineSpan().Path == "/project/fine.news");
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        }
        finally
        {
            TestHooks.OnAnalyze = null;
        }
    }

    [Fact]
    public void NEWS000_turned_off_still_says_why_the_article_has_no_class_as_info()
    {
        TestHooks.OnRead = path => { if (path.EndsWith("boom-quiet.news", StringComparison.Ordinal)) throw new InvalidOperationException("injected"); };
        try
        {
            var editorConfig = new InMemoryAdditionalText("/project/.editorconfig", "[*.news]\ndotnet_diagnostic.NEWS000.severity = none\n");
            var run = GeneratorHarness.Run(new AdditionalText[] { editorConfig, Article("boom-quiet") });

            run.AssertCompilesClean();

            // The article gets no class, so the user is told, whatever the configuration says: at info, not at the default warning.
            var diagnostic = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("NEWS000", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
            Assert.Contains("injected", diagnostic.GetMessage());
            Assert.DoesNotContain(run.Sources.Keys, k => k.StartsWith("boom-quiet", StringComparison.Ordinal));
        }
        finally
        {
            TestHooks.OnRead = null;
        }
    }

    [Fact]
    public void Cancellation_cancels_the_generator()
    {
        // Driven directly: through a driver, Roslyn itself would throw for the cancelled token and hide
        // a reader that swallowed the cancellation into a NEWS000 failure record.
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Model.ArticleReader.Read(
            Article("cancel"),
            cancellation.Token));
    }

    [Fact]
    public void An_OperationCanceledException_without_cancellation_is_a_failure_not_a_crash()
    {
        TestHooks.OnRead = path => { if (path.EndsWith("stray-cancel.news", StringComparison.Ordinal)) throw new OperationCanceledException("stray"); };
        try
        {
            var run = GeneratorHarness.Run(new AdditionalText[] { Article("stray-cancel") });

            run.AssertCompilesClean();
            Assert.Equal("NEWS000", Assert.Single(run.GeneratorDiagnostics).Id);
        }
        finally
        {
            TestHooks.OnRead = null;
        }
    }

    [Fact]
    public void Cancellation_cancels_the_analyzer()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var reported = new List<Diagnostic>();

        Assert.ThrowsAny<OperationCanceledException>(() => NewsAnalyzer.Analyze(
            Article("cancel-analyzer"),
            new Lazy<SeverityOptions>(() => SeverityOptions.None),
            reported.Add,
            cancellation.Token));
        Assert.Empty(reported);
    }

    [Fact]
    public void An_analyzer_failure_without_cancellation_is_NEWS000_from_the_same_entry_point()
    {
        TestHooks.OnAnalyze = path => { if (path.EndsWith("direct-boom.news", StringComparison.Ordinal)) throw new InvalidOperationException("injected"); };
        try
        {
            var reported = new List<Diagnostic>();

            NewsAnalyzer.Analyze(
                Article("direct-boom"),
                new Lazy<SeverityOptions>(() => SeverityOptions.None),
                reported.Add,
                CancellationToken.None);

            Assert.Equal("NEWS000", Assert.Single(reported).Id);
        }
        finally
        {
            TestHooks.OnAnalyze = null;
        }
    }
}
