using System.IO;
using System.Text;

namespace NewsDsl.Benchmarks;

/// <summary>The inputs of the import nesting and memory measurements, also written as files for whole-process runs.</summary>
public static class ImportNestingInputs
{
    public static string NestedLists(int depth)
    {
        var html = new StringBuilder("<html><body><h1>Deep</h1>");
        for (var i = 0; i < depth; i++)
        {
            html.Append("<ul><li>item").Append(i).Append(" “x,” he said ");
        }

        for (var i = 0; i < depth; i++)
        {
            html.Append("</li></ul>");
        }

        return html.Append("</body></html>").ToString();
    }

    /// <summary>The seed's raw paragraphs repeated to <paramref name="bytes"/> bytes of UTF-8 plain text (the 50 MB input).</summary>
    public static string LargePlainText(int bytes)
    {
        var raw = File.ReadAllText(ImportInputs.RawSeedPath()).Replace("\r\n", "\n");
        var body = raw.Substring(raw.IndexOf("\n\n", System.StringComparison.Ordinal) + 2) + "\n\n";
        var text = new StringBuilder(bytes);
        text.Append("Iran strikes back at US with missile attack at bases in Iraq\n\n");
        var size = Encoding.UTF8.GetByteCount(text.ToString());
        var bodyBytes = Encoding.UTF8.GetByteCount(body);
        while (size < bytes)
        {
            text.Append(body);
            size += bodyBytes;
        }

        return text.ToString();
    }

    /// <summary><c>--write-import-inputs DIR</c>: large.txt (50 MB), deep-5000.html … deep-20000.html.</summary>
    public static void Write(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "large.txt"), LargePlainText(50_000_000), new UTF8Encoding(false));
        foreach (var depth in new[] { 5_000, 10_000, 20_000 })
        {
            File.WriteAllText(Path.Combine(folder, $"deep-{depth}.html"), NestedLists(depth), new UTF8Encoding(false));
        }
    }
}
