import { type ChildProcess, spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import * as net from 'node:net';

/** Runs a command to completion; throws with its output when it fails. */
export function run(command: string, args: readonly string[], options: SpawnSyncOptions = {}): string {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 15 * 60_000, ...options });
  if (result.error !== undefined || result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed (${result.error?.message ?? `exit ${String(result.status)}`}):\n${String(result.stdout ?? '')}\n${String(result.stderr ?? '')}`,
    );
  }
  return String(result.stdout ?? '');
}

/** A free TCP port on the loopback address. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * A long-running process started in a process group of its own, so that `stop()` ends it and everything it
 * started (code-server's extension host, the language server it spawned, nvim's server) and nothing else.
 */
export class ProcessGroup {
  readonly child: ChildProcess;
  output = '';

  constructor(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
    this.child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [this.child.stdout, this.child.stderr]) {
      stream?.setEncoding('utf8');
      stream?.on('data', (chunk: string) => {
        this.output = (this.output + chunk).slice(-200_000);
      });
    }
  }

  /** Resolves when the output matches `pattern`; rejects when the process exits first or after `timeoutMs`. */
  waitForOutput(pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const match = pattern.exec(this.output);
        if (match !== null) {
          cleanup();
          resolve(match);
          return true;
        }
        return false;
      };
      const onExit = (code: number | null): void => {
        cleanup();
        reject(new Error(`exited with ${String(code)} before printing ${String(pattern)}:\n${this.output}`));
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`no ${String(pattern)} in ${timeoutMs} ms:\n${this.output}`));
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        this.child.stdout?.off('data', check);
        this.child.stderr?.off('data', check);
        this.child.off('exit', onExit);
      };
      if (!check()) {
        this.child.stdout?.on('data', check);
        this.child.stderr?.on('data', check);
        this.child.once('exit', onExit);
      }
    });
  }

  /** Ends the whole group: SIGTERM, then SIGKILL for whatever is left after `graceMs`. */
  async stop(graceMs = 3_000): Promise<void> {
    const pid = this.child.pid;
    if (pid === undefined) {
      return;
    }
    signalGroup(pid, 'SIGTERM');
    const deadline = Date.now() + graceMs;
    while (Date.now() < deadline && groupAlive(pid)) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    signalGroup(pid, 'SIGKILL');
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is gone
  }
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}
