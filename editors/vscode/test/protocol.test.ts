import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  CodeActionRequest,
  CompletionRequest,
  DefinitionRequest,
  DidChangeTextDocumentNotification,
  HoverRequest,
  ReferencesRequest,
  SemanticTokensRequest,
  RenameRequest,
  ResponseError,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeAction,
  Command,
  type CompletionItem,
  type CompletionList,
  InsertReplaceEdit,
  MarkupContent,
  Diagnostic,
  DiagnosticSeverity,
  Hover,
  Location,
  LocationLink,
  type Range,
  TextDocumentEdit,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-types';
import { extensionRoot, repoRoot } from './helpers/paths';
import { checkJson, ServerSession, whyServerUnavailable } from './helpers/server';

// Drives the real `newsdsl lsp` the way VS Code does: vscode-languageserver-protocol's node connection over
// the server's stdio. Results are checked with vscode-languageserver-types' guards and edits are applied
// with vscode-languageserver-textdocument, as the editor would apply them.

const skip = whyServerUnavailable();
const seedPath = path.join(repoRoot, 'samples', 'press-tv-264060-iran-strikes-back.news');
const severityByWord: Record<string, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hidden: DiagnosticSeverity.Hint,
};

let session: ServerSession | undefined;
let workspace = '';
let seedText = '';
let documentCount = 0;

function server(): ServerSession {
  assert.ok(session, 'the server did not start');
  return session;
}

/**
 * The seed article under an article id of its own: article ids are unique in a workspace (NEWS006), and
 * every test opens its own copy.
 */
function freshSeed(): string {
  documentCount++;
  const text = seedText.replace(/^id: iran-strikes-back$/m, `id: iran-strikes-back-${documentCount}`);
  assert.notEqual(text, seedText);
  return text;
}

/** A new document (its own URI, in memory only) in the scratch workspace, opened in the server; returns it with its first diagnostics. */
async function openDocument(text: string): Promise<{ document: TextDocument; diagnostics: Diagnostic[] }> {
  const uri = `file://${path.join(workspace, `article-${documentCount}-${Math.random().toString(36).slice(2)}.news`)}`;
  const published = await server().open(uri, text);
  return { document: TextDocument.create(uri, 'news', 1, text), diagnostics: published.diagnostics };
}

/** Sends the whole new text as the next version (the editor's full sync) and waits for its diagnostics. */
async function change(document: TextDocument, text: string): Promise<{ document: TextDocument; diagnostics: Diagnostic[] }> {
  const version = document.version + 1;
  const diagnostics = server().nextDiagnostics(document.uri, version);
  await server().connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri: document.uri, version },
    contentChanges: [{ text }],
  });
  return { document: TextDocument.create(document.uri, 'news', version, text), diagnostics: (await diagnostics).diagnostics };
}

/** The edits a WorkspaceEdit makes to one document, whether given as `changes` or as `documentChanges`. */
function editsFor(edit: WorkspaceEdit, uri: string): TextEdit[] {
  assert.ok(WorkspaceEdit.is(edit), 'not a WorkspaceEdit');
  const fromChanges = edit.changes?.[uri] ?? [];
  const fromDocumentChanges = (edit.documentChanges ?? []).filter((c): c is TextDocumentEdit => TextDocumentEdit.is(c) && c.textDocument.uri === uri).flatMap((c) => c.edits as TextEdit[]);
  return [...fromChanges, ...fromDocumentChanges];
}

function textAt(document: TextDocument, range: Range): string {
  return document.getText(range);
}

function idOf(d: Diagnostic): string {
  return typeof d.code === 'string' ? d.code : String(d.code);
}

function errors(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error).map((d) => `${idOf(d)}@${d.range.start.line}:${d.range.start.character}`);
}

function positionOf(document: TextDocument, needle: string, delta = 0): { line: number; character: number } {
  const offset = document.getText().indexOf(needle);
  assert.ok(offset >= 0, `'${needle}' is not in the document`);
  return document.positionAt(offset + delta);
}

async function codeActionsFor(document: TextDocument, diagnostic: Diagnostic): Promise<CodeAction[]> {
  const result = await server().request(
    server().connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: document.uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    }),
    'textDocument/codeAction',
  );
  assert.ok(Array.isArray(result), 'no code actions');
  for (const item of result) {
    assert.ok(CodeAction.is(item) || Command.is(item), `not a CodeAction or Command: ${JSON.stringify(item)}`);
  }
  return result.filter((item): item is CodeAction => CodeAction.is(item));
}

// vscode-languageserver-types has no guards for completion results: these check the same shape with its guards for the parts.
function isCompletionItem(value: unknown): value is CompletionItem {
  const item = value as CompletionItem;
  return (
    typeof item === 'object' &&
    item !== null &&
    typeof item.label === 'string' &&
    (item.textEdit === undefined || TextEdit.is(item.textEdit) || InsertReplaceEdit.is(item.textEdit)) &&
    (item.documentation === undefined || typeof item.documentation === 'string' || MarkupContent.is(item.documentation))
  );
}

function isCompletionList(value: unknown): value is CompletionList {
  const list = value as CompletionList;
  return typeof list === 'object' && list !== null && typeof list.isIncomplete === 'boolean' && Array.isArray(list.items);
}

describe('newsdsl lsp through vscode-languageserver-protocol', { concurrency: false }, () => {
  before(async () => {
    if (skip !== undefined) {
      return;
    }
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdsl-lsp-'));
    seedText = fs.readFileSync(seedPath, 'utf8');
    session = new ServerSession();
    await session.initialize(workspace);
  });

  after(() => {
    session?.kill();
  });

  // CI builds the server first and sets NEWSDSL_REQUIRE_SERVER=1, so that a missing build fails instead of skipping.
  test('the server is built when NEWSDSL_REQUIRE_SERVER=1', { skip: process.env['NEWSDSL_REQUIRE_SERVER'] === '1' ? false : 'NEWSDSL_REQUIRE_SERVER is not 1' }, () => {
    assert.equal(skip, undefined, skip);
  });

  test('initialize announces the features the extension relies on', { skip }, () => {
    const capabilities = server().initializeResult?.capabilities;
    assert.ok(capabilities, 'no capabilities');
    assert.ok(capabilities.textDocumentSync !== undefined, 'no textDocumentSync');
    assert.ok(capabilities.codeActionProvider, 'no codeActionProvider');
    assert.ok(capabilities.completionProvider, 'no completionProvider');
    assert.ok(capabilities.definitionProvider, 'no definitionProvider');
    assert.ok(capabilities.renameProvider, 'no renameProvider');
  });

  test('opening the seed article pushes the same findings (ID, range, severity, message) as newsdsl check --format json', { skip, timeout: 120_000 }, async () => {
    const file = path.join(workspace, 'press-tv-264060-iran-strikes-back.news');
    fs.writeFileSync(file, seedText);
    const expected = checkJson(file)
      .map((d) => `${d.id} ${d.line - 1}:${d.column - 1}-${d.endLine - 1}:${d.endColumn - 1} ${severityByWord[d.severity] ?? d.severity} ${d.message}`)
      .sort();
    const published = await server().open(`file://${file}`, seedText);
    for (const d of published.diagnostics) {
      assert.ok(Diagnostic.is(d), `not a Diagnostic: ${JSON.stringify(d)}`);
    }
    const actual = published.diagnostics
      .map((d) => `${idOf(d)} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity ?? ''} ${d.message}`)
      .sort();
    assert.ok(expected.length > 0, 'the seed article has findings (NEWS005 among them); check reported none');
    assert.deepEqual(actual, expected);
    assert.ok(actual.some((a) => a.startsWith('NEWS005 ')), 'the seed article\'s NEWS005 is not among the findings');
  });

  test('severities come from .editorconfig, as for newsdsl check', { skip, timeout: 120_000 }, async () => {
    const folder = path.join(workspace, 'strict');
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, '.editorconfig'), 'root = true\n\n[*.news]\ndotnet_diagnostic.NEWS005.severity = error\ndotnet_diagnostic.NEWS101.severity = none\n');
    const file = path.join(folder, 'strict.news');
    const text = freshSeed();
    fs.writeFileSync(file, text);
    const expected = checkJson(file);
    assert.equal(expected.find((d) => d.id === 'NEWS005')?.severity, 'error', 'check did not read the .editorconfig');
    const published = await server().open(`file://${file}`, text);
    const severities = (ds: { id: string; severity: number | undefined }[]): string[] => ds.map((d) => `${d.id} ${d.severity ?? ''}`).sort();
    assert.deepEqual(
      severities(published.diagnostics.map((d) => ({ id: idOf(d), severity: d.severity }))),
      severities(expected.map((d) => ({ id: d.id, severity: severityByWord[d.severity] }))),
    );
    assert.ok(!published.diagnostics.some((d) => idOf(d) === 'NEWS101'), 'NEWS101 is set to none but was published');
  });

  test('typing a paragraph key by key (incremental changes, an emoji, CRLF) ends with the findings of the last version', { skip, timeout: 120_000 }, async () => {
    const start = freshSeed().replace(/\n/g, '\r\n');
    let { document } = await openDocument(start);
    const typed = '\r\n\r\n😀 “Unattributed words,” he said, and “more words”{@zarf} too.';
    // one keystroke per character; the emoji is one keystroke of two UTF-16 code units
    const keys = [...typed];
    let last: Promise<{ diagnostics: Diagnostic[] }> | undefined;
    for (const [index, key] of keys.entries()) {
      const end = document.positionAt(document.getText().length);
      const version = document.version + 1;
      if (index === keys.length - 1) {
        last = server().nextDiagnostics(document.uri, version, 60_000);
      }
      await server().connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri: document.uri, version },
        contentChanges: [{ range: { start: end, end }, text: key }],
      });
      document = TextDocument.create(document.uri, 'news', version, document.getText() + key);
    }
    assert.ok(last);
    const published = (await last).diagnostics;
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdsl-typed-'));
    const file = path.join(scratch, 'typed.news');
    fs.writeFileSync(file, document.getText());
    const expected = checkJson(file)
      .map((d) => `${d.id} ${d.line - 1}:${d.column - 1}-${d.endLine - 1}:${d.endColumn - 1}`)
      .sort();
    const actual = published.map((d) => `${idOf(d)} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`).sort();
    assert.deepEqual(actual, expected);
    assert.ok(actual.some((a) => a.startsWith('NEWS001 ')), 'the typed unattributed quotation is not reported');
    assert.ok(actual.some((a) => a.startsWith('NEWS002 ')), 'the typed {@zarf} is not reported');
  });

  test('the NEWS005 quick fix adds a reason, and the finding goes without a new error', { skip, timeout: 120_000 }, async () => {
    const { document, diagnostics } = await openDocument(freshSeed());
    const finding = diagnostics.find((d) => idOf(d) === 'NEWS005');
    assert.ok(finding, 'no NEWS005 on the seed article');
    const source = textAt(document, finding.range);
    const actions = (await codeActionsFor(document, finding)).filter((a) => a.edit !== undefined);
    assert.ok(actions.length > 0, 'no code action with an edit for NEWS005');
    const fix = actions.find((a) => (a.diagnostics ?? []).some((d) => idOf(d) === 'NEWS005')) ?? actions[0];
    assert.ok(fix?.edit);
    const fixedText = TextDocument.applyEdits(document, editsFor(fix.edit, document.uri));
    assert.notEqual(fixedText, document.getText(), 'the fix changed nothing');
    assert.match(fixedText, new RegExp(`@source ${source} anonymous [^\\n]*reason="[^"]+"`));
    const after = await change(document, fixedText);
    assert.ok(!after.diagnostics.some((d) => idOf(d) === 'NEWS005'), 'NEWS005 is still reported after the fix');
    assert.deepEqual(errors(after.diagnostics), errors(diagnostics), 'the fix introduced an error');
  });

  test('a mistyped {@zarf} is fixed back to {@zarif} from the light bulb', { skip, timeout: 120_000 }, async () => {
    const original = freshSeed();
    const typo = original.replace('{@zarif cue="said" via="Twitter"}', '{@zarf cue="said" via="Twitter"}');
    assert.notEqual(typo, original);
    const { document, diagnostics } = await openDocument(typo);
    const finding = diagnostics.find((d) => idOf(d) === 'NEWS002');
    assert.ok(finding, `no NEWS002 for {@zarf}: ${diagnostics.map(idOf).join(', ')}`);
    const actions = (await codeActionsFor(document, finding)).filter((a) => a.edit !== undefined);
    const fix = actions.find((a) => TextDocument.applyEdits(document, editsFor(a.edit as WorkspaceEdit, document.uri)) === original);
    assert.ok(fix, `no action turns {@zarf} back into {@zarif}; offered: ${actions.map((a) => a.title).join(' | ')}`);
    const after = await change(document, original);
    assert.ok(!after.diagnostics.some((d) => idOf(d) === 'NEWS002'), 'NEWS002 is still reported');
  });

  test('an untitled document (not saved yet) is checked too, as the extension sends it', { skip, timeout: 60_000 }, async () => {
    const uri = 'untitled:Untitled-1';
    const published = await server().open(uri, freshSeed());
    assert.ok(published.diagnostics.some((d) => idOf(d) === 'NEWS005'), `no NEWS005 for ${uri}: ${published.diagnostics.map(idOf).join(', ')}`);
  });

  test('source.fixAll.newsdsl (for codeActionsOnSave) removes a hidden character and nothing else', { skip, timeout: 120_000 }, async () => {
    const original = freshSeed();
    const hidden = original.replace('Launched for the first time', 'Launched for the\u200b first time');
    assert.notEqual(hidden, original);
    const { document, diagnostics } = await openDocument(hidden);
    assert.ok(diagnostics.some((d) => idOf(d) === 'NEWS100'), `no NEWS100 for a zero-width space: ${diagnostics.map(idOf).join(', ')}`);
    const result = await server().request(
      server().connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri: document.uri },
        range: { start: { line: 0, character: 0 }, end: document.positionAt(hidden.length) },
        context: { diagnostics: [], only: ['source.fixAll'], triggerKind: 2 },
      }),
      'textDocument/codeAction (source.fixAll)',
    );
    const actions = (result ?? []).filter((a): a is CodeAction => CodeAction.is(a) && a.kind === 'source.fixAll.newsdsl' && a.edit !== undefined);
    assert.equal(actions.length, 1, `expected one source.fixAll.newsdsl action: ${JSON.stringify(result)}`);
    const fixed = TextDocument.applyEdits(document, editsFor(actions[0]?.edit as WorkspaceEdit, document.uri));
    assert.equal(fixed, original);
  });

  test('go to definition from {@zarif} lands on its declaration', { skip, timeout: 60_000 }, async () => {
    const { document } = await openDocument(freshSeed());
    const result = await server().request(
      server().connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: document.uri }, position: positionOf(document, '{@zarif', 4) }),
      'textDocument/definition',
    );
    assert.ok(result !== null, 'no definition');
    const targets = (Array.isArray(result) ? result : [result]).map((r) => {
      if (LocationLink.is(r)) {
        return { uri: r.targetUri, range: r.targetSelectionRange };
      }
      assert.ok(Location.is(r), `not a Location or LocationLink: ${JSON.stringify(r)}`);
      return { uri: r.uri, range: r.range };
    });
    assert.equal(targets.length, 1);
    const [target] = targets;
    assert.ok(target);
    assert.equal(target.uri, document.uri);
    const declarationLine = positionOf(document, '@source zarif ').line;
    assert.equal(target.range.start.line, declarationLine);
    assert.equal(textAt(document, target.range), 'zarif');
  });

  test('no definition from plain prose', { skip, timeout: 60_000 }, async () => {
    const { document } = await openDocument(freshSeed());
    const result = await server().request(
      server().connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: document.uri }, position: positionOf(document, 'Launched for the first time', 3) }),
      'textDocument/definition',
    );
    assert.ok(result === null || (Array.isArray(result) && result.length === 0), `a definition from prose: ${JSON.stringify(result)}`);
  });

  test('rename zarif renames the declaration and every tag, and nothing else', { skip, timeout: 60_000 }, async () => {
    const text = freshSeed();
    const { document } = await openDocument(text);
    const tags = (text.match(/\{@zarif[ }?]/g) ?? []).length;
    assert.ok(tags > 1);
    const edit = await server().request(
      server().connection.sendRequest(RenameRequest.type, { textDocument: { uri: document.uri }, position: positionOf(document, '{@zarif', 3), newName: 'foreign-minister' }),
      'textDocument/rename',
    );
    assert.ok(edit !== null, 'rename returned nothing');
    const renamed = TextDocument.applyEdits(document, editsFor(edit, document.uri));
    assert.equal((renamed.match(/\{@foreign-minister[ }?]/g) ?? []).length, tags);
    assert.equal((renamed.match(/\{@zarif[ }?]/g) ?? []).length, 0);
    assert.match(renamed, /^@source foreign-minister person name="Mohammad Javad Zarif"/m);
    // Prose that names Zarif is not an id: only the declaration and the tags change.
    assert.equal(renamed.replace(/foreign-minister/g, 'zarif'), text);
    const after = await change(document, renamed);
    assert.ok(!after.diagnostics.some((d) => idOf(d) === 'NEWS002' || idOf(d) === 'NEWS003'), 'the renamed article has undeclared or uncited sources');
  });

  test('rename refuses an id that is taken or invalid', { skip, timeout: 60_000 }, async () => {
    const { document } = await openDocument(freshSeed());
    for (const newName of ['rouhani', 'Not An Id']) {
      let refused = false;
      try {
        const edit = await server().request(
          server().connection.sendRequest(RenameRequest.type, { textDocument: { uri: document.uri }, position: positionOf(document, '{@zarif', 3), newName }),
          'textDocument/rename',
        );
        refused = edit === null || editsFor(edit, document.uri).length === 0;
      } catch (error) {
        refused = error instanceof ResponseError;
      }
      assert.ok(refused, `rename to '${newName}' was not refused`);
    }
  });

  test('completion after {@ offers every declared source id', { skip, timeout: 60_000 }, async () => {
    const text = `${freshSeed().trimEnd()}\n\n“We will see,”{@`;
    const { document } = await openDocument(text);
    const result = await server().request(
      server().connection.sendRequest(CompletionRequest.type, { textDocument: { uri: document.uri }, position: document.positionAt(text.length) }),
      'textDocument/completion',
    );
    assert.ok(result !== null, 'no completion');
    const items = Array.isArray(result) ? result : (assert.ok(isCompletionList(result), 'not a CompletionList'), result.items);
    for (const item of items) {
      assert.ok(isCompletionItem(item), `not a CompletionItem: ${JSON.stringify(item)}`);
    }
    const declared = [...seedText.matchAll(/^@source ([a-z0-9-]+) /gm)].map((m) => m[1]);
    const offered = new Set(items.map((i) => i.insertText ?? i.label));
    const labels = new Set(items.map((i) => i.label));
    const missing = declared.filter((id) => id !== undefined && !offered.has(id) && !labels.has(id));
    assert.deepEqual(missing, [], 'source ids not offered after {@');
  });

  test('find all references of zarif lists its declaration and every tag', { skip, timeout: 60_000 }, async () => {
    const { document } = await openDocument(freshSeed());
    const result = await server().request(
      server().connection.sendRequest(ReferencesRequest.type, {
        textDocument: { uri: document.uri },
        position: positionOf(document, '@source zarif ', 9),
        context: { includeDeclaration: true },
      }),
      'textDocument/references',
    );
    assert.ok(Array.isArray(result), 'no references');
    for (const location of result) {
      assert.ok(Location.is(location), `not a Location: ${JSON.stringify(location)}`);
      assert.equal(location.uri, document.uri);
      assert.equal(textAt(document, location.range), 'zarif');
    }
    const tags = (seedText.match(/\{@zarif[ }?]/g) ?? []).length;
    assert.equal(result.length, tags + 1);
  });

  test('hover on a tag shows the source\'s name and title', { skip, timeout: 60_000 }, async () => {
    const { document } = await openDocument(freshSeed());
    const hover = await server().request(
      server().connection.sendRequest(HoverRequest.type, { textDocument: { uri: document.uri }, position: positionOf(document, '{@zarif', 3) }),
      'textDocument/hover',
    );
    assert.ok(hover !== null && Hover.is(hover), `not a Hover: ${JSON.stringify(hover)}`);
    const text = JSON.stringify(hover.contents);
    assert.match(text, /Mohammad Javad Zarif/);
    assert.match(text, /Foreign Minister of Iran/);
  });

  test('hover on a quotation says who said it and with which cue', { skip, timeout: 60_000 }, async () => {
    const { document } = await openDocument(freshSeed());
    const hover = await server().request(
      server().connection.sendRequest(HoverRequest.type, { textDocument: { uri: document.uri }, position: positionOf(document, '“slap”', 2) }),
      'textDocument/hover',
    );
    assert.ok(hover !== null && Hover.is(hover), `not a Hover: ${JSON.stringify(hover)}`);
    const text = JSON.stringify(hover.contents);
    assert.match(text, /Khamenei/);
    assert.match(text, /described/);
  });

  test('every semantic token modifier the server uses is declared by the extension', { skip }, () => {
    const legend = server().initializeResult?.capabilities.semanticTokensProvider?.legend;
    assert.ok(legend, 'no semantic tokens legend');
    const standard = new Set(['declaration', 'definition', 'readonly', 'static', 'deprecated', 'abstract', 'async', 'modification', 'documentation', 'defaultLibrary']);
    const manifest = JSON.parse(fs.readFileSync(path.join(extensionRoot, 'package.json'), 'utf8')) as { contributes: { semanticTokenModifiers?: { id: string }[] } };
    const declared = new Set((manifest.contributes.semanticTokenModifiers ?? []).map((m) => m.id));
    const undeclared = legend.tokenModifiers.filter((m) => !standard.has(m) && !declared.has(m));
    assert.deepEqual(undeclared, [], 'add these to contributes.semanticTokenModifiers in package.json');
  });

  test('typing a space or a quotation mark in prose pops up no completion (they are trigger characters)', { skip, timeout: 60_000 }, async () => {
    const { document } = await openDocument(freshSeed());
    for (const [needle, delta] of [
      ['Launched for the first time', 'Launched '.length],
      ['The Pentagon said: "Iran', 'The Pentagon said: "'.length],
    ] as const) {
      const result = await server().request(
        server().connection.sendRequest(CompletionRequest.type, {
          textDocument: { uri: document.uri },
          position: positionOf(document, needle, delta),
          context: { triggerKind: 2, triggerCharacter: needle.charAt(delta - 1) },
        }),
        'textDocument/completion',
      );
      const items = result === null ? [] : Array.isArray(result) ? result : result.items;
      assert.deepEqual(items.map((i) => i.label), [], `completion in prose after '${needle.slice(0, delta)}'`);
    }
  });

  test('semantic tokens tell an unattributed quotation from an attributed one', { skip, timeout: 60_000 }, async () => {
    const text = `${freshSeed().trimEnd()}\n\nCrowds chanted “Death to America” outside the embassy.\n`;
    const { document } = await openDocument(text);
    const legend = server().initializeResult?.capabilities.semanticTokensProvider?.legend;
    assert.ok(legend, 'no semantic tokens legend');
    const result = await server().request(server().connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: document.uri } }), 'textDocument/semanticTokens/full');
    assert.ok(result !== null && Array.isArray(result.data) && result.data.length % 5 === 0, 'no semantic tokens');
    // Decode the relative (line, start, length, type, modifiers) quintuples.
    const tokens: { line: number; start: number; length: number; type: string | undefined; modifiers: string[] }[] = [];
    let line = 0;
    let start = 0;
    for (let i = 0; i < result.data.length; i += 5) {
      const [deltaLine = 0, deltaStart = 0, length = 0, type = 0, bits = 0] = result.data.slice(i, i + 5);
      line += deltaLine;
      start = deltaLine === 0 ? start + deltaStart : deltaStart;
      tokens.push({ line, start, length, type: legend.tokenTypes[type], modifiers: legend.tokenModifiers.filter((_, bit) => (bits & (1 << bit)) !== 0) });
    }
    const covering = (needle: string): string[] => {
      const at = positionOf(document, needle, 1);
      return tokens
        .filter((t) => t.line === at.line && t.start <= at.character && at.character < t.start + t.length)
        .map((t) => `${t.type ?? '?'}.${t.modifiers.join('.')}`);
    };
    assert.deepEqual(covering('“Death to America”'), ['string.unattributed']);
    assert.deepEqual(covering('“slap”'), ['string.attributed']);
  });

  test('shutdown and exit end the server with code 0', { skip, timeout: 60_000 }, async () => {
    assert.equal(await server().shutdown(), 0);
  });
});
