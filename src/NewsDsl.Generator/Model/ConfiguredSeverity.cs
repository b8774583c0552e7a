using NewsDsl.Language.Diagnostics;

namespace NewsDsl.Generator.Model;

/// <summary>The effective severity of one rule the generator reports, in one file; null when turned off.</summary>
internal sealed record ConfiguredSeverity(string Id, NewsSeverity? Severity);
