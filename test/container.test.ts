import { existsSync, readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

// No container runtime on these machines: the Dockerfile is checked against
// the repository instead (the commands it runs exist, the files it copies
// exist, the process it starts is the one the build makes).
const root = new URL('../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const dockerfile = read('Dockerfile');
const packageJson = JSON.parse(read('package.json')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const buildConfig = JSON.parse(read('tsconfig.build.json')) as { compilerOptions: { outDir: string; rootDir: string } };
const instructions = dockerfile
  .replace(/\\\n/g, ' ')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'));
const stages = instructions.join('\n').split(/^FROM /m).slice(1).map((stage) => `FROM ${stage}`);

describe('Dockerfile', () => {
  it('builds with `npm run build`, whose output holds the server that CMD starts', () => {
    expect(stages).toHaveLength(2);
    expect(stages[0]).toContain('RUN npm run build');
    expect(packageJson.scripts['build']).toBe('tsc -p tsconfig.build.json');
    const { outDir, rootDir } = buildConfig.compilerOptions;
    const cmd = instructions.find((line) => line.startsWith('CMD '));
    expect(cmd).toBe(`CMD ["node", "${outDir}/main.js"]`);
    expect(existsSync(new URL(`${rootDir}/main.ts`, root))).toBe(true);
    expect(stages[1]).toContain(`COPY --from=build /app/${outDir} ./${outDir}`);
  });

  it('runs with production dependencies only, as a non-root user, on every interface', () => {
    const runtime = stages[1] ?? '';
    expect(runtime).toContain('RUN npm ci --omit=dev');
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).toMatch(/^ENV .*HOST=0\.0\.0\.0/m);
    // The schema is read at run time, next to dist/ (src/schema/loadTypeDefs.ts).
    expect(runtime).toContain('COPY schema ./schema');
    // tsx and the code generator are development tools.
    expect(Object.keys(packageJson.dependencies)).not.toContain('tsx');
    expect(Object.keys(packageJson.dependencies).filter((name) => name.startsWith('@graphql-codegen'))).toEqual([]);
  });

  it('checks health on the server\'s own health path, and copies only files that exist', () => {
    expect(instructions.find((line) => line.startsWith('HEALTHCHECK'))).toContain("/health')");
    for (const line of instructions.filter((instruction) => instruction.startsWith('COPY ') && !instruction.includes('--from'))) {
      const sources = line.split(/\s+/).slice(1, -1);
      for (const source of sources) {
        expect(existsSync(new URL(source, root)), `${source} is copied but does not exist`).toBe(true);
      }
    }
  });
});
