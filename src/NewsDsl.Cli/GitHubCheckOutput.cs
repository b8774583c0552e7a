using System.Collections.Generic;
using System.IO;
using System.Text;
using NewsDsl.Language.Diagnostics;

namespace NewsDsl.Cli;

/// <summary>
/// <c>--format github</c>: a GitHub Actions workflow command per finding
/// (<c>::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=NEWS001::message</c>), so a
/// workflow annotates the changed lines. Errors are <c>::error</c>, warnings <c>::warning</c>,
/// infos <c>::notice</c>; hidden findings are not annotated, as an IDE does not list them.
/// </summary>
internal sealed class GitHubCheckOutput : CheckOutput
{
    private readonly TextWriter _writer;

    public GitHubCheckOutput(TextWriter writer)
    {
        _writer = writer;
    }

    public override void WriteFile(string path, IReadOnlyList<NewsDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (Command(diagnostic.Severity) is { } command)
            {
                _writer.WriteLine(Format(command, path, diagnostic));
            }
        }
    }

    public override void Complete() => _writer.Flush();

    internal static string Format(string command, string path, NewsDiagnostic diagnostic) =>
        new StringBuilder("::").Append(command)
            .Append(" file=").Append(EscapeProperty(path.Replace('\\', '/')))
            .Append(",line=").Append(diagnostic.Start.Line + 1)
            .Append(",col=").Append(diagnostic.Start.Character + 1)
            .Append(",endLine=").Append(diagnostic.End.Line + 1)
            .Append(",endColumn=").Append(diagnostic.End.Character + 1)
            .Append(",title=").Append(EscapeProperty(diagnostic.Id))
            .Append("::").Append(EscapeData(diagnostic.Message))
            .ToString();

    private static string? Command(NewsSeverity severity) => severity switch
    {
        NewsSeverity.Error => "error",
        NewsSeverity.Warning => "warning",
        NewsSeverity.Info => "notice",
        _ => null,
    };

    // The runner's escaping: a message may not break the line or start another command.
    private static string EscapeData(string value) =>
        value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string EscapeProperty(string value) =>
        EscapeData(value).Replace(":", "%3A").Replace(",", "%2C");
}
