using System;
using System.Collections.Generic;
using System.IO;
using NewsDsl.Language.Diagnostics;

namespace NewsDsl.Cli;

/// <summary>
/// One output format of <c>newsdsl check</c>. Files arrive one at a time, in the order they are
/// reported (sorted by path), each with its findings sorted by position: a format writes them as
/// they come, so an archive of any size streams through.
/// </summary>
internal abstract class CheckOutput : IDisposable
{
    /// <summary>The names <c>--format</c> accepts.</summary>
    public static readonly string[] Formats = { "text", "json", "sarif", "github" };

    public static CheckOutput Create(string format, TextWriter writer) => format switch
    {
        "json" => new JsonCheckOutput(writer),
        "sarif" => new SarifCheckOutput(writer, Environment.CurrentDirectory),
        "github" => new GitHubCheckOutput(writer),
        _ => new TextCheckOutput(writer),
    };

    /// <summary>A checked file (as the user named it) and its findings.</summary>
    public abstract void WriteFile(string path, IReadOnlyList<NewsDiagnostic> diagnostics);

    /// <summary>Ends the document (closes JSON arrays and objects); called once, after the last file.</summary>
    public abstract void Complete();

    public virtual void Dispose()
    {
    }
}
