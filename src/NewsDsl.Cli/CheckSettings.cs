namespace NewsDsl.Cli;

/// <summary>How <c>check</c> runs: output format, warnings as errors, files checked at once, safe fixes applied first.</summary>
internal sealed record CheckSettings(string Format, bool WarningsAsErrors, int Jobs, bool Fix = false);
