using System.Reflection;
using System.Runtime.CompilerServices;
using NewsDsl.Language.Diagnostics;
using Xunit;

namespace NewsDsl.Language.Tests;

/// <summary>No shared mutable state in the core: options are immutable, and no static field can be reassigned.</summary>
public sealed class ImmutabilityTests
{
    private static readonly Assembly Core = typeof(NewsChecker).Assembly;

    [Fact]
    public void Options_are_immutable_and_derived_with_with()
    {
        var severities = new Dictionary<string, NewsSeverity?> { ["NEWS001"] = NewsSeverity.Error };
        var options = new NewsCheckOptions { Severities = severities };
        var strict = options with { WarningsAsErrors = true };

        // Changing the caller's dictionary afterwards changes nothing in the options.
        severities["NEWS001"] = null;
        Assert.Equal(NewsSeverity.Error, options.Severities["NEWS001"]);
        Assert.False(options.WarningsAsErrors);
        Assert.True(strict.WarningsAsErrors);
        Assert.False(NewsCheckOptions.Default.WarningsAsErrors);
        Assert.Empty(NewsCheckOptions.Default.Severities);
    }

    [Fact]
    public void No_public_property_of_the_core_has_a_public_setter_other_than_init()
    {
        var settable = new List<string>();
        foreach (var type in Core.GetExportedTypes())
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                var setter = property.SetMethod;
                if (setter is { IsPublic: true } && !IsInitOnly(setter))
                {
                    settable.Add(type.Name + "." + property.Name);
                }
            }

            settable.AddRange(type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(f => !f.IsInitOnly && !f.IsLiteral && !type.IsEnum)
                .Select(f => type.Name + "." + f.Name));
        }

        Assert.Equal(Array.Empty<string>(), settable);
    }

    // By name: on netstandard2.0 the core carries its own (polyfilled) IsExternalInit.
    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");

    [Fact]
    public void No_static_field_anywhere_in_the_core_can_be_reassigned()
    {
        var mutable = Core.GetTypes()
            .Where(t => t.GetCustomAttribute<CompilerGeneratedAttribute>() is null)
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Where(f => !f.IsInitOnly && !f.IsLiteral && f.GetCustomAttribute<CompilerGeneratedAttribute>() is null)
                .Select(f => t.FullName + "." + f.Name))
            .ToList();

        Assert.Equal(Array.Empty<string>(), mutable);
    }

    [Fact]
    public void The_descriptor_list_cannot_be_changed_through_a_cast()
    {
        Assert.False(NewsDsl.Language.Rules.NewsRules.Descriptors is NewsDiagnosticDescriptor[]);
        Assert.True(NewsDsl.Language.Rules.NewsRules.Descriptors is System.Collections.ObjectModel.ReadOnlyCollection<NewsDiagnosticDescriptor>);
    }
}
