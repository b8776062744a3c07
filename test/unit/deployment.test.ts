import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../kit/platform/config.js';
import { manifest, subgraphVariables } from '../../subgraphs/manifest.js';
import { composeServices, type ComposeService } from '../support/deployment.js';

const services = composeServices();
/** The services that run Kepu itself, not PostgreSQL or Meilisearch. */
const kepuServices = Object.entries(services).filter(([, service]) => service.command?.[0] === 'node');
const mainOf = (service: ComposeService) => service.command?.find((part) => /main\.[jt]s$/.test(part));

describe('docker-compose.yml follows the subgraph manifest', () => {
  it.each(manifest.map((entry) => [entry.name, entry] as const))('runs the %s subgraph compiled from its folder', (name, entry) => {
    const service = services[name];
    expect(service, `a service named ${name}`).toBeDefined();
    expect(service!.command).toEqual(['node', `dist/${entry.folder}/main.js`]);
    expect(existsSync(`${entry.folder}/main.ts`)).toBe(true);
  });

  it('points the gateway at every subgraph by its URL variable, and at nothing else', () => {
    const environment = services.gateway!.environment!;
    const named = Object.keys(environment).filter((variable) => /^[A-Z]+_URL$/.test(variable) && !['DATABASE_URL', 'MEILISEARCH_URL'].includes(variable));
    expect(named.sort()).toEqual(manifest.map((entry) => entry.urlVariable).sort());
    for (const entry of manifest) expect(environment[entry.urlVariable], entry.urlVariable).toBe(`http://${entry.name}:4001/graphql`);
  });

  it('runs no subgraph the manifest does not name, and every Kepu process as compiled JavaScript', () => {
    const folders = new Set<string>(manifest.map((entry) => `dist/${entry.folder}`));
    for (const [name, service] of kepuServices) {
      const main = mainOf(service)!;
      expect(main, name).toMatch(/^dist\/.+\.js$/);
      if (main.startsWith('dist/subgraphs/')) expect(folders).toContain(main.replace(/\/main\.js$/, ''));
    }
    expect(kepuServices.map(([name]) => name).sort()).toEqual([...manifest.map((entry) => entry.name), 'gateway'].sort());
  });
});

describe('docker-compose.yml follows the configuration schema', () => {
  const known = new Set([...Object.keys(configSchema.shape), ...subgraphVariables.databaseVariables, ...subgraphVariables.urlVariables]);

  it.each(kepuServices)('sets only variables the %s process reads', (_, service) => {
    for (const variable of Object.keys(service.environment ?? {})) expect(known, variable).toContain(variable);
  });

  it.each(kepuServices)('checks the %s process by its readiness endpoint', (_, service) => {
    const test = service.healthcheck?.test?.join(' ') ?? '';
    expect(test).toContain("/ready'");
    expect(test).toContain('process.env.PORT');
    expect(service.environment?.PORT).toMatch(/^\d+$/);
  });
});

describe('the Dockerfile', () => {
  const dockerfile = readFileSync('Dockerfile', 'utf8');
  const stages = dockerfile.split(/^FROM /m).slice(1);
  const runtime = stages.at(-1)!;

  it('runs on a supported Node LTS (22 or later, an even release)', () => {
    for (const stage of stages) {
      const major = Number(/^node:(\d+)/.exec(stage)?.[1]);
      expect(major).toBeGreaterThanOrEqual(22);
      expect(major % 2).toBe(0);
    }
  });

  it('applies patches/ to the dependencies in every stage, as npm install does with its postinstall', () => {
    for (const stage of stages.filter((stage) => /npm ci/.test(stage))) expect(stage).toMatch(/COPY patches [^\n]*\n(?:.*\n)*?RUN npm ci[^\n]*&& npx patch-package/);
  });

  it('builds the compiled JavaScript, and runs it as an unprivileged user without TypeScript', () => {
    expect(dockerfile).toMatch(/RUN npm run build/);
    expect(runtime).toMatch(/npm ci --omit=dev/);
    expect(runtime).toMatch(/COPY --from=\w+ \/app\/dist \.\/dist/);
    expect(runtime).toMatch(/^USER (?!root\b)\w+/m);
    expect(runtime).toMatch(/^CMD \["node", "dist\/gateway\/main\.js"\]/m);
    expect(runtime).not.toMatch(/tsx/);
  });
});
