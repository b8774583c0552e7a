using System;
using System.Collections.Generic;
using System.Threading;
using NewsDsl.Language;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Parsing;
using NewsDsl.Language.Rules;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Text;
using NewsDsl.LanguageServer.Protocol;

namespace NewsDsl.LanguageServer;

/// <summary>
/// Checks one version of a document exactly as <c>newsdsl check</c> checks the file: the same
/// <see cref="NewsChecker"/>, the same severities, and the project-wide duplicate article id against
/// the other .news files of the workspace (open ones as edited, the rest as on disk).
/// </summary>
internal sealed class DocumentAnalyzer
{
    private readonly WorkspaceIndex _workspace;
    private readonly DocumentStore _documents;
    private readonly CheckOptionsCache _options;

    /// <summary>The check options (severities) for an article at a full path, as its findings get them.</summary>
    public NewsCheckOptions OptionsFor(string fullPath) => _options.For(fullPath);

    public DocumentAnalyzer(WorkspaceIndex workspace, DocumentStore documents, CheckOptionsCache options)
    {
        _workspace = workspace;
        _documents = documents;
        _options = options;
    }

    /// <summary>A file's text as on disk (not open in the editor).</summary>
    public DocumentSnapshot Analyze(string uri, string? fullPath, string content, int version, CancellationToken cancellationToken) =>
        Analyze(uri, fullPath, new DocumentText(content, version, 0, null, System.Array.Empty<Language.Fixes.NewsTextEdit>()), cancellationToken);

    /// <summary>
    /// An open document's text. When a previous version was checked, its tree is reparsed incrementally
    /// (<see cref="NewsParser.Reparse"/>): only the blocks around what changed since are parsed again, and
    /// checked with <see cref="NewsChecker.Recheck"/>, which reuses the previous findings of unchanged blocks.
    /// </summary>
    public DocumentSnapshot Analyze(string uri, string? fullPath, DocumentText document, CancellationToken cancellationToken)
    {
        var content = document.Content;
        var version = document.Version;
        var display = fullPath is null ? uri : _workspace.DisplayPath(fullPath);
        var text = NewsText.From(content, display);
        var map = new PositionMap(uri, text);
        var options = _options.For(fullPath);
        var previous = document.Previous?.Result;
        var syntax = previous is not null
            ? NewsParser.Reparse(previous.Syntax, text, cancellationToken)
            : NewsParser.Parse(text, cancellationToken);

        // The core's verdict, with the project-wide findings against the rest of the workspace: this server
        // only finds which article comes first with the same id, and translates. Rechecked from the previous
        // version's result: the block-local rules run only on the blocks the edit changed.
        var alone = NewsChecker.Recheck(previous, syntax, options, cancellationToken);
        var identity = alone.Identity;
        var first = identity is not null && fullPath is not null ? FirstWithSameId(identity.Id, fullPath) : null;
        var result = NewsProject.WithProjectFindings(alone, first?.Identity);

        // The previous version's LSP forms are reused where a finding's is the same (same document, same byte order mark).
        var earlier = document.Previous is { } last && last.Text.HadByteOrderMark == text.HadByteOrderMark && last.Uri == uri ? last : null;
        var diagnostics = DiagnosticConverter.ConvertAll(map, result.Diagnostics, first, earlier?.Findings, earlier?.Diagnostics);

        return new DocumentSnapshot(map, version, document.Generation, result, result.Diagnostics, diagnostics, identity);
    }

    /// <summary>The article that comes first (by path, as <c>newsdsl check</c> orders a folder) among the others using <paramref name="id"/>, if it comes before this one.</summary>
    private WorkspaceArticle? FirstWithSameId(string id, string fullPath)
    {
        // Runs on every keystroke with thousands of articles around: compare ids first, allocate only for a match.
        WorkspaceArticle? first = null;
        foreach (var document in _documents.All)
        {
            if (document.FullPath is { } path && path != fullPath && document.Latest?.Identity is { } identity && identity.Id == id
                && string.CompareOrdinal(path, fullPath) < 0 && (first is null || string.CompareOrdinal(path, first.FullPath) < 0)
                && _workspace.IsInWorkspace(path))
            {
                first = new WorkspaceArticle(path, _workspace.DisplayPath(path), document.Uri, identity, null);
            }
        }

        foreach (var article in _workspace.Articles)
        {
            if (article.Identity?.Id == id && article.FullPath != fullPath && string.CompareOrdinal(article.FullPath, fullPath) < 0
                && (first is null || string.CompareOrdinal(article.FullPath, first.FullPath) < 0)
                && _documents.FindByPath(article.FullPath) is null)
            {
                first = article;
            }
        }

        return first;
    }

    /// <summary>Every workspace article but one: open documents as edited, others as indexed from disk.</summary>
    public IEnumerable<WorkspaceArticle> ArticlesExcept(string? fullPath)
    {
        var open = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in _documents.All)
        {
            if (document.FullPath is null || document.FullPath == fullPath || !_workspace.IsInWorkspace(document.FullPath))
            {
                continue;
            }

            open.Add(document.FullPath);
            if (document.Latest is { } latest)
            {
                yield return new WorkspaceArticle(document.FullPath, _workspace.DisplayPath(document.FullPath), document.Uri, latest.Identity, latest.Model.Metadata.Headline);
            }
        }

        foreach (var article in _workspace.Articles)
        {
            if (article.FullPath != fullPath && !open.Contains(article.FullPath))
            {
                yield return article;
            }
        }
    }
}
