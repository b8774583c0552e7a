using System;
using System.Globalization;
using System.IO;

namespace NewsDsl.LanguageServer;

/// <summary>The server's log: standard error only (standard output carries the protocol), one line per event.</summary>
internal sealed class ServerLog
{
    private readonly TextWriter _writer;
    private readonly object _gate = new();

    public ServerLog(TextWriter writer, bool verbose)
    {
        _writer = writer;
        Verbose = verbose;
    }

    public bool Verbose { get; }

    public void Info(string message)
    {
        if (Verbose)
        {
            Write("info", message);
        }
    }

    public void Warn(string message) => Write("warn", message);

    public void Error(string message) => Write("error", message);

    private void Write(string level, string message)
    {
        lock (_gate)
        {
            try
            {
                _writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[newsdsl-lsp {DateTime.UtcNow:HH:mm:ss.fff} {level}] {message}"));
                _writer.Flush();
            }
            catch (IOException)
            {
                // A closed standard error must not take the server down.
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }
}
