namespace NewsDsl.Render;

/// <summary>The kinds the summary's share-of-words bar counts: the contract's source kinds, the article's own words, and nobody's.</summary>
internal enum WordShareKind
{
    Person,
    Organization,
    Media,
    Document,
    Group,
    Anonymous,
    Own,
    Unattributed,
}
