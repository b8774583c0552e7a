using System.Collections.Generic;
using System.IO;

namespace NewsDsl.Cli;

/// <summary>
/// The checks every <c>-o</c> gets before any work is done: it must be writable as a file
/// (<see cref="AtomicFile.WhyNotWritable"/>: not empty, not a folder, FIFO or device, its folder exists)
/// and must not be one of the inputs, by identity (device and inode), so no spelling, symlink or hard
/// link can make a command overwrite what it reads.
/// </summary>
internal static class OutputPath
{
    /// <summary>True when <paramref name="output"/> may be written; otherwise the reason is on <paramref name="stderr"/> (exit 2).</summary>
    internal static bool IsUsable(string output, IEnumerable<string> inputs, TextWriter stderr)
    {
        if (AtomicFile.WhyNotWritable(output) is { } why)
        {
            stderr.WriteLine(output.Length == 0
                ? "newsdsl: -o '' names no file: give the file to write, or leave -o out to write to standard output."
                : $"newsdsl: cannot write '{output}': {why}.");
            return false;
        }

        foreach (var input in inputs)
        {
            if (AtomicFile.IsSameFile(output, input))
            {
                stderr.WriteLine($"newsdsl: '{output}' is the input '{input}': writing it would replace the input; choose another output path.");
                return false;
            }
        }

        return true;
    }
}
