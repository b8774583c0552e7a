using System;
using System.Collections.Generic;
using System.Threading;
using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Parsing;

/// <summary>
/// Turns article text into a <see cref="NewsSyntaxTree"/>: one pass over the lines for blocks,
/// and one pass of <see cref="InlineParser"/> over each paragraph or heading. It never throws on
/// content: every problem becomes a <see cref="SyntaxError"/> and parsing goes on with the next line.
/// </summary>
public static class NewsParser
{
    private static readonly string[] s_sourceAttributes = { "name", "title", "reason", "aka" };

    private const int CancellationCheckInterval = 256;

    public static NewsSyntaxTree Parse(NewsText text, CancellationToken cancellationToken = default)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        // An already-cancelled request stops before any work, even for a file too short to reach a periodic check.
        cancellationToken.ThrowIfCancellationRequested();

        var content = text.Content;
        var errors = new List<SyntaxError>();
        // News prose runs about 170 characters a block (both 1 MB inputs): a list sized for one block per 128
        // characters seldom grows, where doubling from empty left about as much garbage as the list itself.
        var blocks = new List<BlockSyntax>(Math.Max(4, content.Length / 128));
        var lineStarts = new LineStartRecorder(content.Length);
        var reader = new LineReader(content, lineStarts);

        var frontMatter = ParseFrontMatter(content, ref reader, errors);
        var inlines = new InlineParser(content, errors);
        ParseBlocks(content, ref reader, blocks, inlines, errors, syncAfter: -1, cancellationToken);

        // Every line has been read: the text need not look for its line breaks again.
        if (content.Length > 0 && CharacterClasses.IsLineBreak(content[content.Length - 1]))
        {
            lineStarts.Record(content.Length);
        }

        text.SetLineStarts(lineStarts.Starts, lineStarts.Count);
        return new NewsSyntaxTree(text, frontMatter, blocks, null, null, errors) { NodeCounts = (inlines.QuotationCount, inlines.SpanCount, inlines.TagCount), IsParsed = true };
    }

    /// <summary>
    /// Parses <paramref name="text"/>, a new version of <paramref name="previous"/>'s text, reusing what
    /// the edit did not touch. Only the blocks around the changed characters are parsed again: from the
    /// block before the first one touched (an edit can join a line to the paragraph above it) up to the
    /// first line after the change where no paragraph is open in either version. Every other block keeps
    /// its green form (the same object as in <paramref name="previous"/>); those after the change are only
    /// recorded as starting further on or earlier, and their red nodes are made when first read. An edit
    /// inside the front matter, or one that could make or unmake it, parses the whole text. The result is
    /// always the tree that <see cref="Parse(NewsText, CancellationToken)"/> makes of <paramref name="text"/>.
    /// </summary>
    /// <remarks>
    /// What changed is found by comparing the two texts (their common start and end, a vectorised
    /// comparison), so the caller need not describe its edits, and an edit described wrongly cannot give
    /// a wrong tree. A <paramref name="previous"/> tree built by hand rather than by this parser is not
    /// trusted to be the parse of its text: the new text is then parsed whole.
    /// </remarks>
    public static NewsSyntaxTree Reparse(NewsSyntaxTree previous, NewsText text, CancellationToken cancellationToken = default)
    {
        if (previous is null)
        {
            throw new ArgumentNullException(nameof(previous));
        }

        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        cancellationToken.ThrowIfCancellationRequested();
        return ReparseChanged(text, previous, cancellationToken) ?? Parse(text, cancellationToken);
    }

    /// <summary>The incremental parse; null where only a full parse can tell.</summary>
    private static NewsSyntaxTree? ReparseChanged(NewsText text, NewsSyntaxTree previous, CancellationToken cancellationToken)
    {
        // A tree built by hand need not be the parse of its text: nothing of it can be trusted.
        if (!previous.IsParsed)
        {
            return null;
        }

        var content = text.Content;
        var oldContent = previous.Text.Content;
        var oldCount = previous.BlockCount;
        var prefix = CommonPrefixLength(oldContent, content);
        if (prefix == content.Length && prefix == oldContent.Length)
        {
            // The same text: the same blocks, red ones included, with the new text (it may carry another path).
            var same = NewsSyntaxTree.Splice(text, previous.FrontMatter, previous, oldCount, oldCount, new List<BlockSyntax>(), Array.Empty<int>(), 0, previous.Errors);
            same.NodeCounts = previous.NodeCounts;
            same.IsParsed = true;
            return same;
        }

        var suffix = CommonSuffixLength(oldContent, content, Math.Min(oldContent.Length, content.Length) - prefix);
        var changeStart = prefix;
        var newChangeEnd = content.Length - suffix;
        var delta = content.Length - oldContent.Length;

        // The front matter is decided by the first line, and an unclosed one looks ahead through the
        // whole text for its fence: an edit that can reach either parses everything.
        int bodyStart;
        var frontMatter = previous.FrontMatter;
        if (frontMatter is null)
        {
            var firstBreak = oldContent.IndexOfAny(s_lineBreaks);
            if (firstBreak < 0 || changeStart <= firstBreak)
            {
                return null;
            }

            bodyStart = 0;
        }
        else
        {
            if (!frontMatter.IsClosed || changeStart <= frontMatter.Span.End)
            {
                return null;
            }

            bodyStart = NextLineStart(oldContent, frontMatter.Span.End);
        }

        // Restart at the line of the block before the one the change starts in: a paragraph begins on a
        // line where none is open, and any other block is one line that ends whatever was open.
        var touched = LastBlockStartingAtOrBefore(previous, changeStart);
        var restartBlock = touched - 1;
        var restart = restartBlock < 0 ? bodyStart : LineStart(oldContent, previous.BlockStart(restartBlock));
        restartBlock = Math.Max(restartBlock, 0);
        if (restart > changeStart)
        {
            return null;
        }

        var oldErrors = previous.Errors;
        var errors = new List<SyntaxError>(oldErrors.Count + 4);
        for (var i = 0; i < oldErrors.Count && oldErrors[i].Span.Start < restart; i++)
        {
            errors.Add(oldErrors[i]);
        }

        var parsed = new List<BlockSyntax>();
        var reader = new LineReader(content, null, restart);
        var inlines = new InlineParser(content, errors);
        var synced = ParseBlocks(content, ref reader, parsed, inlines, errors, newChangeEnd, cancellationToken);
        var counts = previous.NodeCounts;
        var firstKept = oldCount;
        if (synced >= 0)
        {
            // From here on both versions read the same lines in the same state: keep the previous blocks.
            var oldSynced = synced - delta;
            firstKept = LastBlockStartingAtOrBefore(previous, oldSynced - 1) + 1;
            for (var i = FirstErrorAtOrAfter(oldErrors, oldSynced); i < oldErrors.Count; i++)
            {
                var error = oldErrors[i];
                errors.Add(delta == 0 ? error : new SyntaxError(new TextSpan(error.Span.Start + delta, error.Span.Length), error.Message));
            }
        }

        // The binder sizes its lists by these counts: the previous ones, less the blocks parsed again, plus what they became.
        var replaced = CountNodes(previous, restartBlock, firstKept);
        counts = (
            Math.Max(0, counts.Quotations - replaced.Quotations + inlines.QuotationCount),
            Math.Max(0, counts.Spans - replaced.Spans + inlines.SpanCount),
            Math.Max(0, counts.Tags - replaced.Tags + inlines.TagCount));
        text.SpliceLineStarts(previous.Text, changeStart, oldContent.Length - suffix, newChangeEnd);

        // A block parsed again that lies wholly before or after the changed characters, with the same kind and
        // extent as a previous block at the same place, is that block moved or not (a block's parse reads only
        // the text of its own span): it keeps its green form, so only the blocks the edit changed are new objects.
        var parsedStarts = new int[parsed.Count];
        for (var i = 0; i < parsed.Count; i++)
        {
            var span = parsed[i].Span;
            parsedStarts[i] = span.Start;
            var oldStart = span.End <= changeStart ? span.Start : span.Start >= newChangeEnd ? span.Start - delta : -1;
            var old = oldStart < 0 ? -1 : LastBlockStartingAtOrBefore(previous, oldStart);
            if (old >= 0 && previous.BlockStart(old) == oldStart
                && previous.GreenAt(old) is var green && green.GetType() == parsed[i].GetType() && green.Span.Length == span.Length)
            {
                parsed[i] = green;
            }
        }

        // Blocks before the restart and after the sync point keep their green forms (the later ones moved by
        // delta); the blocks parsed again are new unless they are as they were.
        var tree = NewsSyntaxTree.Splice(text, frontMatter, previous, restartBlock, firstKept, parsed, parsedStarts, delta, errors);
        tree.NodeCounts = counts;
        tree.IsParsed = true;
        return tree;
    }

    private static readonly char[] s_lineBreaks = { '\r', '\n' };

    /// <summary>
    /// Reads the body's lines from <paramref name="reader"/> into blocks. With <paramref name="syncAfter"/>
    /// at 0 or more it stops at the first line start after a line that begins past that offset and is not
    /// prose (so no paragraph is open), and returns that line's start; otherwise, or when the text ends
    /// first, it reads to the end and returns -1.
    /// </summary>
    private static int ParseBlocks(string content, ref LineReader reader, List<BlockSyntax> blocks, InlineParser inlines, List<SyntaxError> errors, int syncAfter, CancellationToken cancellationToken)
    {
        var paragraphStart = -1;
        var paragraphEnd = -1;
        var lines = 0;
        var previousStart = -1;
        var previousKind = LineKind.Prose;
        while (true)
        {
            if (syncAfter >= 0 && previousStart > syncAfter && previousKind != LineKind.Prose)
            {
                return reader.Position;
            }

            if (!reader.TryRead(out var line))
            {
                break;
            }

            if (++lines % CancellationCheckInterval == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var kind = Classify(content, line);
            previousStart = line.Start;
            previousKind = kind;
            if (kind == LineKind.Prose)
            {
                if (paragraphStart < 0)
                {
                    // Indentation is not prose: the paragraph starts at its first character, so an
                    // indented paragraph that opens with a quotation mark still continues a quotation.
                    paragraphStart = line.Start;
                    while (CharacterClasses.IsHorizontalSpace(content[paragraphStart]))
                    {
                        paragraphStart++;
                    }
                }

                paragraphEnd = TrimEnd(content, line.Start, line.End);
                continue;
            }

            FlushParagraph(blocks, inlines, ref paragraphStart, paragraphEnd);
            switch (kind)
            {
                case LineKind.Comment:
                    var directive = SuppressionDirectiveParser.TryParse(content, line.Start, TrimEnd(content, line.Start, line.End));
                    blocks.Add(new CommentSyntax(TextSpan.FromBounds(line.Start, line.End), directive));
                    break;
                case LineKind.Source:
                    blocks.Add(ParseSourceDeclaration(content, line, errors, inlines.AttributeScratch));
                    break;
                case LineKind.Heading:
                    blocks.Add(ParseHeading(content, line, inlines));
                    break;
            }
        }

        FlushParagraph(blocks, inlines, ref paragraphStart, paragraphEnd);
        return -1;
    }

    private static void FlushParagraph(List<BlockSyntax> blocks, InlineParser inlines, ref int paragraphStart, int paragraphEnd)
    {
        if (paragraphStart < 0)
        {
            return;
        }

        var span = TextSpan.FromBounds(paragraphStart, paragraphEnd);
        blocks.Add(new ParagraphSyntax(span, inlines.Parse(span.Start, span.End), 0));
        paragraphStart = -1;
    }

    /// <summary>Quotations, attributed spans and tags in <c>blocks[from..to)</c>.</summary>
    private static (int Quotations, int Spans, int Tags) CountNodes(NewsSyntaxTree tree, int from, int to)
    {
        // Counted from the green tables: no red node is made.
        int quotations = 0, spans = 0, tags = 0;
        for (var i = from; i < to; i++)
        {
            if (tree.GreenAt(i) is InlineContainerSyntax { Green: { IsEmpty: false } green })
            {
                for (var k = 0; k < green.RootCount; k++)
                {
                    Count(green, green.Root(k), ref quotations, ref spans, ref tags);
                }
            }
        }

        return (quotations, spans, tags);
    }

    private static void Count(GreenInlineTable green, int row, ref int quotations, ref int spans, ref int tags)
    {
        ref readonly var node = ref green.Rows[row];
        if (node.Kind == GreenKind.Tag)
        {
            tags++;
            return;
        }

        if (node.Kind == GreenKind.Quotation)
        {
            quotations++;
        }
        else
        {
            spans++;
        }

        for (var k = 0; k < node.P3; k++)
        {
            Count(green, green.Links[node.P2 + k], ref quotations, ref spans, ref tags);
        }

        if (node.P1 >= 0)
        {
            tags++;
        }
    }

    /// <summary>The index of the last block starting at or before <paramref name="position"/>, -1 for none.</summary>
    private static int LastBlockStartingAtOrBefore(NewsSyntaxTree tree, int position)
    {
        int low = 0, high = tree.BlockCount - 1, found = -1;
        while (low <= high)
        {
            var mid = (low + high) >> 1;
            if (tree.BlockStart(mid) <= position)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return found;
    }

    /// <summary>Errors are in document order by block, so the first one of a block found by its start is where the rest begin.</summary>
    private static int FirstErrorAtOrAfter(IReadOnlyList<SyntaxError> errors, int position)
    {
        for (var i = errors.Count - 1; i >= 0; i--)
        {
            if (errors[i].Span.Start < position)
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static int LineStart(string text, int position)
    {
        while (position > 0 && !CharacterClasses.IsLineBreak(text[position - 1]))
        {
            position--;
        }

        return position;
    }

    private static int NextLineStart(string text, int lineEnd)
    {
        if (lineEnd < text.Length && text[lineEnd] == '\r')
        {
            lineEnd++;
            return lineEnd < text.Length && text[lineEnd] == '\n' ? lineEnd + 1 : lineEnd;
        }

        return lineEnd < text.Length && text[lineEnd] == '\n' ? lineEnd + 1 : lineEnd;
    }

    /// <summary>How many characters two texts share at their start; compared in blocks, which the runtime vectorises.</summary>
    private static int CommonPrefixLength(string a, string b)
    {
        const int Chunk = 512;
        var length = Math.Min(a.Length, b.Length);
        var i = 0;
        while (i + Chunk <= length && a.AsSpan(i, Chunk).SequenceEqual(b.AsSpan(i, Chunk)))
        {
            i += Chunk;
        }

        while (i < length && a[i] == b[i])
        {
            i++;
        }

        return i;
    }

    /// <summary>How many characters two texts share at their end, at most <paramref name="limit"/>.</summary>
    private static int CommonSuffixLength(string a, string b, int limit)
    {
        const int Chunk = 512;
        var i = 0;
        while (i + Chunk <= limit && a.AsSpan(a.Length - i - Chunk, Chunk).SequenceEqual(b.AsSpan(b.Length - i - Chunk, Chunk)))
        {
            i += Chunk;
        }

        while (i < limit && a[a.Length - 1 - i] == b[b.Length - 1 - i])
        {
            i++;
        }

        return i;
    }

    private enum LineKind
    {
        Blank,
        Prose,
        Comment,
        Source,
        Heading,
    }

    // One classification for the parser and every tool (NewsSyntaxFacts): what a line is never differs
    // between the tree and the completion, the importer or the fixes.
    private static LineKind Classify(string text, Line line) =>
        NewsSyntaxFacts.ClassifyLine(text, line.Start, line.End - line.Start) switch
        {
            NewsLineKind.Blank => LineKind.Blank,
            NewsLineKind.EditorsNote => LineKind.Comment,
            NewsLineKind.SourceDeclaration => LineKind.Source,
            NewsLineKind.Heading => LineKind.Heading,
            _ => LineKind.Prose,
        };

    private static HeadingSyntax ParseHeading(string text, Line line, InlineParser inlines)
    {
        var level = 0;
        while (text[line.Start + level] == '#')
        {
            level++;
        }

        var contentStart = line.Start + level;
        while (contentStart < line.End && CharacterClasses.IsHorizontalSpace(text[contentStart]))
        {
            contentStart++;
        }

        var contentEnd = TrimEnd(text, contentStart, line.End);
        var span = TextSpan.FromBounds(line.Start, contentEnd);
        return new HeadingSyntax(span, level, TextSpan.FromBounds(contentStart, contentEnd), inlines.Parse(contentStart, contentEnd), 0);
    }

    private static SourceDeclarationSyntax ParseSourceDeclaration(string text, Line line, List<SyntaxError> errors, List<ParsedAttribute> parsed)
    {
        const string Example = "@source zarif person name=\"Mohammad Javad Zarif\"";
        var end = TrimEnd(text, line.Start, line.End);
        var position = line.Start + 7;

        var idSpan = ReadWord(text, ref position, end);
        var id = text.Substring(idSpan.Start, idSpan.Length);
        if (id.Length == 0)
        {
            errors.Add(new SyntaxError(new TextSpan(line.Start, 7), $"Expected a source id and kind after @source: {Example}"));
        }
        else if (!CharacterClasses.IsValidId(id))
        {
            errors.Add(new SyntaxError(idSpan, $"'{AttributeListParser.Shorten(text, idSpan.Start, idSpan.End)}' is not a valid source id: use lowercase letters, digits and single hyphens, starting with a letter"));
        }

        var kindSpan = ReadWord(text, ref position, end);
        var kindText = text.Substring(kindSpan.Start, kindSpan.Length);
        if (id.Length > 0 && kindText.Length == 0)
        {
            errors.Add(new SyntaxError(idSpan, $"Source '{id}' has no kind: write one of {SourceKindKeywords.List} after the id"));
        }
        else if (kindText.Length > 0 && !SourceKindKeywords.IsKeyword(kindText))
        {
            var hint = kindText.IndexOf('=') >= 0 ? $"the kind comes before the attributes: {Example}" : $"use one of {SourceKindKeywords.List}";
            errors.Add(new SyntaxError(kindSpan, $"Unknown source kind '{AttributeListParser.Shorten(text, kindSpan.Start, kindSpan.End)}': {hint}"));
        }

        // One list for every declaration of the parse: it is copied into an exact array below.
        parsed.Clear();
        if (kindText.IndexOf('=') < 0)
        {
            AttributeListParser.Parse(text, position, end, stopAtBrace: false, s_sourceAttributes, parsed, errors);
        }

        var attributes = new AttributeSyntax[parsed.Count];
        for (var i = 0; i < attributes.Length; i++)
        {
            attributes[i] = parsed[i].ToSyntax();
        }

        var declaration = new SourceDeclarationSyntax(TextSpan.FromBounds(line.Start, end), id, idSpan, kindText, kindSpan, attributes);

        // Attributes written where the kind belongs were reported once above; "no name" would repeat it.
        if (id.Length > 0 && kindText.IndexOf('=') < 0 && declaration.GetAttribute("name") is null)
        {
            errors.Add(new SyntaxError(idSpan, $"Source '{id}' has no name: add name=\"…\" with the name the article gives"));
        }

        return declaration;
    }

    private static TextSpan ReadWord(string text, ref int position, int end)
    {
        while (position < end && CharacterClasses.IsHorizontalSpace(text[position]))
        {
            position++;
        }

        var start = position;
        var inQuotes = false;
        while (position < end && (inQuotes || !CharacterClasses.IsHorizontalSpace(text[position])))
        {
            // A word that runs into an attribute value keeps the value whole, so a missing kind
            // ("@source zarif name=\"A B\"") is read as one token and reported once.
            if (text[position] == '"')
            {
                inQuotes = !inQuotes;
            }

            position++;
        }

        return TextSpan.FromBounds(start, position);
    }

    private static FrontMatterSyntax? ParseFrontMatter(string text, ref LineReader reader, List<SyntaxError> errors)
    {
        var probe = reader;
        if (!probe.TryRead(out var first) || !IsFence(text, first))
        {
            return null;
        }

        // Find the closing fence first: without one, the front matter ends at the first line
        // that is not "key: value", so a forgotten fence never swallows the whole article.
        var closing = probe;
        var hasClosingFence = false;
        while (closing.TryRead(out var candidate))
        {
            if (IsFence(text, candidate))
            {
                hasClosingFence = true;
                break;
            }
        }

        reader.TryRead(out _);
        var entries = new List<FrontMatterEntrySyntax>();
        var end = first.End;
        while (true)
        {
            var before = reader;
            if (!reader.TryRead(out var line))
            {
                break;
            }

            if (hasClosingFence && IsFence(text, line))
            {
                end = line.End;
                break;
            }

            if (IsBlank(text, line.Start, line.End))
            {
                if (!hasClosingFence)
                {
                    reader = before;
                    break;
                }

                continue;
            }

            var entry = ParseEntry(text, line);
            if (entry is null)
            {
                if (!hasClosingFence)
                {
                    reader = before;
                    break;
                }

                errors.Add(new SyntaxError(
                    TextSpan.FromBounds(line.Start, TrimEnd(text, line.Start, line.End)),
                    "Expected 'key: value' in the front matter (for example 'headline: Iran strikes back'), or '---' to end it"));
                continue;
            }

            end = line.End;
            entries.Add(entry);
        }

        if (!hasClosingFence)
        {
            errors.Add(new SyntaxError(TextSpan.FromBounds(first.Start, first.End), "The front matter is never closed: add a line '---' after its last 'key: value' line"));
        }

        ValidateEntries(text, entries, errors);
        return new FrontMatterSyntax(TextSpan.FromBounds(first.Start, end), entries, hasClosingFence);
    }

    private static FrontMatterEntrySyntax? ParseEntry(string text, Line line)
    {
        var position = line.Start;
        var c = position < line.End ? text[position] : '\0';
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
        {
            return null;
        }

        while (position < line.End && (CharacterClasses.IsWordChar(text[position]) || text[position] == '-' || text[position] == '_'))
        {
            position++;
        }

        var keySpan = TextSpan.FromBounds(line.Start, position);
        while (position < line.End && CharacterClasses.IsHorizontalSpace(text[position]))
        {
            position++;
        }

        if (position >= line.End || text[position] != ':')
        {
            return null;
        }

        position++;
        while (position < line.End && CharacterClasses.IsHorizontalSpace(text[position]))
        {
            position++;
        }

        var valueEnd = TrimEnd(text, position, line.End);
        var valueSpan = TextSpan.FromBounds(position, valueEnd);
        string value;
        if (valueSpan.Length >= 2 && text[position] == '"' && text[valueEnd - 1] == '"')
        {
            valueSpan = TextSpan.FromBounds(position + 1, valueEnd - 1);
            value = AttributeListParser.Unescape(text, valueSpan.Start, valueSpan.End);
        }
        else
        {
            value = text.Substring(valueSpan.Start, valueSpan.Length);
        }

        return new FrontMatterEntrySyntax(
            TextSpan.FromBounds(line.Start, valueEnd),
            text.Substring(keySpan.Start, keySpan.Length),
            keySpan,
            value,
            valueSpan);
    }

    private static void ValidateEntries(string text, List<FrontMatterEntrySyntax> entries, List<SyntaxError> errors)
    {
        // A set, not a look back over the earlier entries: thousands of keys must not cost millions of comparisons.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (!seen.Add(entry.Key))
            {
                errors.Add(new SyntaxError(entry.KeySpan, $"'{entry.Key}' is given twice in the front matter: keep one"));
            }

            var valueOrKey = entry.ValueSpan.Length > 0 ? entry.ValueSpan : entry.KeySpan;
            switch (entry.Key)
            {
                // An empty id or headline is a missing one: NEWS008 reports it, not a syntax error.
                case "id" when entry.Value.Trim().Length > 0 && !CharacterClasses.IsValidId(entry.Value):
                    errors.Add(new SyntaxError(valueOrKey, $"'{Shorten(entry.Value)}' is not a valid article id: use lowercase letters, digits and single hyphens, starting with a letter (iran-strikes-back)"));
                    break;
                case "published" when !PublishedDate.TryParse(entry.Value, out _):
                    errors.Add(new SyntaxError(valueOrKey, $"'{Shorten(entry.Value)}' is not an ISO 8601 date, or date and time with an offset: write 2020-01-08, 2020-01-08T05:55:00Z or 2020-01-08T09:25:00+03:30"));
                    break;
            }
        }
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value.Substring(0, 40) + "…";

    /// <summary>
    /// ISO 8601 with an explicit offset or Z, or a plain date (<c>2026-11-20</c>, read as midnight UTC);
    /// a time without an offset is ambiguous and refused.
    /// </summary>
    public static bool TryParsePublished(string value, out DateTimeOffset published) => PublishedDate.TryParse(value, out published);

    private static bool IsFence(string text, Line line) =>
        line.End - line.Start >= 3 && string.CompareOrdinal(text, line.Start, "---", 0, 3) == 0 && IsBlank(text, line.Start + 3, line.End);

    private static bool IsBlank(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!CharacterClasses.IsSpaceOrNone(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && CharacterClasses.IsSpaceOrNone(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    /// <summary>
    /// The start of every line, in order, as the readers meet them. A copy of a reader that looks
    /// ahead, or one that steps back, reads lines again: only a start past the last one is kept.
    /// </summary>
    private sealed class LineStartRecorder
    {
        public LineStartRecorder(int length)
        {
            // The first line starts at 0 even in an empty text.
            Starts = new int[Math.Max(16, length / 64)];
            Count = 1;
        }

        public int[] Starts { get; private set; }

        public int Count { get; private set; }

        public void Record(int start)
        {
            if (Count > 0 && start <= Starts[Count - 1])
            {
                return;
            }

            if (Count == Starts.Length)
            {
                var grown = new int[Starts.Length * 2];
                Array.Copy(Starts, grown, Count);
                Starts = grown;
            }

            Starts[Count++] = start;
        }
    }

    /// <summary>A line without its break.</summary>
    private readonly struct Line
    {
        public Line(int start, int end)
        {
            Start = start;
            End = end;
        }

        public int Start { get; }

        public int End { get; }
    }

    /// <summary>Walks lines with <c>IndexOfAny</c>; a value type, so a copy is a saved position.</summary>
    private struct LineReader
    {
        private readonly string _text;
        private readonly LineStartRecorder? _lineStarts;
        private int _position;

        public LineReader(string text, LineStartRecorder? lineStarts, int position = 0)
        {
            _text = text;
            _lineStarts = lineStarts;
            _position = position;
        }

        /// <summary>Where the next line starts.</summary>
        public int Position => _position;

        public bool TryRead(out Line line)
        {
            // The empty "line" after a final line break holds nothing, so reading stops at the end of the text.
            if (_position >= _text.Length)
            {
                line = default;
                return false;
            }

            var breakAt = _text.AsSpan(_position).IndexOfAny('\r', '\n');
            var end = breakAt < 0 ? _text.Length : _position + breakAt;
            line = new Line(_position, end);
            _lineStarts?.Record(_position);
            _position = end >= _text.Length ? end : end + (_text[end] == '\r' && end + 1 < _text.Length && _text[end + 1] == '\n' ? 2 : 1);
            return true;
        }
    }
}
