using System;
using System.Collections.Generic;
using System.Threading;
using NewsDsl.LanguageServer.Protocol;

namespace NewsDsl.LanguageServer.Features;

/// <summary>Workspace symbols: the articles, found by id or headline (case-insensitive substring).</summary>
internal static class WorkspaceSymbolProvider
{
    public static SymbolInformation[] Search(string query, IEnumerable<WorkspaceArticle> others, DocumentStore documents, CancellationToken cancellationToken)
    {
        var results = new List<SymbolInformation>();
        foreach (var document in documents.All)
        {
            if (document.Latest is { } snapshot)
            {
                var identity = snapshot.Identity;
                var range = identity is null ? new Protocol.Range(new Position(0, 0), new Position(0, 0)) : snapshot.Map.ToRange(identity.IdSpan);
                Add(results, query, identity?.Id, snapshot.Model.Metadata.Headline, new Location(document.Uri, range));
            }
        }

        foreach (var article in others)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (documents.FindByPath(article.FullPath) is not null)
            {
                continue;
            }

            var identity = article.Identity;
            var range = identity is null
                ? new Protocol.Range(new Position(0, 0), new Position(0, 0))
                : new Protocol.Range(new Position(identity.Start.Line, identity.Start.Character), new Position(identity.End.Line, identity.End.Character));
            Add(results, query, identity?.Id, article.Headline, new Location(article.Uri, range));
        }

        results.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return results.ToArray();
    }

    private static void Add(List<SymbolInformation> results, string query, string? id, string? headline, Location location)
    {
        if (id is null && headline is null)
        {
            return;
        }

        var matches = query.Length == 0
            || (id is not null && id.Contains(query, StringComparison.OrdinalIgnoreCase))
            || (headline is not null && headline.Contains(query, StringComparison.OrdinalIgnoreCase));
        if (matches)
        {
            results.Add(new SymbolInformation(id ?? headline!, SymbolKind.File, location, headline));
        }
    }
}
