import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { manifest } from '../../subgraphs/manifest.js';

interface Service {
  command?: string[];
  environment?: Record<string, string>;
}

const compose = parse(readFileSync('docker-compose.yml', 'utf8'), { merge: true }) as { services: Record<string, Service> };
const mainOf = (service: Service) => service.command?.find((part) => part.endsWith('main.ts') || part.endsWith('main.js'));

describe('docker-compose.yml follows the subgraph manifest', () => {
  it.each(manifest.map((entry) => [entry.name, entry] as const))('runs the %s subgraph from its folder', (name, entry) => {
    const service = compose.services[name];
    expect(service, `a service named ${name}`).toBeDefined();
    expect(mainOf(service!)).toBe(`${entry.folder}/main.ts`);
    expect(existsSync(`${entry.folder}/main.ts`)).toBe(true);
  });

  it('points the gateway at every subgraph by its URL variable, and at nothing else', () => {
    const environment = compose.services.gateway!.environment!;
    const named = Object.keys(environment).filter((variable) => /^[A-Z]+_URL$/.test(variable) && !['DATABASE_URL', 'MEILISEARCH_URL'].includes(variable));
    expect(named.sort()).toEqual(manifest.map((entry) => entry.urlVariable).sort());
    for (const entry of manifest) expect(environment[entry.urlVariable], entry.urlVariable).toBe(`http://${entry.name}:4001/graphql`);
  });

  it('checks every Kepu process by its readiness endpoint', () => {
    for (const name of [...manifest.map((entry) => entry.name), 'gateway']) {
      const test = (compose.services[name] as Service & { healthcheck?: { test?: string[] } }).healthcheck?.test?.join(' ');
      expect(test, name).toContain("/ready'");
    }
  });

  it('runs no subgraph the manifest does not name', () => {
    const folders = new Set<string>(manifest.map((entry) => entry.folder));
    const mains = Object.values(compose.services).map(mainOf).filter((main) => main?.startsWith('subgraphs/'));
    for (const main of mains) expect(folders).toContain(main!.replace(/\/main\.ts$/, ''));
  });
});
