namespace NewsDsl.Language.Semantics;

/// <summary>What kind of source a declaration names (the contract's fixed list).</summary>
public enum SourceKind
{
    Person,
    Organization,
    Media,
    Document,
    Group,
    Anonymous,
}
