using NewsDsl.Language.Diagnostics;

namespace NewsDsl.Language.Rules;

/// <summary>
/// NEWS112: a path given to a tool (or found in a folder it searched) was not read as an article: a FIFO,
/// a device, a socket, a link to nothing, a file over the size limit, a folder that cannot be listed.
/// Only the hosts that walk folders (<c>newsdsl check</c>, the language server) meet such paths, so they report it,
/// through <see cref="NewsRules.SkippedInput"/>; the
/// descriptor lives here with every other so that all tools list, configure and document it alike.
/// </summary>
internal static class SkippedInputRule
{
    public static readonly NewsDiagnosticDescriptor Rule = new(
        "NEWS112",
        "Input file is skipped",
        "'{0}' was not read: {1}; nothing in it was checked",
        "Structure",
        NewsSeverity.Error,
        "Only regular files within the size limit are read as articles; anything else named .news (a FIFO, a device, a link to one) is skipped without being opened, so a check never hangs or runs out of memory.");
}
