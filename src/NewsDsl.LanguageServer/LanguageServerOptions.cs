using System;
using System.Collections.Generic;
using System.IO;
using NewsDsl.Language;

namespace NewsDsl.LanguageServer;

/// <summary>How the host configures the server.</summary>
public sealed class LanguageServerOptions
{
    /// <summary>
    /// The check options (severities from .editorconfig) for an article at a full path; the host passes the
    /// same resolver <c>newsdsl check</c> uses, so both report the same severities. Null: built-in defaults.
    /// Results are cached per path until an .editorconfig changes.
    /// </summary>
    public Func<string, NewsCheckOptions>? CheckOptionsFor { get; init; }

    /// <summary>
    /// The host's folder walker (<c>newsdsl check</c>'s): every regular <c>*.news</c> file under a folder, each
    /// real directory once, in ordinal path order, reporting what it skips (a FIFO, a device, a file above
    /// the size limit) through the callback as (path, why). The server uses it for the workspace scan and
    /// <c>workspace/diagnostic</c>, so both see exactly the files the command line checks. Null: the server
    /// does not walk folders (it serves the open documents only) and says so in its log.
    /// </summary>
    public Func<string, Action<string, string>?, IEnumerable<string>>? EnumerateNewsFiles { get; init; }

    /// <summary>
    /// The host's article reader (<c>newsdsl check</c>'s): reads files that are not open in the editor, with
    /// the host's size limit, never blocking on what is not a regular file. Null: the server reads no article
    /// files from disk (it serves the open documents only).
    /// </summary>
    public ArticleFileReader? ReadArticleFile { get; init; }

    /// <summary>Where logs go; standard error when null. Never standard output, which carries the protocol.</summary>
    public TextWriter? Log { get; init; }

    /// <summary>Log every request, not only problems.</summary>
    public bool Verbose { get; init; }

    /// <summary>The version reported in <c>serverInfo</c>.</summary>
    public string? Version { get; init; }
}
