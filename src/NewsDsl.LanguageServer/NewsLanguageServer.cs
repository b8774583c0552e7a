using System;
using System.IO;
using System.IO.Pipelines;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.VisualStudio.Threading;
using NewsDsl.LanguageServer.Handlers;
using NewsDsl.LanguageServer.Protocol;
using NewsDsl.LanguageServer.Transport;
using StreamJsonRpc;

namespace NewsDsl.LanguageServer;

/// <summary>
/// The NewsDsl language server: LSP 3.17 over a pair of streams (standard input and output for
/// <c>newsdsl lsp</c>). Input passes through <see cref="FrameGuard"/> so bad frames get error responses
/// instead of ending the connection; StreamJsonRpc's <see cref="HeaderDelimitedMessageHandler"/> speaks
/// the base protocol; the handlers in <c>Handlers/</c> (lifecycle, text synchronisation, diagnostics, language
/// features, workspace) implement the methods over one shared <see cref="ServerSession"/>.
/// </summary>
public static class NewsLanguageServer
{
    /// <summary>Serves until <c>exit</c> (returns 0 after <c>shutdown</c>, else 1) or until the input ends (returns 1, or 0 after <c>shutdown</c>).</summary>
    public static async Task<int> RunAsync(Stream input, Stream output, LanguageServerOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new LanguageServerOptions();
        var log = new ServerLog(options.Log ?? Console.Error, options.Verbose);
        var session = new ServerSession(options, log);
        var outputChannel = new MessageOutput(output);
        // The reader continues inline on the guard's flush: one thread hop less between a frame's arrival and its dispatch.
        var pipe = new Pipe(new PipeOptions(readerScheduler: PipeScheduler.Inline, pauseWriterThreshold: 0, useSynchronizationContext: false));
        var guard = new FrameGuard(input, pipe.Writer, outputChannel, log);

        var formatter = new SystemTextJsonFormatter();
        LspJson.Configure(formatter.JsonSerializerOptions);
        // Pipes handed over directly (the Stream overload would add a copying loop, and a thread hop, per direction).
        var handler = new HeaderDelimitedMessageHandler(PipeWriter.Create(outputChannel.CreateRpcStream()), pipe.Reader, formatter);
        using var rpc = new JsonRpc(handler)
        {
            // Messages are dispatched in arrival order, one at a time; request handlers yield at once (see ServerSession).
            SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false),
            CancelLocallyInvokedMethodsWhenConnectionIsClosed = true,
        };
        rpc.TraceSource.Switch.Level = options.Verbose ? System.Diagnostics.SourceLevels.Warning : System.Diagnostics.SourceLevels.Critical;
        rpc.TraceSource.Listeners.Clear();
        rpc.TraceSource.Listeners.Add(new StderrTraceListener(log));
        var targetOptions = new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true, AllowNonPublicInvocation = false };
        rpc.AddLocalRpcTarget(new LifecycleHandler(session), targetOptions);
        rpc.AddLocalRpcTarget(new TextSyncHandler(session), targetOptions);
        rpc.AddLocalRpcTarget(new DiagnosticsHandler(session), targetOptions);
        rpc.AddLocalRpcTarget(new LanguageFeaturesHandler(session), targetOptions);
        rpc.AddLocalRpcTarget(new WorkspaceHandler(session), targetOptions);
        session.Attach(rpc);
        rpc.StartListening();

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pump = guard.RunAsync(stop.Token);
        var finished = await Task.WhenAny(session.Exit, rpc.Completion, WhenCancelled(cancellationToken)).ConfigureAwait(false);
        int exitCode;
        if (finished == session.Exit)
        {
            exitCode = await session.Exit.ConfigureAwait(false);
        }
        else
        {
            // The input ended (or the host stopped us) without 'exit': as the specification says, 1 unless shut down first.
            exitCode = session.Exit.IsCompleted ? await session.Exit.ConfigureAwait(false) : session.IsShutDown ? 0 : 1;
            if (finished == rpc.Completion && rpc.Completion.IsFaulted)
            {
                log.Warn("connection ended: " + rpc.Completion.Exception?.GetBaseException().Message);
            }
        }

        stop.Cancel();
        try
        {
            await Task.WhenAny(pump, Task.Delay(1000, CancellationToken.None)).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        return exitCode;
    }

    private static Task WhenCancelled(CancellationToken cancellationToken)
    {
        var completion = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        cancellationToken.Register(() => completion.TrySetResult());
        return completion.Task;
    }

    private sealed class StderrTraceListener : System.Diagnostics.TraceListener
    {
        private readonly ServerLog _log;

        public StderrTraceListener(ServerLog log)
        {
            _log = log;
        }

        public override void Write(string? message)
        {
        }

        public override void WriteLine(string? message)
        {
            if (!string.IsNullOrWhiteSpace(message))
            {
                _log.Warn("json-rpc: " + message);
            }
        }
    }
}
