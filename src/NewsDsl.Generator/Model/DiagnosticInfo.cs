using NewsDsl.Language.Diagnostics;

namespace NewsDsl.Generator.Model;

/// <summary>
/// A diagnostic the generator will report, as plain values (a Roslyn <c>Diagnostic</c> must not
/// live in the incremental cache: it is not equatable and holds on to compilations).
/// A null <see cref="Location"/> reports without a location.
/// </summary>
/// <param name="Id">The rule ID (NEWS006…).</param>
/// <param name="Location">Where in a .news file; null for none.</param>
/// <param name="Message">The finished message.</param>
/// <param name="Severity">The effective severity, after the file's .editorconfig settings.</param>
/// <param name="AdditionalLocation">A second place the finding is about (NEWS109: the first article with the id), or null.</param>
internal sealed record DiagnosticInfo(string Id, LocationInfo? Location, string Message, NewsSeverity Severity, LocationInfo? AdditionalLocation = null);
