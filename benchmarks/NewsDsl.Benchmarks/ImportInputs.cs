using System;
using System.IO;

namespace NewsDsl.Benchmarks;

/// <summary>Where the raw seed text (the importer's test input) is in the checkout.</summary>
public static class ImportInputs
{
    public static string RawSeedPath()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "NewsDsl.Import.Tests", "Seed", "press-tv-264060-iran-strikes-back.txt");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("tests/NewsDsl.Import.Tests/Seed/press-tv-264060-iran-strikes-back.txt not found above " + AppContext.BaseDirectory);
    }
}
