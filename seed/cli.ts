import { parseArgs } from 'node:util';
import { connect } from '../kit/database/connection.js';
import { migrateSubgraph } from '../kit/database/migrate.js';
import { migrationsOf, subgraphNames } from '../subgraphs/manifest.js';
import { generateCatalogue } from './catalogue.js';
import { countRows, isSeeded, loadCatalogue } from './load.js';
import { startOfToday } from './today.js';

const usage = 'usage: tsx seed/cli.ts [--scale 1] [--seed 20261125] [--database-url postgres://…] (or DATABASE_URL)';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { scale: { type: 'string' }, seed: { type: 'string' }, 'database-url': { type: 'string' } } });
  const url = values['database-url'] ?? process.env.DATABASE_URL;
  const scale = Number(values.scale ?? '1');
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (!url || !(scale > 0) || (seed !== undefined && !Number.isInteger(seed))) throw new Error(usage);
  const database = connect(url, { max: 1 });
  try {
    for (const name of subgraphNames) await migrateSubgraph(database, migrationsOf(name));
    if (await isSeeded(database)) throw new Error('the database already holds a catalogue; seed an empty one');
    const started = performance.now();
    const catalogue = generateCatalogue({ scale, seed, now: startOfToday() });
    const generated = performance.now();
    await loadCatalogue({ venues: database, courses: database, experts: database, bookings: database }, catalogue);
    const loaded = performance.now();
    for (const [table, rows] of Object.entries(countRows(catalogue))) console.log(`${table.padEnd(18)} ${String(rows).padStart(9)}`);
    console.log(`generated in ${seconds(generated - started)}, loaded in ${seconds(loaded - generated)}`);
  } finally {
    await database.close();
  }
}

function seconds(milliseconds: number): string {
  return `${(milliseconds / 1000).toFixed(2)} s`;
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
