using System;
using System.Collections.Concurrent;
using System.Collections.Generic;

namespace NewsDsl.LanguageServer;

/// <summary>The open documents, by key (<see cref="DocumentUri.Key"/>). Thread-safe.</summary>
internal sealed class DocumentStore
{
    private readonly ConcurrentDictionary<string, OpenDocument> _documents = new(StringComparer.Ordinal);

    public IEnumerable<OpenDocument> All => _documents.Values;

    public int Count => _documents.Count;

    public OpenDocument Open(string uri, string text, int version)
    {
        var document = new OpenDocument(uri, DocumentUri.ToPath(uri), text, version);
        _documents[DocumentUri.Key(uri)] = document;
        return document;
    }

    public OpenDocument? Find(string uri) => uri is not null && _documents.TryGetValue(DocumentUri.Key(uri), out var document) ? document : null;

    public OpenDocument? FindByPath(string fullPath) => _documents.TryGetValue(fullPath, out var document) ? document : null;

    public OpenDocument? Close(string uri)
    {
        if (uri is not null && _documents.TryRemove(DocumentUri.Key(uri), out var document))
        {
            document.Close();
            return document;
        }

        return null;
    }
}
