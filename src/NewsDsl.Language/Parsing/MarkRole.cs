namespace NewsDsl.Language.Parsing;

/// <summary>What a quotation mark does where it stands.</summary>
internal enum MarkRole
{
    /// <summary>Not a quotation mark here: an apostrophe, a stray mark, an inch sign.</summary>
    Text,

    /// <summary>Opens a quotation.</summary>
    Open,

    /// <summary>Closes the innermost open quotation of its family.</summary>
    Close,
}
