using System.Text;

namespace NewsDsl.LanguageServer.Tests;

/// <summary>
/// Issue 16 §2: 5,000 rapid incremental edits of a 20 MB article. Each edit used to copy the whole text on the
/// message loop (152 s to the final publication, 2.6 GB peak). The edits must apply in place, the burst be
/// checked about once, and the final text's diagnostics arrive with memory bounded; the text the server holds
/// must be exactly the client's. The time bounds are generous (a 20 MB check in a Debug build on a loaded
/// machine takes tens of seconds); before the fix the final publication did not come within 900 s.
/// </summary>
public sealed class LargeDocumentTests
{
    [Fact]
    public async Task Five_thousand_rapid_edits_of_a_20_MB_article_end_in_one_publication_of_the_exact_final_text()
    {
        await using var client = await LspClient.StartInitializedAsync(null, new { diagnosticMode = "push" });
        var paragraph = File.ReadAllText(TestFiles.Sample).Replace("\r\n", "\n", StringComparison.Ordinal);
        var text = new StringBuilder(21 * 1024 * 1024);
        text.Append(paragraph);
        var tail = paragraph.Substring(paragraph.IndexOf("\n\n", paragraph.IndexOf("@source", StringComparison.Ordinal), StringComparison.Ordinal));
        while (text.Length < 20 * 1024 * 1024)
        {
            text.Append(tail);
        }

        // The untagged quotation typed at the end is the one finding the edits add.
        const string Uri = "untitled:large-edits.news";
        var original = text.ToString();
        await client.OpenAsync(Uri, original);
        var opened = await client.WaitForDiagnosticsAsync(Uri, 1, TimeSpan.FromSeconds(300));

        // A new paragraph typed between two in the middle: two line breaks, then 4,999 letters, written as one burst.
        var lines = original.Split('\n');
        var blank = Array.FindIndex(lines, lines.Length / 2, l => l.Length == 0);
        var line = blank + 1;
        var burst = new List<byte>();
        for (var k = 0; k < 5000; k++)
        {
            var (at, insert) = k switch
            {
                0 => (new { line = blank, character = 0 }, "\n\n"),
                1 => (new { line, character = 0 }, "“"),
                4999 => (new { line, character = 4998 }, "”"),
                _ => (new { line, character = k - 1 }, "a"),
            };
            var change = new
            {
                jsonrpc = "2.0",
                method = "textDocument/didChange",
                @params = new
                {
                    textDocument = new { uri = Uri, version = k + 2 },
                    contentChanges = new[] { new { range = new { start = at, end = at }, text = insert } },
                },
            };
            burst.AddRange(LspClient.Frame(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(change)));
        }

        await client.WriteAsync(burst.ToArray());
        var final = await client.WaitForDiagnosticsAsync(Uri, 5001, TimeSpan.FromSeconds(300));

        // The new quotation (4,997 letters between the marks) is untagged: one NEWS001 more, where it was typed.
        Assert.Equal(opened.Count(d => (string?)d!["code"] == "NEWS001") + 1, final.Count(d => (string?)d!["code"] == "NEWS001"));
        Assert.Contains(final, d => (string?)d!["code"] == "NEWS001" && (int)d!["range"]!["start"]!["line"]! == line && (int)d["range"]!["start"]!["character"]! == 0);

        // One check for the burst, give or take the one the first edits interrupted.
        var afterOpen = client.Published(Uri).Count(p => (int)p["version"]! > 1);
        Assert.True(afterOpen <= 3, $"{afterOpen} publications for one burst of edits");

        var peakMegabytes = client.ProcessStatusKilobytes("VmHWM") / 1024;
        Assert.True(peakMegabytes < 1200, $"the server peaked at {peakMegabytes} MB");
        await client.AssertStillServingAsync("a burst of 5,000 edits to a 20 MB article");
    }
}
