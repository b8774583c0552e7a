using System.Collections.Generic;

namespace NewsDsl.Language.Fixes;

/// <summary>What <see cref="NewsTextFixer"/> made of one article's text.</summary>
public sealed class NewsTextFixResult
{
    internal NewsTextFixResult(string text, IReadOnlyList<NewsFix> applied, NewsCheckResult original, NewsCheckResult result)
    {
        Text = text;
        Applied = applied;
        Original = original;
        Result = result;
    }

    /// <summary>The fixed text (the input itself when nothing was fixed), with its leading U+FEFF when it had one.</summary>
    public string Text { get; }

    /// <summary>True when at least one fix was applied.</summary>
    public bool Changed => Applied.Count > 0;

    /// <summary>
    /// The fixes applied, in the order applied. A fix from a later pass (one that overlapped an
    /// earlier fix) has offsets into the text as it was after the passes before it.
    /// </summary>
    public IReadOnlyList<NewsFix> Applied { get; }

    /// <summary>The check of the text as it came in (what to report when the fixed text cannot be saved).</summary>
    public NewsCheckResult Original { get; }

    /// <summary>The check of the fixed text: what is left for an editor.</summary>
    public NewsCheckResult Result { get; }
}
