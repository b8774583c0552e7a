using System;
using System.Collections.Generic;
using System.Threading;
using NewsDsl.LanguageServer.Protocol;

namespace NewsDsl.LanguageServer.Features;

/// <summary>workspace/diagnostic: every .news file of the workspace folders, open (as edited) or not (as on disk).</summary>
internal static class WorkspaceDiagnostics
{
    public static WorkspaceDiagnosticReport Collect(WorkspaceIndex workspace, DocumentStore documents, DocumentAnalyzer analyzer, IReadOnlyDictionary<string, string> previous, ServerLog log, CancellationToken cancellationToken)
    {
        var items = new List<object>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var folder in workspace.Folders)
        {
            foreach (var file in workspace.EnumerateFiles(folder, cancellationToken))
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

                var resultId = DiagnosticConverter.ResultId(snapshot.Diagnostics);
                if (previous.TryGetValue(file, out var earlier) && earlier == resultId)
                {
                    items.Add(new WorkspaceUnchangedDocumentDiagnosticReport(snapshot.Uri, version, resultId));
                }
                else
                {
                    items.Add(new WorkspaceFullDocumentDiagnosticReport(snapshot.Uri, version, resultId, snapshot.Diagnostics));
                }
            }
        }

        return new WorkspaceDiagnosticReport(items);
    }
}
