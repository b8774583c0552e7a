using System;
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

    /// <summary>Where logs go; standard error when null. Never standard output, which carries the protocol.</summary>
    public TextWriter? Log { get; init; }

    /// <summary>Log every request, not only problems.</summary>
    public bool Verbose { get; init; }

    /// <summary>The version reported in <c>serverInfo</c>.</summary>
    public string? Version { get; init; }
}
