using System.Collections.Generic;
using System.IO;
using NewsDsl.Language.Diagnostics;

namespace NewsDsl.Cli;

/// <summary><c>path(line,column): severity ID: message</c>, one a line, as MSBuild prints them.</summary>
internal sealed class TextCheckOutput : CheckOutput
{
    private readonly TextWriter _writer;

    public TextCheckOutput(TextWriter writer)
    {
        _writer = writer;
    }

    public override void WriteFile(string path, IReadOnlyList<NewsDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            _writer.WriteLine(diagnostic.ToString());
        }
    }

    public override void Complete() => _writer.Flush();
}
