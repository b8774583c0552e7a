namespace NewsDsl.Generator.Model;

/// <summary>One declared source of an article, with the C# member name chosen for it.</summary>
/// <param name="Id">The source id in the article.</param>
/// <param name="MemberName">The C# member of the nested <c>Sources</c> class.</param>
/// <param name="Name">The display name.</param>
/// <param name="Title">The role, or null.</param>
/// <param name="Reason">Why the source is anonymous, or null.</param>
/// <param name="Aliases">Other names for the source.</param>
/// <param name="Kind">The <c>SourceKind</c> member name (<c>Person</c>, <c>Media</c>…).</param>
internal sealed record SourceInfo(
    string Id,
    string MemberName,
    string Kind,
    string Name,
    string? Title,
    string? Reason,
    EquatableArray<string> Aliases);
