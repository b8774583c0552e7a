namespace NewsDsl.Language.Syntax;

/// <summary>
/// Storage for the green tables of many blocks of one parse: rows, links and strings in arrays that blocks
/// share, each block using a contiguous stretch of each. A block costs no array of its own, the arrays stay
/// below the large object heap's threshold, and the rows hold no reference. Written only by the parse that
/// made it, before its tree is handed out; after that it never changes.
/// </summary>
internal sealed class GreenChunk
{
    public GreenChunk(int rows, int links, int strings)
    {
        Rows = new GreenInline[rows];
        Links = new int[links];
        Strings = new string?[strings];
    }

    public GreenInline[] Rows { get; }

    public int[] Links { get; }

    public string?[] Strings { get; }

    public int RowCount { get; set; }

    public int LinkCount { get; set; }

    public int StringCount { get; set; }

    public bool HasRoom(int rows, int links, int strings) =>
        RowCount + rows <= Rows.Length && LinkCount + links <= Links.Length && StringCount + strings <= Strings.Length;
}
