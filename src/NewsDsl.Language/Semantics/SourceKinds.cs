namespace NewsDsl.Language.Semantics;

/// <summary>The written names of <see cref="SourceKind"/> values.</summary>
public static class SourceKinds
{
    public const string List = Parsing.SourceKindKeywords.List;

    public static SourceKind? Parse(string text) => text switch
    {
        "person" => SourceKind.Person,
        "organization" => SourceKind.Organization,
        "media" => SourceKind.Media,
        "document" => SourceKind.Document,
        "group" => SourceKind.Group,
        "anonymous" => SourceKind.Anonymous,
        _ => null,
    };

    public static string ToKeyword(SourceKind kind) => kind switch
    {
        SourceKind.Person => "person",
        SourceKind.Organization => "organization",
        SourceKind.Media => "media",
        SourceKind.Document => "document",
        SourceKind.Group => "group",
        _ => "anonymous",
    };
}
