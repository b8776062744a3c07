import { defineConfig } from 'drizzle-kit';
import { subgraphEntry, subgraphNames, type SubgraphName } from './subgraphs/manifest.js';

/** One migration history per subgraph, so each can live in its own database: `SUBGRAPH=venues drizzle-kit generate`. */
const name = (process.env.SUBGRAPH ?? 'venues') as SubgraphName;
if (!subgraphNames.includes(name)) throw new Error(`SUBGRAPH must be one of ${subgraphNames.join(', ')}`);
const { folder } = subgraphEntry(name);

export default defineConfig({
  dialect: 'postgresql',
  schema: `./${folder}/tables.ts`,
  out: `./${folder}/migrations`,
  schemaFilter: [name],
  migrations: { schema: 'migrations', table: name },
});
