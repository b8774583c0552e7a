namespace NewsDsl.Language.Syntax;

/// <summary>What a <see cref="GreenInline"/> row is.</summary>
internal enum GreenKind : byte
{
    Quotation,
    Span,
    Tag,
    Attribute,
}

/// <summary>
/// One inline node of a paragraph or heading in its green (compact) form: a row of the block's node table.
/// Offsets are those of the parse that made the row (a red node adds its block's move to them); there is no
/// parent and no object per node, and the table is shared by every version in which the block is unchanged.
/// </summary>
/// <remarks>
/// The four numbers mean, by kind:
/// quotation: <see cref="P0"/> closing mark start (-1: unclosed), <see cref="P1"/> tag row (-1: none), <see cref="P2"/>/<see cref="P3"/> first link and count of the children;
/// span: P0 closing bracket, P1 tag row, P2/P3 children as for a quotation;
/// tag: P0/P1 the id's start and length (both 0 for none), P2/P3 first row and count of its attributes (rows just before the tag);
/// attribute: P0/P1 the name's start and length, P2/P3 the value's.
/// Strings (a tag's id, an attribute's value) are numbers into the chunk's string array and an attribute's name
/// is a number into <see cref="AttributeNames"/>, so a row holds no reference: 32 bytes, and an array of rows is
/// nothing the garbage collector has to scan.
/// </remarks>
internal struct GreenInline
{
    public int Start;
    public int Length;
    public GreenKind Kind;

    /// <summary>Quotation: its <see cref="QuotationMarkFamily"/>; tag: its <see cref="TagKind"/>; attribute: its name's index in <see cref="AttributeNames"/>.</summary>
    public byte Sub;

    /// <summary>Quotation: the opening mark's length (low 4 bits) and the closing mark's (high 4 bits); tag: <see cref="DanglingFlag"/>, <see cref="SuggestedFlag"/>.</summary>
    public byte Flags;

    public int P0;
    public int P1;
    public int P2;
    public int P3;

    /// <summary>Tag: its source id; attribute: its unescaped value; as an index into the chunk's strings, -1 for none.</summary>
    public int S;

    /// <summary>The names a tag's attribute can have (a tag keeps only known ones).</summary>
    public static readonly string[] AttributeNames = { "cue", "via", "about", "value" };

    public const byte DanglingFlag = 1;
    public const byte SuggestedFlag = 2;

    public readonly int End => Start + Length;
}
