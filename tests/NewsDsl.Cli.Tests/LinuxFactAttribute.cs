using Xunit;

namespace NewsDsl.Cli.Tests;

/// <summary>
/// A test of the Linux file system itself (FIFOs, /dev/zero, sockets, PATH_MAX, statx, ownership):
/// skipped, with the reason, on another system, rather than passed without running.
/// </summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = $"needs Linux (FIFOs, devices, statx and file owners as Linux has them); this is {System.Runtime.InteropServices.RuntimeInformation.OSDescription}";
        }
    }
}
