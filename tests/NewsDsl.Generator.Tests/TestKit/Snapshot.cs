using System;
using System.IO;
using System.Runtime.CompilerServices;
using Xunit.Sdk;

namespace NewsDsl.Generator.Tests.TestKit;

/// <summary>
/// Snapshot assertions in Verify's layout (Verify itself is not available here): the expected
/// text lives in <c>Snapshots/&lt;Class&gt;.&lt;Test&gt;.verified.cs</c> beside the test source and
/// is committed; on a mismatch the actual text is written to <c>….received.cs</c> (ignored by git)
/// and the test fails saying how to accept it.
/// </summary>
public static class Snapshot
{
    /// <summary>Set to 1 to overwrite the verified files with what was received (the test still fails once, so nothing is accepted silently).</summary>
    public const string AcceptVariable = "NEWSDSL_ACCEPT_SNAPSHOTS";

    public static void Match(string actual, string? suffix = null, [CallerFilePath] string testFile = "", [CallerMemberName] string testName = "")
    {
        var className = Path.GetFileNameWithoutExtension(testFile);
        var directory = Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots");
        var stem = className + "." + testName + (suffix is null ? string.Empty : "_" + suffix);
        var verified = Path.Combine(directory, stem + ".verified.cs");
        var received = Path.Combine(directory, stem + ".received.cs");

        // Line endings are not part of the snapshot: a checkout with CRLF must still pass.
        var normalized = Normalize(actual);
        if (File.Exists(verified) && Normalize(File.ReadAllText(verified)) == normalized)
        {
            if (File.Exists(received))
            {
                File.Delete(received);
            }

            return;
        }

        Directory.CreateDirectory(directory);
        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(verified, normalized);
            throw new XunitException($"Snapshot {stem} accepted into {verified} ({AcceptVariable}=1); run the tests again without it.");
        }

        File.WriteAllText(received, normalized);
        var what = File.Exists(verified) ? "does not match" : "has no verified file yet";
        throw new XunitException(
            $"Snapshot {stem} {what}.\n" +
            $"  received: {received}\n" +
            $"  verified: {verified}\n" +
            $"Compare them; if the change is intended, accept it with\n" +
            $"  mv '{received}' '{verified}'\n" +
            $"or run the tests once with {AcceptVariable}=1.");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
