using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using NewsDsl.Generator.Naming;

namespace NewsDsl.Generator.Model;

/// <summary>Reads the project's settings that shape the generated code.</summary>
internal static class OptionsReader
{
    /// <summary>
    /// The generator's version as <c>major.minor.patch</c>: the assembly version, which has no
    /// commit hash in it, so generated code does not change with every commit.
    /// </summary>
    public static readonly string GeneratorVersion = ReadVersion();

    public static GeneratorOptions Read(AnalyzerConfigOptions globalOptions, ParseOptions parseOptions)
    {
        // Both are MSBuild properties made visible to the compiler by build/NewsDsl.props.
        globalOptions.TryGetValue("build_property.NewsDslNamespace", out var configured);
        globalOptions.TryGetValue("build_property.RootNamespace", out var rootNamespace);

        string @namespace;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            @namespace = Identifiers.Namespace(configured);
        }
        else if (!string.IsNullOrWhiteSpace(rootNamespace))
        {
            @namespace = Identifiers.Namespace(rootNamespace + ".News");
        }
        else
        {
            @namespace = "News";
        }

        var nullable = parseOptions is not CSharpParseOptions csharp || csharp.LanguageVersion >= LanguageVersion.CSharp8;
        var utf8 = parseOptions is not CSharpParseOptions csharp11 || csharp11.LanguageVersion >= LanguageVersion.CSharp11;
        return new GeneratorOptions(@namespace, GeneratorVersion, nullable, utf8);
    }

    private static string ReadVersion()
    {
        var version = typeof(OptionsReader).Assembly.GetName().Version;
        return version is null
            ? "0.0.0"
            : version.Major.ToString(System.Globalization.CultureInfo.InvariantCulture) + "."
                + version.Minor.ToString(System.Globalization.CultureInfo.InvariantCulture) + "."
                + version.Build.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
