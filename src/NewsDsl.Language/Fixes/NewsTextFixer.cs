using System;
using System.Collections.Generic;
using System.Threading;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Fixes;

/// <summary>
/// The safe fixes of one article, text in, text out (what <c>newsdsl check --fix</c> applies): every fix
/// with one right answer, in a few passes (a fix can unblock another that overlapped it). No file is
/// read or written here; the host reads the bytes and writes the result back (the CLI through its
/// AtomicFile, which keeps symlinks, owners and hard links). Holds no state: call from any thread.
/// </summary>
public static class NewsTextFixer
{
    /// <summary>Fixes can uncover or unblock others (two that overlapped): a few passes, then stop.</summary>
    private const int MaxPasses = 4;

    /// <summary>
    /// Applies the safe fixes to <paramref name="text"/> (the whole file as decoded; a leading U+FEFF, the
    /// byte order mark, is kept). Everything outside the edits is kept character for character, line
    /// breaks included, so encoding the result gives the same bytes outside the edits.
    /// </summary>
    public static NewsTextFixResult Fix(string text, string path, NewsCheckOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        var current = NewsText.From(text, path);
        var original = NewsChecker.Check(current, options, cancellationToken);
        var result = original;
        var applied = new List<NewsFix>();
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var fixes = NewsFixes.GetSafeFixes(result);
            if (fixes.Count == 0)
            {
                break;
            }

            var edits = new List<NewsTextEdit>();
            foreach (var fix in fixes)
            {
                edits.AddRange(fix.Edits);
            }

            applied.AddRange(fixes);
            var content = NewsTextEdits.Apply(current.Content, edits);
            current = NewsText.From((current.HadByteOrderMark ? "\uFEFF" : string.Empty) + content, path);
            result = NewsChecker.Check(current, options, cancellationToken);
        }

        var fixedText = applied.Count == 0 ? text : (current.HadByteOrderMark ? "\uFEFF" : string.Empty) + current.Content;
        return new NewsTextFixResult(fixedText, applied.ToArray(), original, result);
    }
}
