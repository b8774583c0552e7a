namespace NewsDsl.LanguageServer.Tests;

/// <summary>LSP positions in test texts, found by a marker string (UTF-16, any line break).</summary>
internal static class Text
{
    /// <summary>The position <paramref name="delta"/> code units after the start of the first <paramref name="marker"/>.</summary>
    public static object At(string text, string marker, int delta = 0)
    {
        var offset = text.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(offset >= 0, $"'{marker}' is not in the text");
        return PositionOf(text, offset + delta);
    }

    public static object PositionOf(string text, int offset)
    {
        int line = 0, lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new { line, character = offset - lineStart };
    }

    /// <summary>Applies LSP text edits (non-overlapping) to a text, last first.</summary>
    public static string Apply(string text, IEnumerable<System.Text.Json.Nodes.JsonNode> edits)
    {
        var resolved = edits.Select(e => (Start: OffsetOf(text, e["range"]!["start"]!), End: OffsetOf(text, e["range"]!["end"]!), NewText: (string)e["newText"]!))
            .OrderByDescending(e => e.Start)
            .ToList();
        foreach (var (start, end, newText) in resolved)
        {
            text = string.Concat(text.AsSpan(0, start), newText, text.AsSpan(end));
        }

        return text;
    }

    public static int OffsetOf(string text, System.Text.Json.Nodes.JsonNode position)
    {
        var line = (int)position["line"]!;
        var character = (int)position["character"]!;
        var offset = 0;
        for (var l = 0; l < line; l++)
        {
            var next = text.IndexOfAny(new[] { '\r', '\n' }, offset);
            offset = next + (text[next] == '\r' && next + 1 < text.Length && text[next + 1] == '\n' ? 2 : 1);
        }

        return offset + character;
    }
}
