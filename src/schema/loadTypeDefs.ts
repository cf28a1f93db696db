import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The folder holding the SDL files, resolved from this module so any working directory works. */
export const SCHEMA_DIRECTORY = fileURLToPath(new URL('../../schema/', import.meta.url));

/** Reads every `schema/*.graphql` file, in name order, as SDL strings. */
export function loadTypeDefs(directory: string = SCHEMA_DIRECTORY): string[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => readFileSync(`${directory}/${name}`, 'utf8'));
}
