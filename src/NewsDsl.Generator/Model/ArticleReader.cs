using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NewsDsl.Generator.Diagnostics;
using NewsDsl.Generator.Naming;
using NewsDsl.Language;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Rules;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Text;

namespace NewsDsl.Generator.Model;

/// <summary>
/// Binds one <c>.news</c> file with the language core and copies what the generated code needs
/// into plain records. The <see cref="ArticleModel"/> itself never leaves this class: it holds
/// the whole syntax tree and is not equatable.
/// </summary>
internal static class ArticleReader
{
    /// <summary>The rules the generator itself reports, whose per-file severity it must know.</summary>
    /// <remarks>NEWS004 and NEWS008 too: when they are turned off and an article gets no class for want of an id, the generator says so itself.</remarks>
    private static readonly NewsDiagnosticDescriptor[] GeneratorRules =
    {
        NewsRules.InternalError,
        SyntaxErrorRule.Rule,
        MissingFrontMatterRule.Rule,
        DuplicateArticleIdRule.Rule,
        ClassNameClashRule.Rule,
    };

    public static ArticleInfo Read(
        AdditionalText file,
        AnalyzerConfigOptions? fileOptions,
        EquatableArray<EditorConfigFile> editorConfigs,
        CancellationToken cancellationToken)
    {
        var path = file.Path;
        var fileName = FileName(path);
        var configured = EquatableArray<ConfiguredSeverity>.Empty;
        try
        {
            configured = ConfiguredSeverities(path, fileOptions, editorConfigs);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Severities that cannot be read fall back to the defaults; the article still compiles.
        }

        try
        {
            TestHooks.OnRead?.Invoke(path);
            var content = file.GetText(cancellationToken)?.ToString();
            if (content is null)
            {
                return Failed(path, fileName, configured, "the file could not be read");
            }

            // The model alone: the analyzer reports the rules' findings, the generator needs none.
            var model = NewsChecker.Bind(NewsText.From(content, path), cancellationToken);
            return FromModel(path, fileName, model, configured);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            return Failed(path, fileName, configured, Failures.Describe(exception));
        }
    }

    private static EquatableArray<ConfiguredSeverity> ConfiguredSeverities(string path, AnalyzerConfigOptions? fileOptions, EquatableArray<EditorConfigFile> editorConfigs)
    {
        var configs = new List<(string, string)>(editorConfigs.Count);
        foreach (var config in editorConfigs)
        {
            configs.Add((config.Path, config.Text));
        }

        var options = SeverityOptions.From(configs);
        var severities = new List<ConfiguredSeverity>(GeneratorRules.Length);
        foreach (var rule in GeneratorRules)
        {
            severities.Add(new ConfiguredSeverity(rule.Id, options.Effective(path, fileOptions, rule, rule.DefaultSeverity)));
        }

        return severities.ToEquatableArray();
    }

    private static ArticleInfo Failed(string path, string fileName, EquatableArray<ConfiguredSeverity> severities, string reason)
    {
        // Never silent, even with NEWS000 turned off: the article gets no class, and the user must learn why.
        var article = ArticleInfo.Failed(path, fileName, severities, null);
        return article with { Failure = Failures.Create(path, reason, article.NoClassSeverityOf(NewsRules.InternalError)) };
    }

    public static ArticleInfo FromModel(string path, string fileName, ArticleModel model, EquatableArray<ConfiguredSeverity> severities)
    {
        var metadata = model.Metadata;

        var sourceIds = new List<string>(model.Sources.Count);
        foreach (var source in model.Sources)
        {
            sourceIds.Add(source.Id);
        }

        var memberNames = Identifiers.SourceMemberNames(sourceIds);
        var sources = new List<SourceInfo>(model.Sources.Count);
        var memberBySource = new Dictionary<SourceSymbol, string>();
        for (var i = 0; i < model.Sources.Count; i++)
        {
            var source = model.Sources[i];
            memberBySource[source] = memberNames[i];
            sources.Add(new SourceInfo(
                source.Id,
                memberNames[i],
                SourceKindName(source.Kind),
                source.Name,
                source.Title,
                source.Reason,
                source.Aliases.ToEquatableArray()));
        }

        var quotes = new List<QuoteInfo>(model.Quotes.Count);
        foreach (var quote in model.Quotes)
        {
            quotes.Add(new QuoteInfo(
                quote.Text,
                MemberOf(quote.Source, memberBySource, model),
                quote.Start.Line + 1,
                quote.Start.Character + 1,
                QuoteKindName(quote.Kind),
                quote.Cue,
                quote.Via,
                quote.About,
                quote.Value,
                quote.IsSuggested));
        }

        var claims = new List<ClaimInfo>(model.Claims.Count);
        foreach (var claim in model.Claims)
        {
            claims.Add(new ClaimInfo(
                claim.Text,
                MemberOf(claim.Source, memberBySource, model),
                claim.IsOwn,
                claim.Start.Line + 1,
                claim.Start.Character + 1,
                claim.Cue,
                claim.Via,
                claim.About,
                claim.Value,
                claim.IsSuggested));
        }

        var figures = new List<FigureGroupInfo>(model.Figures.Count);
        foreach (var group in model.Figures)
        {
            var items = new List<FigureInfo>(group.Figures.Count);
            foreach (var figure in group.Figures)
            {
                items.Add(new FigureInfo(
                    figure.Text,
                    MemberOf(figure.Source, memberBySource, model),
                    figure.IsOwn,
                    figure.Value?.Text,
                    figure.Start.Line + 1,
                    figure.Start.Character + 1));
            }

            // Decided here, by the core, once: the generated code carries the answer as a constant.
            figures.Add(new FigureGroupInfo(group.About, items.ToEquatableArray(), group.IsConsistent));
        }

        LocationInfo? idLocation = null;
        if (metadata.IdSpan is { } span)
        {
            var start = model.Text.GetLinePosition(span.Start);
            var end = model.Text.GetLinePosition(span.End);
            idLocation = new LocationInfo(path, span.Start, span.Length, start.Line, start.Character, end.Line, end.Character);
        }

        return new ArticleInfo(
            path,
            fileName,
            metadata.Id,
            idLocation,
            metadata.Headline,
            metadata.Published is { } published ? new PublishedInfo(published.Ticks, published.Offset.Ticks) : null,
            metadata.Byline,
            metadata.Desk,
            metadata.Deck,
            metadata.Dateline,
            metadata.Contributors.ToEquatableArray(),
            sources.ToEquatableArray(),
            quotes.ToEquatableArray(),
            claims.ToEquatableArray(),
            figures.ToEquatableArray(),
            severities,
            null,
            metadata.Id is null ? MissingIdReason(model) : null);
    }

    // An id that is there but invalid is a syntax error (NEWS004); a missing or empty one is NEWS008.
    private static string MissingIdReason(ArticleModel model) =>
        model.Syntax.FrontMatter?.Find("id") is { } entry && entry.Value.Trim().Length > 0 ? SyntaxErrorRule.Rule.Id : MissingFrontMatterRule.Rule.Id;

    /// <summary>The name after the last slash or backslash: what documentation shows, the same on every machine.</summary>
    public static string FileName(string path)
    {
        var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return slash < 0 ? path : path.Substring(slash + 1);
    }

    // The binder hands out the declared symbol; a symbol from elsewhere (a duplicate declaration)
    // is matched by id so a quote is never silently detached from its source.
    private static string? MemberOf(SourceSymbol? source, Dictionary<SourceSymbol, string> members, ArticleModel model)
    {
        if (source is null)
        {
            return null;
        }

        if (members.TryGetValue(source, out var member))
        {
            return member;
        }

        var declared = model.FindSource(source.Id);
        return declared is not null && members.TryGetValue(declared, out member) ? member : null;
    }

    /// <summary>The generated <c>SourceKind</c> member for a kind; every kind of the language has one.</summary>
    public static string SourceKindName(SourceKind kind) => kind switch
    {
        SourceKind.Person => "Person",
        SourceKind.Organization => "Organization",
        SourceKind.Media => "Media",
        SourceKind.Document => "Document",
        SourceKind.Group => "Group",
        SourceKind.Anonymous => "Anonymous",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "a source kind the generator does not know"),
    };

    /// <summary>The generated <c>QuoteKind</c> member for a kind.</summary>
    public static string QuoteKindName(QuotationKind kind) => kind switch
    {
        QuotationKind.FullSentence => "FullSentence",
        QuotationKind.Partial => "Partial",
        QuotationKind.Heading => "Heading",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "a quotation kind the generator does not know"),
    };
}
