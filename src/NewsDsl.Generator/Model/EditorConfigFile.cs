namespace NewsDsl.Generator.Model;

/// <summary>The text of one .editorconfig file the package passed as an additional file.</summary>
internal sealed record EditorConfigFile(string Path, string Text);
