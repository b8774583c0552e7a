using System.Collections.Generic;
using NewsDsl.Language;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;
using NewsDsl.LanguageServer.Protocol;

namespace NewsDsl.LanguageServer;

/// <summary>
/// One version of one document, checked: immutable, so any number of requests read it on any thread
/// while newer versions are being checked.
/// </summary>
internal sealed class DocumentSnapshot
{
    public DocumentSnapshot(PositionMap map, int version, long generation, NewsCheckResult result, IReadOnlyList<NewsDiagnostic> findings, IReadOnlyList<Diagnostic> diagnostics, ArticleIdentity? identity)
    {
        Map = map;
        Version = version;
        Generation = generation;
        Result = result;
        Findings = findings;
        Diagnostics = diagnostics;
        Identity = identity;
    }

    public PositionMap Map { get; }

    public string Uri => Map.Uri;

    /// <summary>The client's version number (echoed in publications; clients may restart it).</summary>
    public int Version { get; }

    /// <summary>The server's change count for the document when this text was taken (decides which result is newest).</summary>
    public long Generation { get; }

    /// <summary>The text as NewsDsl sees it (a byte order mark removed).</summary>
    public NewsText Text => Map.Text;

    public NewsCheckResult Result { get; }

    public ArticleModel Model => Result.Model;

    public NewsSyntaxTree Syntax => Result.Syntax;

    /// <summary>Every finding, the article's and the project's (NEWS006 across the workspace), with configured severities.</summary>
    public IReadOnlyList<NewsDiagnostic> Findings { get; }

    /// <summary>The same findings as LSP diagnostics, in the same order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The article id and where it is written, for the project-wide check; null without a valid id.</summary>
    public ArticleIdentity? Identity { get; }
}
