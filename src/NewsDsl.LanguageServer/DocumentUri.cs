using System;
using System.IO;

namespace NewsDsl.LanguageServer;

/// <summary>file: URIs to paths and back. Documents with other schemes (untitled:) are served but have no path on disk.</summary>
internal static class DocumentUri
{
    /// <summary>The local path of a file: URI, or null for any other URI.</summary>
    public static string? ToPath(string uri)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !parsed.IsFile)
        {
            return null;
        }

        try
        {
            return Path.GetFullPath(parsed.LocalPath);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }

    public static string FromPath(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    /// <summary>One key per document however the client spelled its URI (escaping differs between clients).</summary>
    public static string Key(string uri) => ToPath(uri) ?? uri;
}
