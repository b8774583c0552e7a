namespace NewsDsl.Generator.Model;

/// <summary>A generated source file, or the failure that prevented it (then <see cref="Text"/> is empty).</summary>
internal sealed record GeneratedFile(string HintName, string Text, DiagnosticInfo? Failure);
