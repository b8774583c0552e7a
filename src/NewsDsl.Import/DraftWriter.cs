using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using NewsDsl.Language;
using NewsDsl.Language.Parsing;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Suggestions;
using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;

namespace NewsDsl.Import;

/// <summary>
/// Writes a <c>.news</c> draft: front matter, notes, the speakers' declarations, then the body with every
/// markup character escaped and each confident answer of the language core's suggestion engine tagged
/// <c>{@id?}</c>. Nothing of the input becomes markup: the headline is a quoted value, notes never read
/// as suppression directives, and quotation marks nested past the parser's limit are escaped.
/// </summary>
/// <remarks>
/// The engine reads the body in chunks of about <see cref="ChunkChars"/> characters (with
/// <see cref="ContextBlocks"/> blocks of context on each side), so its working memory stays bounded
/// however large the input; an article below that size is read in one piece. Chunks end only before a
/// block that cannot continue a quotation (one that does not start with a quotation mark), so every
/// quotation is parsed whole in one chunk. The draft is written in a second pass straight to the writer.
/// </remarks>
internal static class DraftWriter
{
    /// <summary>Characters of body text the engine reads at once (not counting context).</summary>
    internal const int ChunkChars = 1_000_000;

    /// <summary>Blocks read before and after a chunk, for pronouns, continuations and headings.</summary>
    internal const int ContextBlocks = 20;

    /// <summary>A body this long (eight chunks) is collected once before its first chunk (a forced collection then costs well under 1% of its import).</summary>
    internal const int LargeDocumentChars = 8 * ChunkChars;

    public static ImportSummary Write(ImportedDocument document, string? origin, TextWriter output)
    {
        var header = Header(document, origin);
        var body = new BodyLines(document.Blocks);
        var speakers = new SpeakerTable();
        var inserts = new List<Insert>();
        var quotations = 0;
        var blocks = document.Blocks;
        var start = 0;

        // What reading a large input left behind (its decoded text, the reader's lines and builders) is garbage
        // in every generation by now; a compacting full collection that also returns the freed memory to the
        // system keeps it from adding to the first chunk's peak. Without the concurrent collector, as the newsdsl
        // tool runs, nothing else would return it in time: a 50 MB input peaked at 9.0× its size without this.
        if (BodyChars(blocks, LargeDocumentChars) >= LargeDocumentChars)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }

        while (start < blocks.Count)
        {
            var end = ChunkEnd(blocks, start);
            quotations += ReadChunk(header, body, Math.Max(0, start - ContextBlocks), start, end, Math.Min(blocks.Count, end + ContextBlocks), speakers, inserts);
            if (IsFollowedByFullChunk(blocks, end))
            {
                // A chunk's model and the engine's structures outlive many young collections and die old;
                // collecting them before the next full chunk keeps the heap at the document plus one chunk.
                // After the last chunk, or before a short remainder, a forced full collection costs more
                // than the memory it would keep off the peak (a 1.05 MB input spent most of its import
                // time in two forced collections), so the runtime is left to collect when it needs to.
                GC.Collect();
            }

            start = end;
        }

        inserts.Sort(static (a, b) => a.Block != b.Block ? a.Block.CompareTo(b.Block) : a.Offset.CompareTo(b.Offset));
        var ids = speakers.AssignIds();
        var used = new bool[speakers.Count];
        foreach (var insert in inserts)
        {
            used[insert.Speaker] = true;
        }

        output.Write(header);
        var declared = 0;
        for (var s = 0; s < speakers.Count; s++)
        {
            if (used[s])
            {
                output.Write(declared == 0 ? "\n" : string.Empty);
                output.Write(Declaration(ids[s], speakers[s]));
                output.Write('\n');
                declared++;
            }
        }

        var next = 0;
        var line = new StringBuilder();

        // Each line is copied into one reused buffer rather than made into a string: the body is written
        // once, and a string per line would be a second copy of the whole draft for the collector.
        var buffer = new char[256];
        for (var b = 0; b < blocks.Count; b++)
        {
            line.Clear();
            body.Append(line, b);
            if (buffer.Length < line.Length)
            {
                buffer = new char[Math.Max(line.Length, buffer.Length * 2)];
            }

            line.CopyTo(0, buffer, 0, line.Length);
            var text = new ReadOnlySpan<char>(buffer, 0, line.Length);
            output.Write('\n');
            var position = 0;
            for (; next < inserts.Count && inserts[next].Block == b; next++)
            {
                output.Write(text.Slice(position, inserts[next].Offset - position));
                output.Write("{@");
                output.Write(ids[inserts[next].Speaker]);
                output.Write("?}");
                position = inserts[next].Offset;
            }

            output.Write(text.Slice(position));
            output.Write('\n');
        }

        output.Flush();
        return new ImportSummary(document, quotations, inserts.Count, declared);
    }

    /// <summary>The end (exclusive) of the chunk that starts at <paramref name="start"/>: past <see cref="ChunkChars"/>, at the first block no quotation can continue into.</summary>
    private static int ChunkEnd(IReadOnlyList<ImportedBlock> blocks, int start)
    {
        var chars = 0;
        var end = start;
        while (end < blocks.Count)
        {
            chars += blocks[end].Text.Length + 2;
            end++;
            if (chars >= ChunkChars && end < blocks.Count && CannotContinueQuotation(blocks[end]))
            {
                break;
            }
        }

        return end;
    }

    /// <summary>Whether at least <see cref="ChunkChars"/> characters of body text follow block <paramref name="end"/>.</summary>
    private static bool IsFollowedByFullChunk(IReadOnlyList<ImportedBlock> blocks, int end) => BodyChars(blocks, ChunkChars, end) >= ChunkChars;

    /// <summary>The body text's length from block <paramref name="start"/> on, counted only up to <paramref name="enough"/>.</summary>
    private static long BodyChars(IReadOnlyList<ImportedBlock> blocks, long enough, int start = 0)
    {
        long chars = 0;
        for (var b = start; b < blocks.Count && chars < enough; b++)
        {
            chars += blocks[b].Text.Length + 2;
        }

        return chars;
    }

    // A paragraph continues an open quotation only when it starts with an opening mark (contract section 3).
    private static bool CannotContinueQuotation(ImportedBlock block) => block.Text.Length > 0 && !QuotationMarkCharacters.Contains(block.Text[0]);

    /// <summary>Binds blocks <c>[from, to)</c>, keeps the answers for quotations closed in <c>[start, end)</c>; returns how many outer quotations open there.</summary>
    private static int ReadChunk(string header, BodyLines body, int from, int start, int end, int to, SpeakerTable speakers, List<Insert> inserts)
    {
        var lineStarts = new int[to - from];
        var model = Bind(header, body, from, to, lineStarts);

        // A syntax error in prose can only be quotation marks nested past the parser's limit (every other
        // markup character is escaped): escape the marks the parser read as text, then read again.
        for (var round = 0; round < 2 && model.Syntax.Errors.Count > 0; round++)
        {
            var changed = false;
            foreach (var error in model.Syntax.Errors)
            {
                var index = BlockAt(lineStarts, error.Span.Start);
                if (index >= 0 && body.EscapeStrayMarks(from + index, model.Syntax, lineStarts[index], everyMark: round > 0))
                {
                    changed = true;
                }
            }

            if (!changed)
            {
                break;
            }

            model = Bind(header, body, from, to, lineStarts);
        }

        var ownStart = lineStarts[start - from];
        var ownEnd = end < to ? lineStarts[end - from] : model.Text.Content.Length;
        var quotations = 0;
        foreach (var quotation in model.Quotations)
        {
            if (quotation.Parent is null && quotation.OpeningMark.Start >= ownStart && quotation.OpeningMark.Start < ownEnd)
            {
                quotations++;
            }
        }

        var suggestions = SpeakerSuggester.Suggest(model);
        var local = speakers.Add(suggestions.Speakers);
        foreach (var suggestion in suggestions.Suggestions)
        {
            if (!suggestion.IsConfident || suggestion.Speaker is null || suggestion.Quotation.LastPart.ClosingMark is not { } closing || closing.End < ownStart || closing.End >= ownEnd)
            {
                continue;
            }

            var index = BlockAt(lineStarts, closing.End);
            inserts.Add(new Insert(from + index, closing.End - lineStarts[index], local[suggestion.Speaker]));
        }

        return quotations;
    }

    private static ArticleModel Bind(string header, BodyLines body, int from, int to, int[] lineStarts)
    {
        var text = new StringBuilder(header.Length + body.Length(from, to) + 16);
        text.Append(header);
        for (var b = from; b < to; b++)
        {
            text.Append('\n');
            lineStarts[b - from] = text.Length;
            body.Append(text, b);
            text.Append('\n');
        }

        return NewsChecker.Bind(NewsText.From(text.ToString()));
    }

    /// <summary>The index of the body line containing <paramref name="position"/>, or -1 when it is in the header.</summary>
    private static int BlockAt(int[] lineStarts, int position)
    {
        if (lineStarts.Length == 0 || position < lineStarts[0])
        {
            return -1;
        }

        var found = Array.BinarySearch(lineStarts, position);
        return found >= 0 ? found : ~found - 1;
    }

    /// <summary>Front matter and notes, ending with a line break.</summary>
    private static string Header(ImportedDocument document, string? origin)
    {
        var headline = document.Headline is { Length: > 0 } h ? h : "Untitled";
        var header = new StringBuilder();
        header.Append("---\n");
        header.Append("id: ").Append(Slugs.ArticleId(headline)).Append('\n');

        header.Append("headline: ").Append(FrontMatterValue("headline", OneLine(headline))).Append('\n');
        if (document.Published is { } published)
        {
            header.Append("published: ").Append(published).Append('\n');
        }

        header.Append("---\n\n");
        if (origin is not null)
        {
            header.Append("%% Imported from ").Append(OneLine(origin)).Append(" by newsdsl import: every {@id?} awaits an editor's confirmation.\n");
        }

        if (document.RemovedInvisibleCharacters > 0)
        {
            header.Append("%% newsdsl import dropped ").Append(Count(document.RemovedInvisibleCharacters, "invisible character"))
                .Append(" from the copy (zero-width spaces, word joiners, soft hyphens, stray U+FEFF).\n");
        }

        if (document.ReplacedSurrogates > 0)
        {
            header.Append("%% newsdsl import replaced ").Append(Count(document.ReplacedSurrogates, "lone UTF-16 surrogate"))
                .Append(" (not text, and not storable as UTF-8) with U+FFFD.\n");
        }

        AppendNotes(header, document.Notes);
        return header.ToString();
    }

    /// <summary>
    /// The input's notes, one a line. A note the language core would read as a suppression directive
    /// (<c>%% newsdsl-disable …</c>) gets a prefix, so nothing in the input can switch a rule off.
    /// </summary>
    private static void AppendNotes(StringBuilder header, IReadOnlyList<string> notes)
    {
        if (notes.Count == 0)
        {
            return;
        }

        var lines = new StringBuilder();
        foreach (var note in notes)
        {
            lines.Append("%% ").Append(OneLine(note)).Append('\n');
        }

        var tree = NewsParser.Parse(NewsText.From(lines.ToString()));
        var directiveLines = new HashSet<int>();
        foreach (var directive in tree.SuppressionDirectives)
        {
            directiveLines.Add(tree.Text.GetLinePosition(directive.Span.Start).Line);
        }

        for (var i = 0; i < notes.Count; i++)
        {
            header.Append("%% ");
            if (directiveLines.Contains(i))
            {
                header.Append("From the input: ");
            }

            header.Append(OneLine(notes[i])).Append('\n');
        }
    }

    /// <summary>
    /// The value as written after <c>key: </c>: as it is when the language core reads it back unchanged,
    /// else double-quoted with <c>\</c> and <c>"</c> escaped (a value that starts and ends with <c>"</c>
    /// would otherwise lose them).
    /// </summary>
    private static string FrontMatterValue(string key, string value)
    {
        var tree = NewsParser.Parse(NewsText.From("---\n" + key + ": " + value + "\n---\n"));
        if (tree.Errors.Count == 0 && tree.FrontMatter is { Entries: { Count: 1 } entries } && entries[0].Value == value)
        {
            return value;
        }

        return "\"" + Quote(value) + "\"";
    }

    private static string Count(int n, string what) => n.ToString(CultureInfo.InvariantCulture) + " " + what + (n == 1 ? string.Empty : "s");

    private static string Declaration(string id, SpeakerTable.Speaker speaker)
    {
        var line = new StringBuilder("@source ").Append(id).Append(' ').Append(NewsSyntaxFacts.GetKeyword(speaker.Kind));
        line.Append(" name=\"").Append(Quote(speaker.IsDescription ? speaker.Name : Capitalize(speaker.Name))).Append('"');
        if (speaker.Title is { Length: > 0 } title)
        {
            line.Append(" title=\"").Append(Quote(title)).Append('"');
        }

        if (speaker.Reason is { } reason)
        {
            line.Append(" reason=\"").Append(Quote(reason)).Append('"');
        }

        var aka = new List<string>();
        foreach (var form in speaker.Forms)
        {
            var clean = OneLine(form).Replace(",", string.Empty);
            if (clean.Length > 0 && !aka.Contains(clean))
            {
                aka.Add(clean);
            }
        }

        if (aka.Count > 0)
        {
            line.Append(" aka=\"").Append(Quote(string.Join(", ", aka))).Append('"');
        }

        return line.ToString();
    }

    private static string Capitalize(string name) => name.Length > 0 && char.IsLower(name[0]) ? char.ToUpperInvariant(name[0]) + name.Substring(1) : name;

    /// <summary>A value for a double-quoted attribute or front matter value: one line, <c>\</c> and <c>"</c> escaped.</summary>
    private static string Quote(string value) => NewsSyntaxFacts.EscapeAttributeValue(OneLine(value));

    private static string OneLine(string value) => TextNormalizer.Collapse(value);

    /// <summary>Escapes the characters that are markup in prose: brackets, braces and backslashes.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        BodyLines.AppendEscaped(builder, text);
        return builder.ToString();
    }

    /// <summary>A tag to write: after <see cref="Offset"/> characters of body line <see cref="Block"/>, for speaker <see cref="Speaker"/> of the table.</summary>
    private readonly record struct Insert(int Block, int Offset, int Speaker);
}
