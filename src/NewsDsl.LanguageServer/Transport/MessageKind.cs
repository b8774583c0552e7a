namespace NewsDsl.LanguageServer.Transport;

/// <summary>What the frame guard does with a message.</summary>
internal enum MessageKind
{
    /// <summary>A well-formed request or notification: passed on to StreamJsonRpc.</summary>
    Forward,

    /// <summary>Malformed: answered with an error response (id null when none can be read).</summary>
    Reject,

    /// <summary>A response the server never asked for: nobody to answer, so logged and dropped.</summary>
    Ignore,
}
