using System.Text;

namespace NewsDsl.Cli.Tests;

/// <summary>Small articles with known findings, and a scratch folder to check them in.</summary>
internal static class Articles
{
    public const string Header = "---\nid: {0}\nheadline: Iran strikes back at US with missile attack at bases in Iraq\n---\n" +
        "@source zarif person name=\"Mohammad Javad Zarif\" title=\"Foreign Minister of Iran\"\n" +
        "@source pentagon organization name=\"The Pentagon\"\n\n";

    /// <summary>No finding at all.</summary>
    public static string Clean(string id = "clean-article") => string.Format(Header, id) +
        "“Iran took proportionate measures,”{@zarif} Zarif said on Twitter.\n\n" +
        "The Pentagon said the facilities had been on \"high alert\"{@pentagon} after days of mounting tension.\n";

    /// <summary>One warning: NEWS001 at 8,1 for the quotation “Iran took proportionate measures,”.</summary>
    public static string Warning(string id = "warning-article") => string.Format(Header, id) +
        "“Iran took proportionate measures,” Zarif said on Twitter, adding [Tehran did not seek escalation]{@zarif}.\n\n" +
        "The Pentagon said the facilities had been on \"high alert\"{@pentagon} after days of mounting tension.\n";

    /// <summary>One error: NEWS002 at 10,97 for the undeclared 'pentagn'.</summary>
    public static string Error(string id = "error-article") => string.Format(Header, id) +
        "“Iran took proportionate measures,”{@zarif} Zarif said on Twitter.\n\n" +
        "The Pentagon said the facilities had been on \"high alert\"{@pentagon}, and [US troops were safe]{@pentagn}.\n";
}

/// <summary>A fresh folder under the system's temporary folder, deleted afterwards; <c>root = true</c> keeps outside .editorconfig files out.</summary>
internal sealed class ScratchFolder : IDisposable
{
    public ScratchFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "newsdsl-cli-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        File.WriteAllText(System.IO.Path.Combine(Path, ".editorconfig"), "root = true\n");
    }

    public string Path { get; }

    public string Write(string relativePath, string content, bool byteOrderMark = false)
    {
        var full = System.IO.Path.Combine(Path, relativePath.Replace('/', System.IO.Path.DirectorySeparatorChar));
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content, new UTF8Encoding(byteOrderMark));
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>Runs <see cref="Program.Run"/> in process and keeps what it wrote.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = Program.Run(args, stdout, stderr);
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }

    public IReadOnlyList<string> Lines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
}
