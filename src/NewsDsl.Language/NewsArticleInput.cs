using System;
using NewsDsl.Language.Text;

namespace NewsDsl.Language;

/// <summary>
/// One article of a project as a host hands it to the core: its text (with its path) and the options
/// configured for it (severities resolved from its configuration files by the host; the core reads no file).
/// </summary>
public sealed class NewsArticleInput
{
    public NewsArticleInput(NewsText text, NewsCheckOptions? options = null)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Options = options ?? NewsCheckOptions.Default;
    }

    public NewsText Text { get; }

    public NewsCheckOptions Options { get; }

    public string Path => Text.Path;
}
