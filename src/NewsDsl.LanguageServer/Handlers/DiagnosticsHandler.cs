using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using NewsDsl.LanguageServer.Features;
using NewsDsl.LanguageServer.Protocol;
using StreamJsonRpc;

namespace NewsDsl.LanguageServer.Handlers;

/// <summary>
/// Pull diagnostics: <c>textDocument/diagnostic</c> and <c>workspace/diagnostic</c>. (Pushed diagnostics are
/// published by each document's check; what a finding becomes is decided in <see cref="DocumentAnalyzer"/>.)
/// </summary>
internal sealed class DiagnosticsHandler(ServerSession session)
{
    [JsonRpcMethod("textDocument/diagnostic", UseSingleObjectParameterDeserialization = true)]
    public Task<object> DocumentDiagnostic(JsonElement? json, CancellationToken cancellationToken) =>
        session.RunAsync<DocumentDiagnosticParams, object>(
            json,
            parameters =>
            {
                var snapshot = session.Snapshot(parameters.TextDocument, cancellationToken);
                var resultId = DiagnosticConverter.ResultId(snapshot.Diagnostics);
                return parameters.PreviousResultId == resultId
                    ? new UnchangedDocumentDiagnosticReport(resultId)
                    : new FullDocumentDiagnosticReport(resultId, snapshot.Diagnostics);
            },
            cancellationToken);

    [JsonRpcMethod("workspace/diagnostic", UseSingleObjectParameterDeserialization = true)]
    public Task<WorkspaceDiagnosticReport> WorkspaceDiagnostic(JsonElement? json, CancellationToken cancellationToken) =>
        session.RunAsync(
            json,
            (WorkspaceDiagnosticParams parameters) =>
            {
                session.WorkspaceScan.Wait(cancellationToken);
                var previous = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var entry in parameters.PreviousResultIds ?? Array.Empty<PreviousResultId>())
                {
                    if (entry?.Uri is not null && entry.Value is not null)
                    {
                        previous[DocumentUri.Key(entry.Uri)] = entry.Value;
                    }
                }

                return WorkspaceDiagnostics.Collect(session.Workspace, session.Documents, session.Analyzer, previous, session.Log, cancellationToken);
            },
            cancellationToken);
}
