namespace NewsDsl.Language.Diagnostics;

/// <summary>How serious a finding is; mirrors Roslyn's DiagnosticSeverity so adapters map one to one.</summary>
public enum NewsSeverity
{
    Hidden = 0,
    Info = 1,
    Warning = 2,
    Error = 3,
}
