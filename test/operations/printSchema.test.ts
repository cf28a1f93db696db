import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('npm run schema -- --print', () => {
  it("prints the SDL of the sandbox's workspace when no Twenty is configured", async () => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('TWENTY_')));
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/printSchema.ts', '--print'], { env });
    const schema = buildSchema(stdout);
    expect(Object.keys(schema.getQueryType()?.getFields() ?? {})).toEqual(expect.arrayContaining(['companies', 'favorites', 'timelineActivities', 'calendarEvents']));
    expect(schema.getType('OpportunityStageEnum')?.toJSON()).toBe('OpportunityStageEnum');
  });

  it('refuses to run without --print, saying how to use it', async () => {
    await expect(run(process.execPath, ['--import', 'tsx', 'scripts/printSchema.ts'])).rejects.toMatchObject({
      code: 2,
      stderr: 'Usage: npm run schema -- --print [--key <Twenty API key>]   (prints the SDL of the workspace on stdout)\n',
    });
  });
});
