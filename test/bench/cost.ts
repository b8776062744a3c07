import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveGateway } from '../../gateway/server.js';
import { settingsFromEnvironment, type GatewaySettings } from '../../gateway/settings.js';
import { inProcessDataSources, startSystem } from '../../gateway/system.js';
import { fragmentAttack, largestSpreads, timedWithHealth, tokenCount } from '../support/hostile.js';

const SPREADS = (process.env.BENCH_SPREADS ?? '10,20,30,max').split(',');

/**
 * `npm run bench cost`: how long the gateway takes to refuse the fragment attack (five levels of
 * named fragments, each spreading the next one `spreads` times), over HTTP, at a few spread counts
 * and at the largest the token limit allows, and how long /health waits meanwhile; once with the
 * default limits and once with the spread and selection limits lifted, so that pricing alone refuses it.
 * `BENCH_SPREADS=10,20,30,max` chooses the counts.
 */
export async function benchCost(): Promise<void> {
  const settings = settingsFromEnvironment({});
  const dataDir = mkdtempSync(join(tmpdir(), 'kepu-bench-cost-'));
  const system = await startSystem({ port: 0, dataDir, seed: false, settings });
  const lifted: GatewaySettings = { ...settings, limits: { ...settings.limits, maxSpreads: 1_000_000, maxFieldsPerSelection: 1_000_000 } };
  const pricingOnly = await serveGateway({ dataSources: inProcessDataSources(system.subgraphs), access: system.databases.access, settings: lifted, port: 0 });
  try {
    for (const url of [system.url, pricingOnly.url]) await attack('warm-up', url, 2, false);
    console.log(`\nFragment attack: 5 levels of named fragments, refused at the gateway (token limit ${settings.limits.maxTokens})`);
    console.log('gateway                 spreads/level  tokens  refusal ms  slowest /health ms  answer');
    for (const choice of SPREADS) {
      const spreads = choice === 'max' ? largestSpreads(settings.limits.maxTokens) : Number(choice);
      for (const [name, url] of [['default limits', system.url], ['pricing alone', pricingOnly.url]] as const) {
        await attack(name, url, spreads);
      }
    }
  } finally {
    await pricingOnly.close();
    await system.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function attack(name: string, url: string, spreads: number, print = true): Promise<void> {
  const query = fragmentAttack(spreads);
  const timed = await timedWithHealth(url.replace(/\/graphql$/, '/health'), async () => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    return (await response.json()) as { errors?: { extensions?: { code?: string; limit?: string } }[] };
  });
  const error = timed.result.errors?.[0]?.extensions;
  const answer = error ? `${error.code} ${error.limit ?? ''}` : 'data';
  const slowestHealth = Math.max(0, ...timed.healthMs);
  if (print) console.log(`${name.padEnd(24)}${String(spreads).padStart(13)}${String(tokenCount(query)).padStart(8)}${timed.ms.toFixed(1).padStart(12)}${slowestHealth.toFixed(1).padStart(20)}  ${answer}`);
}
