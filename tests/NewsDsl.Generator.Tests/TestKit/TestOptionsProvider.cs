using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace NewsDsl.Generator.Tests.TestKit;

/// <summary>
/// Options as the compiler derives them from MSBuild (global <c>build_property.*</c>) and from
/// .editorconfig sections (per file).
/// </summary>
public sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly Dictionary<string, DictionaryOptions> _perFile;

    public TestOptionsProvider(IReadOnlyDictionary<string, string>? global = null, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? perFile = null)
    {
        GlobalOptions = new DictionaryOptions(global ?? new Dictionary<string, string>());
        _perFile = new Dictionary<string, DictionaryOptions>(StringComparer.Ordinal);
        if (perFile is not null)
        {
            foreach (var pair in perFile)
            {
                _perFile[pair.Key] = new DictionaryOptions(pair.Value);
            }
        }
    }

    public static TestOptionsProvider WithRootNamespace(string rootNamespace) =>
        new(new Dictionary<string, string> { ["build_property.RootNamespace"] = rootNamespace });

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        _perFile.TryGetValue(textFile.Path, out var options) ? options : DictionaryOptions.Empty;

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

        private readonly Dictionary<string, string> _values;

        public DictionaryOptions(IReadOnlyDictionary<string, string> values)
        {
            // The compiler compares keys case-insensitively (editorconfig keys are lower-cased).
            _values = new Dictionary<string, string>(KeyComparer);
            foreach (var pair in values)
            {
                _values[pair.Key] = pair.Value;
            }
        }

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
