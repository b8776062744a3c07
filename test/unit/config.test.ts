import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, configSchema, readConfig } from '../../kit/platform/config.js';
import { manifest, subgraphVariables } from '../../subgraphs/manifest.js';

/** The variable names in the first column of the README's configuration table. */
function readmeVariables(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const table = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('\n## ', readme.indexOf('## Configuration') + 1));
  return table.split('\n').filter((line) => line.startsWith('| `')).flatMap((line) => [...line.split('|')[1]!.matchAll(/`([A-Z_…]+)`/g)].map((match) => match[1]!));
}

describe('configuration', () => {
  it('lists every problem at once, the manifest\'s subgraph variables included', () => {
    const env = { PORT: '80a', KEPU_SEED: 'maybe', LOG_LEVEL: 'loud', VENUES_DATABASE_URL: 'mysql://venues', SEARCH_URL: 'search:4001' };
    const error = (() => {
      try {
        readConfig(env, subgraphVariables);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ConfigurationError);
    const problems = (error as ConfigurationError).problems;
    expect(problems.map((problem) => problem.split(':')[0]).sort()).toEqual(['KEPU_SEED', 'LOG_LEVEL', 'PORT', 'SEARCH_URL', 'VENUES_DATABASE_URL']);
    expect(problems.find((problem) => problem.startsWith('PORT'))).toBe('PORT: must be a whole number (it is "80a")');
  });

  it('reads good values as their types, and an empty variable as unset', () => {
    const config = readConfig({ PORT: '8080', KEPU_SEED: 'false', KEPU_MAX_COST: '', VENUES_DATABASE_URL: 'postgres://kepu@db/venues' }, subgraphVariables);
    expect(config).toMatchObject({ PORT: 8080, KEPU_SEED: false });
    expect(config.KEPU_MAX_COST).toBeUndefined();
  });

  it('is documented in the README: every variable of the schema and the manifest, and nothing else', () => {
    const documented = readmeVariables();
    const known = new Set([...Object.keys(configSchema.shape), ...subgraphVariables.databaseVariables, ...subgraphVariables.urlVariables]);
    for (const name of documented.filter((name) => !name.endsWith('…'))) expect(known, `README names ${name}`).toContain(name);
    for (const name of Object.keys(configSchema.shape)) expect(documented, `schema has ${name}`).toContain(name);
    for (const entry of manifest) {
      const prefix = `${entry.name.toUpperCase()}_`;
      expect(documented.some((name) => name === entry.databaseVariable || name === `${prefix}…`), entry.databaseVariable).toBe(true);
      expect(documented, entry.urlVariable).toContain(entry.urlVariable);
    }
  });

  it('stops npm start before anything runs when a value is bad, naming each problem', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'gateway/main.ts'], {
      env: { ...process.env, PORT: 'eighty', KEPU_SEED: 'maybe', LOG_LEVEL: 'info', LOG_PRETTY: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => { output += chunk; });
    child.stderr.on('data', (chunk) => { output += chunk; });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    const line = JSON.parse(output.split('\n').find((text) => text.includes('"problems"'))!);
    expect(line.problems).toEqual(['PORT: must be a whole number (it is "eighty")', 'KEPU_SEED: must be true or false (it is "maybe")']);
  });
});
