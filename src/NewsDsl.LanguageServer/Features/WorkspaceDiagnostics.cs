using System;
using System.Collections.Generic;
using System.Threading;
using NewsDsl.Language.Rules;
using NewsDsl.Language.Text;
using NewsDsl.LanguageServer.Protocol;

namespace NewsDsl.LanguageServer.Features;

/// <summary>workspace/diagnostic: every .news file of the workspace folders, open (as edited) or not (as on disk).</summary>
internal static class WorkspaceDiagnostics
{
    public static WorkspaceDiagnosticReport Collect(WorkspaceIndex workspace, DocumentStore documents, DocumentAnalyzer analyzer, IReadOnlyDictionary<string, string> previous, ServerLog log, CancellationToken cancellationToken)
    {
        var items = new List<object>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var skipped = new List<(string FullPath, string Why)>();
        foreach (var folder in workspace.Folders)
        {
            skipped.Clear();
            var files = workspace.EnumerateFiles(folder, skipped, cancellationToken);

            // What the walker did not read (a FIFO, a device, a file over the size limit) is NEWS112 on its path,
            // as newsdsl check reports it for the same folder: a workspace that looks clean must have been read.
            foreach (var (path, why) in skipped)
            {
                if (seen.Add(path))
                {
                    var finding = NewsRules.SkippedInput(workspace.DisplayPath(path), why, analyzer.OptionsFor(path));
                    var uri = DocumentUri.FromPath(path);
                    var diagnostics = new[] { DiagnosticConverter.Convert(new PositionMap(uri, NewsText.From(string.Empty, finding.Path)), finding, null) };
                    Add(items, previous, path, uri, null, diagnostics);
                }
            }

            foreach (var file in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!seen.Add(file))
                {
                    continue;
                }

                DocumentSnapshot snapshot;
                int? version;
                if (documents.FindByPath(file) is { } open)
                {
                    snapshot = open.GetCurrent(analyzer, cancellationToken);
                    version = snapshot.Version;
                }
                else
                {
                    if (workspace.Read(file) is not { } content)
                    {
                        continue;
                    }

                    snapshot = analyzer.Analyze(DocumentUri.FromPath(file), file, content, 0, cancellationToken);
                    version = null;
                }

                Add(items, previous, file, snapshot.Uri, version, snapshot.Diagnostics);
            }
        }

        return new WorkspaceDiagnosticReport(items);
    }

    private static void Add(List<object> items, IReadOnlyDictionary<string, string> previous, string file, string uri, int? version, IReadOnlyList<Diagnostic> diagnostics)
    {
        var resultId = DiagnosticConverter.ResultId(diagnostics);
        if (previous.TryGetValue(file, out var earlier) && earlier == resultId)
        {
            items.Add(new WorkspaceUnchangedDocumentDiagnosticReport(uri, version, resultId));
        }
        else
        {
            items.Add(new WorkspaceFullDocumentDiagnosticReport(uri, version, resultId, diagnostics));
        }
    }
}
