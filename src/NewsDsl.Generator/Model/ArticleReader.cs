using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using NewsDsl.Configuration;
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
    /// <summary>
    /// Reads and binds one article, with no configuration: an edit to an .editorconfig must not bind
    /// any article again, so severities are joined later (<see cref="Configure"/>).
    /// </summary>
    public static ArticleInfo Read(AdditionalText file, CancellationToken cancellationToken)
    {
        var path = file.Path;
        var fileName = FileName(path);
        try
        {
            TestHooks.OnRead?.Invoke(path);
            var content = file.GetText(cancellationToken)?.ToString();
            if (content is null)
            {
                return Failed(path, fileName, "the file could not be read");
            }

            // The model alone: the analyzer reports the rules' findings, the generator needs none.
            var model = NewsChecker.Bind(NewsText.From(content, path), cancellationToken);
            return FromModel(path, fileName, model, EquatableArray<ConfiguredSeverity>.Empty);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            return Failed(path, fileName, Failures.Describe(exception));
        }
    }

    /// <summary>
    /// Joins the project's configuration to an article read without it: the effective severity of
    /// every rule in this file (the generator reports NEWS000 and the project-wide rules), and the
    /// failure's severity (info when NEWS000 is turned off). Cheap: no file is read or bound.
    /// </summary>
    public static ArticleInfo Configure(ArticleInfo article, SeverityOptions configuration)
    {
        var severities = new List<ConfiguredSeverity>(NewsRules.Descriptors.Count);
        try
        {
            foreach (var pair in configuration.EffectiveForAll(article.Path, NewsRules.Descriptors))
            {
                severities.Add(new ConfiguredSeverity(pair.Key, pair.Value));
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Severities that cannot be read fall back to the defaults; the article still compiles.
            severities.Clear();
        }

        var configured = article with { Severities = severities.ToEquatableArray() };
        if (article.Failure is { } failure)
        {
            // Never silent, even with NEWS000 turned off: the article gets no class, and the user must learn why.
            configured = configured with { Failure = failure with { Severity = configured.NoClassSeverityOf(NewsRules.InternalError) } };
        }

        return configured;
    }

    // Reported with NEWS000's default severity for now; Configure applies the configured one.
    private static ArticleInfo Failed(string path, string fileName, string reason) =>
        ArticleInfo.Failed(path, fileName, EquatableArray<ConfiguredSeverity>.Empty, Failures.Create(path, reason, NewsRules.InternalError.DefaultSeverity));

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
            null);
    }

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
