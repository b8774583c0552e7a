using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Xunit;

namespace NewsDsl.EndToEnd.Tests;

/// <summary>
/// Packs NewsDsl once per test run, with a version of its own (0.2.0-e2e.&lt;ticks&gt;) so no NuGet
/// cache can serve an older build, into a temporary feed; consumers restore it with their own
/// NUGET_PACKAGES folder.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "newsdsl-e2e-" + Guid.NewGuid().ToString("N"));
        Feed = Path.Combine(Root, "feed");
        Directory.CreateDirectory(Feed);
        Version = "0.2.0-e2e." + DateTime.UtcNow.Ticks.ToString(CultureInfo.InvariantCulture);
        Environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(Root, "packages") };

        var project = Path.Combine(RepositoryRoot, "src", "NewsDsl.Package", "NewsDsl.Package.csproj");
        // --artifacts-path keeps this build's bin/ and obj/ out of the repository, so it neither
        // races a build running there nor leaves a Release build with a test version behind.
        Pack = DotNet.Run(
            RepositoryRoot,
            Environment,
            "pack", project, "-c", "Release", "-o", Feed, "--artifacts-path", Path.Combine(Root, "build"),
            "-p:Version=" + Version, "-nodeReuse:false", "-p:UseSharedCompilation=false");
        Package = Path.Combine(Feed, $"NewsDsl.{Version}.nupkg");
        if (Pack.ExitCode != 0 || !File.Exists(Package))
        {
            throw new InvalidOperationException($"dotnet pack failed ({Pack.ExitCode}):\n{Pack.Output}");
        }
    }

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public string Root { get; }

    public string Feed { get; }

    public string Version { get; }

    public string Package { get; }

    public ProcessResult Pack { get; }

    /// <summary>Environment for every dotnet command of the tests: a NuGet cache of their own.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>Writes a fresh consumer project (a net10.0 console app named Consumer) with the given extra files.</summary>
    public string CreateConsumer(string name, IReadOnlyDictionary<string, string> files)
    {
        var directory = Path.Combine(Root, name);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="NewsDsl" Version="{Version}" />
              </ItemGroup>
            </Project>
            """);

        // The local feed is added to the user's sources, not instead of them (no <clear/>).
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="newsdsl-e2e" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        foreach (var (path, content) in files)
        {
            var full = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, content);
        }

        return directory;
    }

    public ProcessResult Dotnet(string directory, params string[] arguments) =>
        DotNet.Run(directory, Environment, arguments.Concat(arguments.Length > 0 && arguments[0] == "build" ? new[] { "-p:UseSharedCompilation=false" } : Array.Empty<string>()).ToArray());

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing the run for.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NewsDsl.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("NewsDsl.sln not found above " + AppContext.BaseDirectory);
    }
}

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "package";
}
