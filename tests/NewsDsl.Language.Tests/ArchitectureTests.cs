using System.Text;
using System.Text.RegularExpressions;
using Xunit;

namespace NewsDsl.Language.Tests;

/// <summary>
/// Issue 17 §1, dependency rules read from the code: every <c>using</c> directive and every qualified name of
/// the shipped sources (comments and string literals left out) is checked against what its layer may know.
/// The core knows no Roslyn, command line, protocol or HTML; parsing knows no meaning; suggestions know
/// neither rules nor fixes; adapters do not reference each other (the command line hosts them all).
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly string[] s_adapters = { "NewsDsl.Generator", "NewsDsl.LanguageServer", "NewsDsl.Render", "NewsDsl.Import" };

    /// <summary>A layer: the source folder it is, and the namespaces its code must not name.</summary>
    public sealed record Layer(string Name, string Folder, string[] Forbidden);

    public static IEnumerable<Layer> Layers()
    {
        yield return new Layer(
            "the language core",
            "src/NewsDsl.Language",
            new[] { "Microsoft.CodeAnalysis", "System.CommandLine", "StreamJsonRpc", "Nerdbank.Streams", "AngleSharp", "Markdig", "NewsDsl.Cli", "NewsDsl.Configuration" }.Concat(s_adapters).ToArray());
        foreach (var folder in new[] { "Text", "Syntax", "Parsing" })
        {
            yield return new Layer("parsing (" + folder + ")", "src/NewsDsl.Language/" + folder, new[] { "NewsDsl.Language.Semantics", "NewsDsl.Language.Rules", "NewsDsl.Language.Fixes", "NewsDsl.Language.Suggestions" });
        }

        yield return new Layer("suggestions", "src/NewsDsl.Language/Suggestions", new[] { "NewsDsl.Language.Rules", "NewsDsl.Language.Fixes" });
        yield return new Layer("the configuration", "src/NewsDsl.Configuration", new[] { "NewsDsl.Cli" }.Concat(s_adapters).ToArray());
        foreach (var adapter in s_adapters)
        {
            yield return new Layer(adapter, "src/" + adapter, new[] { "NewsDsl.Cli" }.Concat(s_adapters.Where(a => a != adapter)).ToArray());
        }
    }

    public static TheoryData<string> LayerNames()
    {
        var data = new TheoryData<string>();
        foreach (var layer in Layers())
        {
            data.Add(layer.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LayerNames))]
    public void A_layer_names_nothing_it_must_not_know(string name)
    {
        var layer = Layers().Single(l => l.Name == name);
        var folder = Path.Combine(RepositoryPaths.Root, layer.Folder);
        var files = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(files);

        var offences = files.SelectMany(f => Violations(Path.GetRelativePath(RepositoryPaths.Root, f), File.ReadAllText(f), layer.Forbidden)).ToList();

        Assert.True(offences.Count == 0, string.Join("\n", offences));
    }

    // The checker itself must be able to fail: a forbidden using, a qualified name and a global using are found;
    // the same words in a comment, a string or the file's own namespace are not.
    [Fact]
    public void A_forbidden_using_or_qualified_name_is_reported_and_comments_and_strings_are_not()
    {
        const string Source = """
            using System;
            using Microsoft.CodeAnalysis;
            global using static NewsDsl.Render.ReviewPage;
            namespace NewsDsl.Language.Rules;
            // using NewsDsl.Cli; only a comment
            /// <see cref="NewsDsl.Cli.Program"/> in documentation
            internal static class Bad
            {
                private const string Note = "NewsDsl.LanguageServer is named in a string";
                private const string Verbatim = @"NewsDsl.Import ""quoted"" too";
                public static object Page => NewsDsl.LanguageServer.Protocol.Range.Empty;
            }
            """;

        var found = Violations("Bad.cs", Source, new[] { "Microsoft.CodeAnalysis", "NewsDsl.Render", "NewsDsl.LanguageServer", "NewsDsl.Cli", "NewsDsl.Import", "NewsDsl.Language.Rules" });

        Assert.Equal(
            new[]
            {
                "Bad.cs:2: Microsoft.CodeAnalysis",
                "Bad.cs:3: NewsDsl.Render.ReviewPage",
                "Bad.cs:11: NewsDsl.LanguageServer.Protocol.Range.Empty",
            },
            found);
    }

    private static readonly Regex s_using = new(@"^\s*(?:global\s+)?using\s+(?:static\s+)?(?:\w+\s*=\s*)?(?<name>[\w.]+)\s*;", RegexOptions.CultureInvariant);
    private static readonly Regex s_qualified = new(@"(?<![\w.])(?<name>[A-Z]\w*(?:\.\w+)+)", RegexOptions.CultureInvariant);

    /// <summary>Every name in <paramref name="source"/> under a forbidden namespace, as <c>file:line: name</c>.</summary>
    private static IEnumerable<string> Violations(string file, string source, string[] forbidden)
    {
        var lines = StripCommentsAndStrings(source).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (Regex.IsMatch(line, @"^\s*namespace\s"))
            {
                continue;
            }

            var using_ = s_using.Match(line);
            var names = using_.Success ? new[] { using_.Groups["name"].Value } : s_qualified.Matches(line).Select(m => m.Groups["name"].Value).ToArray();
            foreach (var name in names)
            {
                if (forbidden.Any(f => name == f || name.StartsWith(f + ".", StringComparison.Ordinal)))
                {
                    yield return $"{file}:{i + 1}: {name}";
                }
            }
        }
    }

    /// <summary>The source with comments and the contents of string and character literals blanked, line breaks kept.</summary>
    private static string StripCommentsAndStrings(string source)
    {
        var result = new StringBuilder(source.Length);
        var i = 0;
        while (i < source.Length)
        {
            var c = source[i];
            if (c == '/' && i + 1 < source.Length && source[i + 1] == '/')
            {
                while (i < source.Length && source[i] != '\n')
                {
                    i++;
                }
            }
            else if (c == '/' && i + 1 < source.Length && source[i + 1] == '*')
            {
                i += 2;
                while (i < source.Length && !(source[i] == '*' && i + 1 < source.Length && source[i + 1] == '/'))
                {
                    result.Append(source[i] == '\n' ? '\n' : ' ');
                    i++;
                }

                i += 2;
            }
            else if (c == '"' && i + 2 < source.Length && source[i + 1] == '"' && source[i + 2] == '"')
            {
                // A raw string literal: up to the same run of quotes.
                var run = 0;
                while (i < source.Length && source[i] == '"')
                {
                    run++;
                    i++;
                }

                var close = source.IndexOf(new string('"', run), i, StringComparison.Ordinal);
                var end = close < 0 ? source.Length : close + run;
                result.Append(new string('\n', source.Substring(i, Math.Max(0, end - i)).Count(ch => ch == '\n')));
                i = end;
            }
            else if (c == '@' && i + 1 < source.Length && source[i + 1] == '"')
            {
                i += 2;
                while (i < source.Length && !(source[i] == '"' && (i + 1 >= source.Length || source[i + 1] != '"')))
                {
                    if (source[i] == '"')
                    {
                        i++;
                    }

                    if (source[i] == '\n')
                    {
                        result.Append('\n');
                    }

                    i++;
                }

                i++;
            }
            else if (c is '"' or '\'')
            {
                i++;
                while (i < source.Length && source[i] != c && source[i] != '\n')
                {
                    i += source[i] == '\\' ? 2 : 1;
                }

                i++;
            }
            else
            {
                result.Append(c);
                i++;
            }
        }

        return result.ToString();
    }
}
