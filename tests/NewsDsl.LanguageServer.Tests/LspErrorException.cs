namespace NewsDsl.LanguageServer.Tests;

/// <summary>An error response: its JSON-RPC code and message.</summary>
public sealed class LspErrorException : Exception
{
    public LspErrorException(int code, string message)
        : base($"{code}: {message}")
    {
        Code = code;
    }

    public int Code { get; }
}
