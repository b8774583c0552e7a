using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using NewsDsl.Language.Fixes;
using NewsDsl.Language.Text;
using NewsDsl.LanguageServer.Protocol;

namespace NewsDsl.LanguageServer;

/// <summary>
/// A document the client has open: its text (a <see cref="TextBuffer"/>, edited in place), the client's
/// version, the text changes since the latest checked snapshot, and that snapshot.
/// </summary>
/// <remarks>
/// Edits are applied in order under a lock; checking runs off the message loop. At most one check of a
/// document runs at a time: edits that arrive meanwhile cancel it and are checked together once it stops,
/// and a large document first waits for a burst of edits to settle, so typing never queues up stale work.
/// Which result is newest is decided by the server's own <see cref="Generation"/> (one per change), never by
/// the client's version number: a client that restarts its numbering still gets its newest text published.
/// </remarks>
internal sealed class OpenDocument
{
    /// <summary>Documents smaller than this (UTF-16 code units) are checked at once after an edit.</summary>
    internal const int SettleThreshold = 2_000_000;

    private static readonly TimeSpan s_longestSettle = TimeSpan.FromSeconds(2);

    private readonly object _gate = new();
    private readonly SemaphoreSlim _publishGate = new(1, 1);
    private readonly TextBuffer _text;
    private readonly List<(long Generation, NewsTextEdit Edit)> _changes = new();
    private int _version;
    private long _generation;
    private bool _closed;
    private bool _checkPending;
    private bool _checkRunning;
    private CancellationTokenSource? _running;
    private DocumentSnapshot? _latest;
    private long _publishedGeneration = -1;
    private string? _publishedResultId;

    public OpenDocument(string uri, string? fullPath, string text, int version)
    {
        Uri = uri;
        FullPath = fullPath;
        _text = new TextBuffer(text);
        _version = version;
    }

    public string Uri { get; }

    /// <summary>Null for documents that are not files (untitled:).</summary>
    public string? FullPath { get; }

    /// <summary>The client's version of the current text.</summary>
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

    /// <summary>The server's count of changes to this document: only ever grows, whatever versions the client sends.</summary>
    public long Generation
    {
        get
        {
            lock (_gate)
            {
                return _generation;
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

    /// <summary>The newest snapshot checked so far (may be of an older generation than the current text).</summary>
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

    /// <summary>
    /// The current text, made whole (once per check), with the changes since <see cref="Latest"/> was checked:
    /// what an incremental parser needs to update the latest tree instead of parsing anew.
    /// </summary>
    public DocumentText Current()
    {
        lock (_gate)
        {
            var since = _latest?.Generation ?? -1;
            var changes = new List<NewsTextEdit>();
            foreach (var (generation, edit) in _changes)
            {
                if (generation > since)
                {
                    changes.Add(edit);
                }
            }

            return new DocumentText(_text.ToString(), _version, _generation, _latest, changes);
        }
    }

    /// <summary>
    /// Applies a didChange in order. Throws ArgumentException, before anything is applied, for a change that
    /// cannot apply (no text, a range without both ends, a negative position); the document is left as it was.
    /// </summary>
    public void ApplyChanges(int version, IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        foreach (var change in changes)
        {
            if (change?.Text is null)
            {
                throw new ArgumentException("a content change needs 'text'");
            }

            if (change.Range is { } range && (range.Start is not { Line: >= 0, Character: >= 0 } || range.End is not { Line: >= 0, Character: >= 0 }))
            {
                throw new ArgumentException("a content change's range needs 'start' and 'end', each with a line and a character of 0 or more");
            }
        }

        lock (_gate)
        {
            var generation = _generation + 1;
            foreach (var change in changes)
            {
                var (start, end) = _text.Apply(change);
                if (change.Range is null)
                {
                    // Everything replaced: earlier changes no longer tell anything.
                    _changes.Clear();
                }

                _changes.Add((generation, NewsTextEdit.Replace(new TextSpan(start, end - start), change.Text)));
            }

            _generation = generation;
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

    /// <summary>The snapshot of the current text, checking it now on the caller's thread if the background check has not yet.</summary>
    public DocumentSnapshot GetCurrent(DocumentAnalyzer analyzer, CancellationToken cancellationToken)
    {
        var latest = Latest;
        if (latest is not null && latest.Generation == Generation)
        {
            return latest;
        }

        var snapshot = analyzer.Analyze(Uri, FullPath, Current(), cancellationToken);
        Store(snapshot);
        return snapshot;
    }

    /// <summary>Asks for a check of the current text; starts the worker unless one is running (it will pick this up).</summary>
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

            await SettleAsync().ConfigureAwait(false);

            DocumentText text;
            CancellationToken token;
            lock (_gate)
            {
                if (!_checkPending || _closed)
                {
                    _checkRunning = false;
                    return;
                }

                _checkPending = false;
                text = Current();
                _running?.Dispose();
                _running = new CancellationTokenSource();
                token = _running.Token;
            }

            DocumentSnapshot snapshot;
            try
            {
                // Always a fresh check, even of an unchanged text: a recheck is asked for when the workspace around it changed.
                snapshot = analyzer.Analyze(Uri, FullPath, text, token);
            }
            catch (OperationCanceledException)
            {
                // A newer edit cancelled this check; its own check comes next round.
                continue;
            }
            catch (Exception exception)
            {
                log.Error($"checking {Uri} (version {text.Version}) failed: {exception}");
                continue;
            }

            Store(snapshot);
            if (publish is not null)
            {
                await PublishIfCurrentAsync(snapshot, publish, log).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// For a large document, waits until no edit has arrived for a moment (up to 100 ms for 20 M code units),
    /// so a burst of edits is checked once, after its last edit, instead of starting a check per edit. Small
    /// documents are checked at once: their check costs less than the wait.
    /// </summary>
    private async Task SettleAsync()
    {
        int length;
        long seen;
        lock (_gate)
        {
            length = _text.Length;
            seen = _generation;
        }

        if (length < SettleThreshold)
        {
            return;
        }

        var quiet = TimeSpan.FromMilliseconds(Math.Min(100, length / 200_000));
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < s_longestSettle)
        {
            await Task.Delay(quiet).ConfigureAwait(false);
            var now = Generation;
            if (now == seen)
            {
                return;
            }

            seen = now;
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
            stored = _latest is null || snapshot.Generation >= _latest.Generation;
            if (stored)
            {
                _latest = snapshot;
                _changes.RemoveAll(change => change.Generation <= snapshot.Generation);
            }
        }

        var after = snapshot.Identity?.Id;
        if (stored && before != after)
        {
            IdentityChanged?.Invoke(this, before, after);
        }
    }

    /// <summary>Publishes a snapshot unless the text changed since or a newer one was published: publications are serialised per document.</summary>
    public async Task PublishIfCurrentAsync(DocumentSnapshot snapshot, Func<DocumentSnapshot, Task> publish, ServerLog log)
    {
        await _publishGate.WaitAsync().ConfigureAwait(false);
        try
        {
            lock (_gate)
            {
                if (_closed || snapshot.Generation != _generation || snapshot.Generation < _publishedGeneration)
                {
                    return;
                }

                // The same text checked again (after a workspace change) with the same result: nothing new to say.
                var resultId = DiagnosticConverter.ResultId(snapshot.Diagnostics);
                if (snapshot.Generation == _publishedGeneration && resultId == _publishedResultId)
                {
                    return;
                }

                _publishedGeneration = snapshot.Generation;
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
