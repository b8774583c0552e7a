using System;
using System.Collections.Generic;
using NewsDsl.Language.Diagnostics;

namespace NewsDsl.Language.Fixes;

/// <summary>What <see cref="NewsFileFixer"/> did to one file, and what is left to fix by hand.</summary>
public sealed class NewsFileFixResult
{
    internal NewsFileFixResult(string path, bool changed, IReadOnlyList<NewsFix> applied, IReadOnlyList<NewsDiagnostic> remaining, string? error)
    {
        Path = path;
        Changed = changed;
        Applied = applied;
        Remaining = remaining;
        Error = error;
    }

    public string Path { get; }

    /// <summary>True when the file was rewritten (atomically); false when there was nothing safe to fix or it failed.</summary>
    public bool Changed { get; }

    /// <summary>
    /// The fixes applied, in the order applied. A fix from a later pass (one that overlapped an
    /// earlier fix) has offsets into the text as it was after the passes before it.
    /// </summary>
    public IReadOnlyList<NewsFix> Applied { get; }

    /// <summary>
    /// The findings of the file as it now is on disk: after the fixes when it was rewritten, as it was
    /// when nothing was written (empty when it could not be read).
    /// </summary>
    public IReadOnlyList<NewsDiagnostic> Remaining { get; }

    /// <summary>
    /// Why the file was left as it was (unreadable, not UTF-8, read-only, locked, changed meanwhile),
    /// as a sentence for the user; null on success.
    /// </summary>
    public string? Error { get; }

    public bool Succeeded => Error is null;

    internal static NewsFileFixResult Failed(string path, string error, IReadOnlyList<NewsDiagnostic>? remaining = null) =>
        new(path, false, Array.Empty<NewsFix>(), remaining ?? Array.Empty<NewsDiagnostic>(), error);
}
