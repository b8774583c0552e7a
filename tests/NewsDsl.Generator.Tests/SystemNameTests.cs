using System;
using System.Collections.Generic;
using System.Linq;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsDsl.Generator.Naming;
using NewsDsl.Generator.Tests.TestKit;
using Xunit;

namespace NewsDsl.Generator.Tests;

/// <summary>
/// Article classes never shadow a System type a consumer uses: an id such as <c>string</c> or <c>file</c>
/// gets <c>String_</c> / <c>File_</c> and NEWS111 says so, so <c>using System; using Consumer.News;</c>
/// compiles without CS0104.
/// </summary>
public sealed class SystemNameTests
{
    /// <summary>Every public non-generic type of the namespaces .NET's implicit usings bring in (and System.Text), from .NET 10's reference assemblies.</summary>
    private static IEnumerable<string> ReferenceTypeNames()
    {
        var compilation = CSharpCompilation.Create("Names", references: Net100.References.All);
        foreach (var name in SystemTypeNames.Namespaces)
        {
            var ns = name.Split('.').Aggregate(compilation.GlobalNamespace, (n, part) => n.GetNamespaceMembers().Single(m => m.Name == part));
            foreach (var type in ns.GetTypeMembers().Where(t => t.Arity == 0 && t.DeclaredAccessibility == Accessibility.Public))
            {
                yield return type.Name;
            }
        }
    }

    [Fact]
    public void The_list_holds_every_public_non_generic_type_of_the_implicitly_used_namespaces()
    {
        var missing = ReferenceTypeNames().Distinct().Where(n => !SystemTypeNames.Contains(n)).Order(StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0, "missing: " + string.Join(", ", missing.Select(n => "\"" + n + "\"")));
    }

    [Fact]
    public void Ids_named_like_System_types_compile_beside_using_System_without_CS0104_and_NEWS111_names_the_class()
    {
        const string code = """
            using System;
            using System.IO;
            using Consumer.News;

            /// <summary>Uses System types and renamed article classes side by side.</summary>
            public static class Use
            {
                /// <summary>Every name below must bind without CS0104.</summary>
                public static string Describe() =>
                    String.Join(Environment.NewLine, File.Exists("x") ? "yes" : "no", DateTimeOffset.UnixEpoch.Year.ToString(),
                        String_.Id, Environment_.Id, File_.Id, DateTimeOffset_.Id, Task_.Headline);
            }
            """;
        var ids = new[] { "string", "environment", "file", "date-time-offset", "task" };

        var run = GeneratorHarness.Run(ids.Select(id => (AdditionalText)new InMemoryAdditionalText("/project/" + id + ".news", $"---\nid: {id}\nheadline: About {id}\n---\n\nText.\n")).ToList(), code: code);

        run.AssertCompilesClean();
        Assert.Equal(
            new[]
            {
                "NEWS111 Info /project/date-time-offset.news(2,5): Article id 'date-time-offset' makes the class 'DateTimeOffset_', not 'DateTimeOffset'",
                "NEWS111 Info /project/environment.news(2,5): Article id 'environment' makes the class 'Environment_', not 'Environment'",
                "NEWS111 Info /project/file.news(2,5): Article id 'file' makes the class 'File_', not 'File'",
                "NEWS111 Info /project/string.news(2,5): Article id 'string' makes the class 'String_', not 'String'",
                "NEWS111 Info /project/task.news(2,5): Article id 'task' makes the class 'Task_', not 'Task'",
            },
            run.GeneratorDiagnostics.Select(d => $"{d.Id} {d.Severity} {d.Location.GetLineSpan().Path}({d.Location.GetLineSpan().StartLinePosition.Line + 1},{d.Location.GetLineSpan().StartLinePosition.Character + 1}): {d.GetMessage().Split(':')[0]}").Order(StringComparer.Ordinal));
        Assert.Contains("ambiguous (CS0104)", run.GeneratorDiagnostics[0].GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void NEWS111_turned_off_is_not_reported_and_the_class_is_still_renamed()
    {
        var run = GeneratorHarness.Run(new AdditionalText[]
        {
            new InMemoryAdditionalText("/project/.editorconfig", "[*.news]\ndotnet_diagnostic.NEWS111.severity = none\n"),
            new InMemoryAdditionalText("/project/string.news", "---\nid: string\nheadline: H\n---\n\nText.\n"),
        });

        run.AssertCompilesClean();
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Contains("public static partial class String_", string.Concat(run.Sources.Values), StringComparison.Ordinal);
    }
}
