using NewsDsl.Language;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Text;

namespace NewsDsl.Generator.Model;

/// <summary>
/// Everything the generator needs from one <c>.news</c> file, as equatable plain values, so that
/// the incremental pipeline can tell an edited article from an untouched one.
/// </summary>
/// <param name="Path">The file's path as the compiler knows it (for diagnostics only; never emitted).</param>
/// <param name="FileName">The file name without folders (emitted in documentation; the same on every machine).</param>
/// <param name="Id">The article id; null when the front matter lacks a valid one (then nothing is generated).</param>
/// <param name="IdLocation">Where the id's value is: with <paramref name="Path"/> and <paramref name="Id"/>, the article's identity for the project-wide NEWS006 (see <see cref="ToIdentity"/>).</param>
/// <param name="Figures">The figure groups (<c>about="…"</c>), in order of first appearance.</param>
/// <param name="Severities">The effective severities of the rules the generator reports (NEWS000, NEWS006) in this file.</param>
/// <param name="Failure">Set when reading the article failed (NEWS000); then nothing else is.</param>
internal sealed record ArticleInfo(
    string Path,
    string FileName,
    string? Id,
    LocationInfo? IdLocation,
    string? Headline,
    PublishedInfo? Published,
    string? Byline,
    string? Desk,
    string? Deck,
    string? Dateline,
    EquatableArray<string> Contributors,
    EquatableArray<SourceInfo> Sources,
    EquatableArray<QuoteInfo> Quotes,
    EquatableArray<ClaimInfo> Claims,
    EquatableArray<FigureGroupInfo> Figures,
    EquatableArray<ConfiguredSeverity> Severities,
    DiagnosticInfo? Failure)
{
    public static ArticleInfo Failed(string path, string fileName, EquatableArray<ConfiguredSeverity> severities, DiagnosticInfo? failure) => new(
        path,
        fileName,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        EquatableArray<string>.Empty,
        EquatableArray<SourceInfo>.Empty,
        EquatableArray<QuoteInfo>.Empty,
        EquatableArray<ClaimInfo>.Empty,
        EquatableArray<FigureGroupInfo>.Empty,
        severities,
        failure);

    /// <summary>
    /// What the language's project check (NEWS006 across articles) needs of this article, rebuilt
    /// from the record: no file is read again. Null when the article has no valid id.
    /// </summary>
    public ArticleIdentity? ToIdentity() => Id is { } id && IdLocation is { } location
        ? new ArticleIdentity(
            Path,
            id,
            new TextSpan(location.Start, location.Length),
            new LinePosition(location.StartLine, location.StartCharacter),
            new LinePosition(location.EndLine, location.EndCharacter))
        : null;

    /// <summary>The effective severity of a rule in this file; null when the file turned it off.</summary>
    public NewsSeverity? SeverityOf(NewsDiagnosticDescriptor descriptor)
    {
        foreach (var configured in Severities)
        {
            if (configured.Id == descriptor.Id)
            {
                return configured.Severity;
            }
        }

        return descriptor.DefaultSeverity;
    }

    /// <summary>The article's configured severities as the core's check options.</summary>
    public NewsCheckOptions ToCheckOptions()
    {
        var severities = new System.Collections.Generic.Dictionary<string, NewsSeverity?>(System.StringComparer.Ordinal);
        foreach (var configured in Severities)
        {
            severities[configured.Id] = configured.Severity;
        }

        return new NewsCheckOptions { Severities = severities };
    }

    /// <summary>
    /// The severity of a finding that explains why this article gets no class: the configured one, but
    /// never off (then info), so the user is always told why a class is missing.
    /// </summary>
    public NewsSeverity NoClassSeverityOf(NewsDiagnosticDescriptor descriptor) => SeverityOf(descriptor) ?? NewsSeverity.Info;
}
