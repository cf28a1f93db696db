import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { afterAll, describe, expect, it } from 'vitest';

import { DEMO_API_KEY } from '../../src/sandbox/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const children: ChildProcessWithoutNullStreams[] = [];

afterAll(() => {
  for (const child of children) {
    if (child.exitCode === null) {
      child.kill('SIGKILL');
    }
  }
});

function runCli(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/sandbox/cli.ts', ...args], { cwd: ROOT });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const output = async (marker: string): Promise<string> => {
    for (let attempt = 0; attempt < 300 && !stdout.includes(marker) && child.exitCode === null; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (!stdout.includes(marker)) {
      throw new Error(`the CLI did not print "${marker}"; stdout: ${stdout}; stderr: ${stderr}`);
    }
    return stdout;
  };
  return { child, exited, output, stderr: () => stderr };
}

describe('npm run sandbox', () => {
  it('prints the URL, the key and a curl that works, and stops on SIGTERM', async () => {
    const cli = runCli(['--port', '0']);
    const stdout = await cli.output('Press Ctrl+C');
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)\/rest/.exec(stdout)?.[1];
    expect(url).toBeDefined();
    expect(stdout).toContain(`API key:\n  ${DEMO_API_KEY}\n`);
    const curl = /curl -H "Authorization: Bearer ([^"]+)" '([^']+)'/.exec(stdout);
    expect(curl?.[1]).toBe(DEMO_API_KEY);
    expect(curl?.[2]).toBe(`${url}/rest/people?limit=2&filter=city%5Beq%5D%3A%22Paris%22`);

    const response = await fetch(curl?.[2] ?? '', { headers: { Authorization: `Bearer ${curl?.[1]}` } });
    const body = (await response.json()) as { data: { people: Array<{ city: string }> } };
    expect(response.status).toBe(200);
    expect(body.data.people).toHaveLength(2);
    expect(body.data.people.map((person) => person.city)).toEqual(['Paris', 'Paris']);

    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
    await expect(fetch(`${url}/rest/people`)).rejects.toThrow();
  });

  it('prints the usage with --help', async () => {
    const cli = runCli(['--help']);
    expect(await cli.exited).toBe(0);
    expect(await cli.output('Usage: npm run sandbox -- [options]')).toContain('--rate-limit <spec>');
  });

  it('exits with status 1 and names a data file it could not save to', async () => {
    const cli = runCli(['--port', '0', '--data', '/nonexistent-dir/x.json']);
    expect(await cli.exited).toBe(1);
    expect(cli.stderr()).toBe('sandbox: cannot write the data file /nonexistent-dir/x.json: the directory /nonexistent-dir does not exist\n');
  });

  it('exits with status 2 and the reason for a bad flag', async () => {
    const cli = runCli(['--max-limit', 'lots']);
    expect(await cli.exited).toBe(2);
    expect(cli.stderr()).toContain("sandbox: --max-limit must be an integer from 1 to 1000000, got 'lots'");
  });
});
