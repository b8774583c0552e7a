using System;

namespace NewsDsl.Generator;

/// <summary>
/// Seams for tests to make NewsDsl fail on purpose, proving that a failure becomes NEWS000 and not
/// a crashed build. Never set outside tests.
/// </summary>
internal static class TestHooks
{
    /// <summary>Called with the file's path before the generator reads an article.</summary>
    public static Action<string>? OnRead;

    /// <summary>Called with the file's path before the analyzer checks an article.</summary>
    public static Action<string>? OnAnalyze;

    /// <summary>Called with the hint name before the generator writes an article's code.</summary>
    public static Action<string>? OnEmit;
}
