using Xunit;

namespace NewsDsl.Cli.Tests;

/// <summary>
/// A test that needs a second user: files owned by someone else, or a folder the tool may not read.
/// As root (CI) it gives files to <c>nobody</c> with chown and runs the tool through <c>setpriv</c>;
/// skipped, with the reason, where the system cannot do that.
/// </summary>
public sealed class AsOtherUserFactAttribute : FactAttribute
{
    public AsOtherUserFactAttribute(bool needsRoot = false)
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "needs Linux users and permissions";
        }
        else if (needsRoot && !HostileFileSystem.IsRoot)
        {
            Skip = "needs root: only root can give a file to another user (chown) to test that its owner is kept";
        }
        else if (HostileFileSystem.CannotRunAsOtherUser() is { } reason)
        {
            Skip = reason;
        }
    }
}
