import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A private redis-server for one test file, on a free port, with nothing persisted. */
export interface TestRedisServer {
  url: string;
  port: number;
  /** Stops the server (SIGTERM) and waits for it to exit; `start()` brings it back on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
}

/**
 * Starts `redis-server` (Debian's package; `.ci/run` installs it) on a free
 * port of 127.0.0.1. Tests that stop Redis mid-run use their own server, so
 * the machine's shared one on 6379 is never touched.
 */
export async function startRedisServer(): Promise<TestRedisServer> {
  const port = await freePort();
  let child: ReturnType<typeof spawn> | undefined;
  const start = async () => {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await new Promise<void>((resolve, reject) => {
      let output = '';
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Ready to accept connections')) {
          resolve();
        }
      };
      child?.stdout?.on('data', onData);
      child?.once('error', reject);
      child?.once('exit', (code) => reject(new Error(`redis-server exited with ${code}: ${output}`)));
    });
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    start,
    async stop() {
      const running = child;
      if (!running || running.exitCode !== null) {
        return;
      }
      await new Promise<void>((resolve) => {
        running.once('exit', () => resolve());
        running.kill('SIGTERM');
      });
    },
  };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
