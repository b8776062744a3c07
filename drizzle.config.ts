import { defineConfig } from 'drizzle-kit';

/** One migration history per subgraph, so each can live in its own database: `SUBGRAPH=venues drizzle-kit generate`. */
const subgraph = process.env.SUBGRAPH ?? 'venues';

export default defineConfig({
  dialect: 'postgresql',
  schema: `./subgraphs/${subgraph}/tables.ts`,
  out: `./subgraphs/${subgraph}/migrations`,
  schemaFilter: [subgraph],
  migrations: { schema: 'migrations', table: subgraph },
});
