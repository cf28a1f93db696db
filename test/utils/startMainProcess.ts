import { type ChildProcess, spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** twenty-bff's `src/main.ts` running as a child process. */
export interface MainProcess {
  process: ChildProcess;
  /** Every line it printed so far, stdout and stderr (JSON log lines as `twenty-bff: <msg>`). */
  output: string[];
  /** Resolves with the first line printed that matches `pattern`, past or future. */
  line(pattern: RegExp): Promise<string>;
  /** Resolves with the GraphQL URL it printed at start. */
  url(): Promise<string>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts `node --import tsx src/main.ts` (what `npm start` runs, without npm
 * in between, as a container should run it so that signals reach the server)
 * with only `env` and PATH in its environment.
 */
export function startMainProcess(env: Record<string, string>): MainProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: ROOT, env: { PATH: process.env['PATH'] ?? '', ...env } });
  const output: string[] = [];
  const waiters: Array<{ pattern: RegExp; resolve: (line: string) => void }> = [];
  const onText = (text: Buffer) => {
    for (const line of text.toString('utf8').split('\n').filter((part) => part !== '').map(plainLine)) {
      output.push(line);
      for (const waiter of waiters.filter((candidate) => candidate.pattern.test(line))) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  };
  child.stdout.on('data', onText);
  child.stderr.on('data', onText);
  const line = (pattern: RegExp) =>
    new Promise<string>((resolveLine) => {
      const found = output.find((candidate) => pattern.test(candidate));
      if (found !== undefined) {
        resolveLine(found);
      } else {
        waiters.push({ pattern, resolve: resolveLine });
      }
    });
  return {
    process: child,
    output,
    line,
    url: async () => (await line(/GraphQL and GraphiQL at /)).replace(/^.* at /, ''),
    exited: new Promise((resolveExit) => child.once('exit', (code, signal) => resolveExit({ code, signal }))),
  };
}

// The server logs JSON lines (pino); they are kept as `twenty-bff: <msg>` so
// tests read what a person would.
function plainLine(line: string): string {
  try {
    const parsed = JSON.parse(line) as { name?: unknown; msg?: unknown };
    return parsed.name === 'twenty-bff' && typeof parsed.msg === 'string' ? `twenty-bff: ${parsed.msg}` : line;
  } catch {
    return line;
  }
}
