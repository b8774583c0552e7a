namespace NewsDsl.Language.Parsing;

/// <summary>
/// The words a declaration may give as its kind. Here, below the semantic model, so the parser can
/// check a declaration without knowing <c>Semantics.SourceKind</c>: dependencies point one way,
/// text → syntax → model → rules.
/// </summary>
internal static class SourceKindKeywords
{
    public const string List = "person, organization, media, document, group, anonymous";

    public static bool IsKeyword(string text) => text is "person" or "organization" or "media" or "document" or "group" or "anonymous";
}
