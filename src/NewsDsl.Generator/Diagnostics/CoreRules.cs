using System;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Rules;

namespace NewsDsl.Generator.Diagnostics;

/// <summary>The core's descriptors the generator reports or configures itself, looked up by ID once (the rule classes are the core's own).</summary>
internal static class CoreRules
{
    public static readonly NewsDiagnosticDescriptor SyntaxError = Get("NEWS004");
    public static readonly NewsDiagnosticDescriptor MissingFrontMatter = Get("NEWS008");
    public static readonly NewsDiagnosticDescriptor DuplicateArticleId = Get("NEWS109");
    public static readonly NewsDiagnosticDescriptor ClassNameClash = Get("NEWS110");
    public static readonly NewsDiagnosticDescriptor ClassNameRenamed = Get("NEWS111");

    private static NewsDiagnosticDescriptor Get(string id) =>
        NewsRules.Find(id) ?? throw new InvalidOperationException("The language core has no rule " + id + ".");
}
