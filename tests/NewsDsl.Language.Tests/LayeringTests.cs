using NewsDsl.Language.Semantics;
using Xunit;

namespace NewsDsl.Language.Tests;

/// <summary>Dependencies point one way inside the core: text → syntax and parsing → semantic model → rules.</summary>
public sealed class LayeringTests
{
    private static readonly string Core = Path.Combine(RepositoryPaths.Root, "src", "NewsDsl.Language");

    // Each layer, and the namespaces it must not mention (the layers above it).
    public static TheoryData<string, string[]> Layers() => new()
    {
        { "Text", new[] { "NewsDsl.Language.Syntax", "NewsDsl.Language.Parsing", "NewsDsl.Language.Semantics", "NewsDsl.Language.Rules", "Syntax.", "Parsing.", "Semantics.", "Rules." } },
        { "Syntax", new[] { "NewsDsl.Language.Parsing", "NewsDsl.Language.Semantics", "NewsDsl.Language.Rules", "Parsing.", "Semantics.", "Rules." } },
        { "Parsing", new[] { "NewsDsl.Language.Semantics", "NewsDsl.Language.Rules", "Semantics.", "Rules." } },
        { "Semantics", new[] { "NewsDsl.Language.Rules", "Rules." } },
    };

    [Theory]
    [MemberData(nameof(Layers))]
    public void A_layer_never_refers_to_a_layer_above_it(string layer, string[] forbidden)
    {
        var offences = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Core, layer), "*.cs", SearchOption.AllDirectories))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].TrimStart();
                if (line.StartsWith("///", StringComparison.Ordinal) || line.StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (var name in forbidden)
                {
                    if (line.Contains(name, StringComparison.Ordinal) && !line.StartsWith("namespace", StringComparison.Ordinal))
                    {
                        offences.Add($"{Path.GetFileName(file)}:{i + 1}: {line}");
                    }
                }
            }
        }

        Assert.Equal(Array.Empty<string>(), offences);
    }

    [Fact]
    public void The_parser_and_the_model_agree_on_the_kind_words()
    {
        foreach (var word in SourceKinds.List.Split(", "))
        {
            Assert.NotNull(SourceKinds.Parse(word));
        }

        Assert.Equal(Enum.GetValues<SourceKind>().Length, SourceKinds.List.Split(", ").Length);
    }
}
