namespace NewsDsl.LanguageServer.Tests;

internal static class Extensions
{
    /// <summary>Runs <paramref name="action"/> on a value and returns it (for set-up one-liners).</summary>
    public static T Also<T>(this T value, Action<T> action)
    {
        action(value);
        return value;
    }
}
