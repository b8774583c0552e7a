import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';
import { grammarPath } from './paths';

let registryPromise: Promise<vsctm.Registry> | undefined;

/** A vscode-textmate registry that knows only source.news, on the Oniguruma WebAssembly build VS Code uses. */
export function newsRegistry(): Promise<vsctm.Registry> {
  registryPromise ??= (async () => {
    const wasmPath = path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm');
    const wasm = fs.readFileSync(wasmPath);
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    return new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName: string) => {
        if (scopeName !== 'source.news') {
          return null;
        }
        return vsctm.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath);
      },
    });
  })();
  return registryPromise;
}

export async function newsGrammar(): Promise<vsctm.IGrammar> {
  const grammar = await (await newsRegistry()).loadGrammar('source.news');
  if (grammar === null) {
    throw new Error('source.news did not load');
  }
  return grammar;
}

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly scopes: readonly string[];
}

export interface TokenizedLine {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly stoppedEarly: boolean;
}

/** Tokenises a document line by line as the editor does (LF or CRLF), carrying the rule stack over. */
export async function tokenizeDocument(text: string, timeLimitMs = 1000): Promise<TokenizedLine[]> {
  const grammar = await newsGrammar();
  let stack: vsctm.StateStack = vsctm.INITIAL;
  const lines: TokenizedLine[] = [];
  for (const line of text.split(/\r\n|\n/)) {
    const result = grammar.tokenizeLine(line, stack, timeLimitMs);
    lines.push({
      text: line,
      stoppedEarly: result.stoppedEarly,
      tokens: result.tokens.map((t) => ({ text: line.substring(t.startIndex, t.endIndex), start: t.startIndex, end: t.endIndex, scopes: t.scopes })),
    });
    stack = result.ruleStack;
  }
  return lines;
}

/** The scopes of the token that covers the first occurrence of `needle` on line `line` (0-based). */
export function scopesAt(lines: readonly TokenizedLine[], line: number, needle: string, occurrence = 0): readonly string[] {
  const l = lines[line];
  if (l === undefined) {
    throw new Error(`no line ${line}`);
  }
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = l.text.indexOf(needle, index + 1);
    if (index < 0) {
      throw new Error(`'${needle}' not on line ${line}: ${l.text}`);
    }
  }
  const token = l.tokens.find((t) => t.start <= index && index < t.end);
  if (token === undefined) {
    throw new Error(`no token at ${line}:${index}`);
  }
  return token.scopes;
}
