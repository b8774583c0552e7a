namespace NewsDsl.Generator.Model;

/// <summary>
/// Where a diagnostic points inside a <c>.news</c> file, as plain values: a Roslyn
/// <see cref="Microsoft.CodeAnalysis.Location"/> is not equatable, so the pipeline carries this
/// and builds the location only when it reports.
/// </summary>
internal sealed record LocationInfo(
    string Path,
    int Start,
    int Length,
    int StartLine,
    int StartCharacter,
    int EndLine,
    int EndCharacter)
{
    /// <summary>Line 1, column 1 of a file: where a whole-file failure is reported.</summary>
    public static LocationInfo FileStart(string path) => new(path, 0, 0, 0, 0, 0, 0);
}
