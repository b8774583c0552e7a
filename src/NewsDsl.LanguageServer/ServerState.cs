namespace NewsDsl.LanguageServer;

/// <summary>Where the server is in the LSP lifecycle.</summary>
internal enum ServerState
{
    /// <summary>Before <c>initialize</c>: requests get ServerNotInitialized, notifications are dropped.</summary>
    Created,

    /// <summary>After <c>initialize</c>: serving.</summary>
    Initialized,

    /// <summary>After <c>shutdown</c>: requests get InvalidRequest; <c>exit</c> ends the process with 0.</summary>
    ShutDown,
}
