using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using NewsDsl.LanguageServer.Protocol;

namespace NewsDsl.LanguageServer;

/// <summary>
/// A document the client has open: its current text and version, and its latest checked snapshot.
/// Edits are applied in order under a lock; checking runs off the message loop. At most one check of a
/// document runs at a time: edits that arrive meanwhile cancel it and are checked together once it
/// stops (the debounce), so typing never queues up stale work, and a result is published only while
/// its version is still the current one.
/// </summary>
internal sealed class OpenDocument
{
    private readonly object _gate = new();
    private readonly SemaphoreSlim _publishGate = new(1, 1);
    private string _text;
    private int _version;
    private bool _closed;
    private bool _checkPending;
    private bool _checkRunning;
    private CancellationTokenSource? _running;
    private DocumentSnapshot? _latest;
    private int _publishedVersion = int.MinValue;
    private string? _publishedResultId;

    public OpenDocument(string uri, string? fullPath, string text, int version)
    {
        Uri = uri;
        FullPath = fullPath;
        _text = text;
        _version = version;
    }

    public string Uri { get; }

    /// <summary>Null for documents that are not files (untitled:).</summary>
    public string? FullPath { get; }

    public int Version
    {
        get
        {
            lock (_gate)
            {
                return _version;
            }
        }
    }

    public bool IsClosed
    {
        get
        {
            lock (_gate)
            {
                return _closed;
            }
        }
    }

    /// <summary>The newest snapshot checked so far (may be of an older version than <see cref="Version"/>).</summary>
    public DocumentSnapshot? Latest
    {
        get
        {
            lock (_gate)
            {
                return _latest;
            }
        }
    }

    public (string Text, int Version) Current()
    {
        lock (_gate)
        {
            return (_text, _version);
        }
    }

    /// <summary>Applies a didChange in order; throws ArgumentException for a change that cannot apply (the document is left as it was).</summary>
    public void ApplyChanges(int version, IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        lock (_gate)
        {
            var text = _text;
            foreach (var change in changes)
            {
                text = TextPositions.Apply(text, change);
            }

            _text = text;
            _version = version;
            _running?.Cancel();
        }
    }

    public void Replace(string text, int version)
    {
        lock (_gate)
        {
            _text = text;
            _version = version;
            _running?.Cancel();
        }
    }

    public void Close()
    {
        lock (_gate)
        {
            _closed = true;
            _running?.Cancel();
        }
    }

    /// <summary>The snapshot of the current version, checking it now on the caller's thread if the background check has not yet.</summary>
    public DocumentSnapshot GetCurrent(DocumentAnalyzer analyzer, CancellationToken cancellationToken)
    {
        var (text, version) = Current();
        var latest = Latest;
        if (latest is not null && latest.Version == version)
        {
            return latest;
        }

        var snapshot = analyzer.Analyze(Uri, FullPath, text, version, cancellationToken);
        Store(snapshot);
        return snapshot;
    }

    /// <summary>Asks for a check of the current version; starts the worker unless one is running (it will pick this up).</summary>
    public void ScheduleCheck(DocumentAnalyzer analyzer, Func<DocumentSnapshot, Task>? publish, int delayMilliseconds, ServerLog log)
    {
        lock (_gate)
        {
            if (_closed)
            {
                return;
            }

            _checkPending = true;
            if (_checkRunning)
            {
                return;
            }

            _checkRunning = true;
        }

        _ = Task.Run(() => CheckLoopAsync(analyzer, publish, delayMilliseconds, log));
    }

    private async Task CheckLoopAsync(DocumentAnalyzer analyzer, Func<DocumentSnapshot, Task>? publish, int delayMilliseconds, ServerLog log)
    {
        while (true)
        {
            if (delayMilliseconds > 0)
            {
                await Task.Delay(delayMilliseconds).ConfigureAwait(false);
            }

            string text;
            int version;
            CancellationToken token;
            lock (_gate)
            {
                if (!_checkPending || _closed)
                {
                    _checkRunning = false;
                    return;
                }

                _checkPending = false;
                text = _text;
                version = _version;
                _running?.Dispose();
                _running = new CancellationTokenSource();
                token = _running.Token;
            }

            DocumentSnapshot snapshot;
            try
            {
                // Always a fresh check, even of an unchanged text: a recheck is asked for when the workspace around it changed.
                snapshot = analyzer.Analyze(Uri, FullPath, text, version, token);
            }
            catch (OperationCanceledException)
            {
                // A newer edit cancelled this check; its own check comes next round.
                continue;
            }
            catch (Exception exception)
            {
                log.Error($"checking {Uri} (version {version}) failed: {exception}");
                continue;
            }

            Store(snapshot);
            if (publish is not null)
            {
                await PublishIfCurrentAsync(snapshot, publish, log).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Called (off the lock) when a newer snapshot's article id differs from the previous one's: other articles' NEWS109 may change.</summary>
    public Action<OpenDocument, string?, string?>? IdentityChanged { get; set; }

    private void Store(DocumentSnapshot snapshot)
    {
        string? before;
        bool stored;
        lock (_gate)
        {
            before = _latest?.Identity?.Id;
            stored = _latest is null || snapshot.Version >= _latest.Version;
            if (stored)
            {
                _latest = snapshot;
            }
        }

        var after = snapshot.Identity?.Id;
        if (stored && before != after)
        {
            IdentityChanged?.Invoke(this, before, after);
        }
    }

    /// <summary>Publishes a snapshot unless a newer version exists or was published: publications are serialised per document.</summary>
    public async Task PublishIfCurrentAsync(DocumentSnapshot snapshot, Func<DocumentSnapshot, Task> publish, ServerLog log)
    {
        await _publishGate.WaitAsync().ConfigureAwait(false);
        try
        {
            lock (_gate)
            {
                if (_closed || snapshot.Version != _version || snapshot.Version < _publishedVersion)
                {
                    return;
                }

                // The same version checked again (after a workspace change) with the same result: nothing new to say.
                var resultId = DiagnosticConverter.ResultId(snapshot.Diagnostics);
                if (snapshot.Version == _publishedVersion && resultId == _publishedResultId)
                {
                    return;
                }

                _publishedVersion = snapshot.Version;
                _publishedResultId = resultId;
            }

            await publish(snapshot).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            log.Warn($"publishing diagnostics for {Uri} failed: {exception.Message}");
        }
        finally
        {
            _publishGate.Release();
        }
    }

    /// <summary>Serialises a publication that is not a snapshot (the empty list sent on close) with the others.</summary>
    public async Task PublishClearedAsync(Func<Task> publish, ServerLog log)
    {
        await _publishGate.WaitAsync().ConfigureAwait(false);
        try
        {
            await publish().ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            log.Warn($"clearing diagnostics for {Uri} failed: {exception.Message}");
        }
        finally
        {
            _publishGate.Release();
        }
    }
}
