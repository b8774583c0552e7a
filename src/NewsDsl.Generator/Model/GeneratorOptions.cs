namespace NewsDsl.Generator.Model;

/// <summary>What the project decides about the generated code.</summary>
/// <param name="Namespace">The namespace of every generated type, already a valid C# name.</param>
/// <param name="Version">The generator's version, written into <c>[GeneratedCode]</c>.</param>
/// <param name="NullableAnnotations">Whether the consumer's C# knows <c>#nullable</c> and <c>string?</c> (C# 8 on).</param>
/// <param name="Utf8Literals">Whether the consumer's C# knows UTF-8 string literals, <c>"…"u8</c> (C# 11 on): then text past the project's literal budget is stored as UTF-8 data.</param>
internal sealed record GeneratorOptions(string Namespace, string Version, bool NullableAnnotations, bool Utf8Literals = false);
